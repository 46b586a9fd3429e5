package org.raddeid.batch.table;

/**
 * The file's first bytes say it is not in the format the run expects: CSV (or plain text) given where JSON lines are
 * expected, or JSON lines where CSV is expected. Found before anything is processed; the message says what the file
 * looks like, never its content, and callers add how to say the right format. Immutable.
 */
public final class FormatMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final boolean looksLikeJsonLines;

    /**
     * Creates the error.
     *
     * @param looksLikeJsonLines true when JSON lines were given where CSV was expected, false for the reverse
     */
    public FormatMismatchException(boolean looksLikeJsonLines) {
        super(looksLikeJsonLines
                ? "this file is not CSV: its first line is a JSON object (it looks like JSON lines)"
                : "this file is not JSON lines: its first line is not a JSON object (it looks like CSV or plain text)");
        this.looksLikeJsonLines = looksLikeJsonLines;
    }

    /** Returns the name of the format the file looks like: {@code jsonl} or {@code csv}. */
    public String looksLike() {
        return looksLikeJsonLines ? "jsonl" : "csv";
    }
}

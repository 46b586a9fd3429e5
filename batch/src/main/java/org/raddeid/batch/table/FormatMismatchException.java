package org.raddeid.batch.table;

/**
 * The file's first bytes say it is not in the format the run expects: CSV given where JSON lines are expected, or the
 * reverse. Found before anything is processed; the message says what the file looks like, never its content.
 * Immutable.
 */
public final class FormatMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the error with a message naming the two formats. */
    public FormatMismatchException(String message) {
        super(message);
    }
}

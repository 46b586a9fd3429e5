package org.raddeid.batch.table;

/**
 * Which columns a table file is read by, which extra columns it gets, and its limits. Immutable.
 *
 * @param text the text column, or null for the format's default
 * @param id the id column, or null for {@code id} when present
 * @param patient the patient-key column, or null for none
 * @param spans whether to add {@value RowOutput#SPANS}
 * @param audit whether to add {@value RowOutput#AUDIT}
 * @param recheck whether to add {@value RowOutput#RECHECK}
 * @param maxTextChars the longest text (in chars) a row may have; a longer one is a row error, its text never held
 *     past the reading of that row
 * @param keepFormulas true to write CSV cells that a spreadsheet would run as a formula as they are; false (the
 *     default) to neutralise them with a leading {@code '} (see {@link FormulaGuard})
 */
public record TableOptions(String text, String id, String patient, boolean spans, boolean audit, boolean recheck,
        long maxTextChars, boolean keepFormulas) {

    /** The id column used when none is named and the file has it. */
    public static final String DEFAULT_ID = "id";

    /**
     * The longest record a reader holds, whatever the text limit: past it a CSV file is declared unreadable (an
     * unbalanced quote would otherwise make the parser buffer the whole file) and a JSONL line is a row error.
     */
    public static final long MIN_RECORD_CHARS = 64L << 20;

    public TableOptions {
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("the text limit must be > 0, was " + maxTextChars);
        }
    }

    /**
     * Returns the longest record a reader holds: four times the text limit (room for the other cells), and never
     * less than {@link #MIN_RECORD_CHARS}, so a cell over the text limit is a row error, not the end of the run.
     */
    public long maxRecordChars() {
        return Math.max(MIN_RECORD_CHARS, Math.min(Integer.MAX_VALUE / 2, maxTextChars * 4));
    }
}

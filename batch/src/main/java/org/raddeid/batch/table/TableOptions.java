package org.raddeid.batch.table;

/**
 * Which columns a table file is read by and which extra columns it gets.
 *
 * @param text the text column, or null for the format's default
 * @param id the id column, or null for {@code id} when present
 * @param patient the patient-key column, or null for none
 * @param spans whether to add {@value RowOutput#SPANS}
 * @param audit whether to add {@value RowOutput#AUDIT}
 * @param recheck whether to add {@value RowOutput#RECHECK}
 * @param maxRecordChars the longest record accepted before the file is declared unreadable
 */
public record TableOptions(String text, String id, String patient, boolean spans, boolean audit, boolean recheck,
        long maxRecordChars) {

    /** The id column used when none is named and the file has it. */
    public static final String DEFAULT_ID = "id";
}

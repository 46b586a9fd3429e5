package org.raddeid.batch.table;

/**
 * One record read from a table file: where it is, the values the de-identifier needs, and the format's own fields to
 * write back. When {@code error} is non-null the record could not be read (ragged, not JSON, no text field) and
 * {@code text} is null.
 *
 * @param row 1-based data row (the header and blank lines do not count)
 * @param line 1-based line of the file where the record starts
 * @param fields the format's fields, kept for writing (null when the record could not be read at all)
 * @param text the text to de-identify, or null
 * @param id the record's id, or null when it has none
 * @param patientKey the raw patient key (PHI), or null when there is none
 * @param error why the record could not be read or processed (never its content), or null
 * @param keepFields with an error: true when the record's other fields can be trusted and are written back (its text
 *     was only too long or not well-formed), false when none of them are
 * @param <R> the format's representation of a record's fields
 */
public record InputRecord<R>(long row, long line, R fields, String text, String id, String patientKey, String error,
        boolean keepFields) {

    /** A record as read: without an error its fields are written back, with one they are not. */
    public InputRecord(long row, long line, R fields, String text, String id, String patientKey, String error) {
        this(row, line, fields, text, id, patientKey, error, error == null);
    }

    /** Returns where the record is, for messages: {@code row 3 (line 5)}. */
    public String place() {
        return "row " + row + " (line " + line + ")";
    }

    /** A record that could not be read. */
    static <R> InputRecord<R> failed(long row, long line, R fields, String id, String error) {
        return new InputRecord<>(row, line, fields, null, id, null, error, false);
    }

    /**
     * A record whose text cannot be de-identified (too long, not well-formed) but whose other fields are written
     * back, with empty text and the patient key replaced as usual.
     */
    static <R> InputRecord<R> textRefused(InputRecord<R> read, String error) {
        return new InputRecord<>(read.row, read.line, read.fields, null, read.id, read.patientKey, error, true);
    }
}

package org.raddeid.batch.table;

import java.util.List;

/**
 * A column the options name (or the default text column) is not in the file's header row. The message counts the
 * header's columns and never lists them (in a file without a header row they are a report); {@link #withoutNames(String)} says only how many columns
 * there are, for places where the header must not be repeated (an HTTP answer, a job's reason: in a file without a
 * header row the "header" is a report). Immutable.
 */
public final class MissingColumnException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The option that names the column ({@code --column}, {@code --id-column}, {@code --patient-column}). */
    private final String option;
    private final String column;
    private final int columns;
    private final String place;

    /**
     * Creates the error.
     *
     * @param option the option naming the column
     * @param column the column looked for, or null when no default text column was found
     * @param header the header row
     */
    public MissingColumnException(String option, String column, List<String> header) {
        this(option, column, header, "the header has ");
    }

    private MissingColumnException(String option, String column, List<String> header, String has) {
        // counts, never the names: in a file without a header row the "header" is a report (issue 17)
        super(column == null ? "no text column: name it with " + option + "; " + has + count(header)
                : option + " '" + column + "' is not a column; " + has + count(header));
        this.option = option;
        this.column = column;
        this.columns = header.size();
        this.place = has.contains("header") ? "the file's header row" : "the file's first record";
    }

    private static String count(List<String> header) {
        return header.size() + (header.size() == 1 ? " column" : " columns") + " (is the first row a header?)";
    }

    /** The text field is missing from the first record of a JSON lines file, whose fields are {@code fields}. */
    public static MissingColumnException firstRecord(String option, String field, List<String> fields) {
        return new MissingColumnException(option, field, fields, "the first record has ");
    }

    /** Returns the option that names the column, such as {@code --column}. */
    public String option() {
        return option;
    }

    /**
     * Returns the message without the column names: the option as {@code field} calls it and how many columns the
     * header (or first JSON record) has, such as {@code column: no such column in the file's header row; the file's
     * header row has 3 columns (…)}.
     */
    public String withoutNames(String field) {
        String has = place + " has " + columns + (columns == 1 ? " column" : " columns")
                + " (their names are not repeated: they may hold PHI)";
        return column == null ? "no text column ('text' or 'report_text'): name one in " + field + "; " + has
                : field + ": no such column in " + place + "; " + has;
    }
}

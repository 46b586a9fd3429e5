package org.raddeid.batch.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.raddeid.batch.io.StrictUtf8Reader;

/**
 * An RFC 4180 CSV file with a header row. Quoted cells may hold line breaks and doubled quotes; a UTF-8 byte order
 * mark is dropped; blank lines are skipped. The output has the input's columns in order, then the extra
 * {@code raddeid_*} columns ({@value RowOutput#ERROR} always), with CRLF line ends as RFC 4180 asks whatever the
 * input used. A record with more or fewer cells than the header is a row error, written with every cell empty; a
 * text over the limit is a row error written with its other cells. A header with two columns of one name is refused,
 * and so is one with both default text columns (the second would otherwise come out as it was). Cells a spreadsheet
 * would run as formulas are neutralised ({@link FormulaGuard}) unless the options keep them. Messages name columns by
 * position and count, never by a header cell (in a file without a header row those are a report). Not thread-safe.
 */
public final class CsvTable implements TableFile<List<String>> {

    /** Text columns looked for, in order, when none is named. */
    public static final List<String> DEFAULT_TEXT_COLUMNS = List.of("text", "report_text");

    private final StrictUtf8Reader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CSVPrinter printer;
    private final List<String> header;
    private final int textIndex;
    private final int idIndex;
    private final int patientIndex;
    private final int extraColumns;
    private final TableOptions options;
    private long row;
    private long lastLine;

    private CsvTable(StrictUtf8Reader reader, CSVParser parser, Writer out, TableOptions options) throws IOException {
        this.reader = reader;
        this.parser = parser;
        this.records = parser.iterator();
        this.options = options;
        CSVRecord first = nextRecord();
        if (first == null) {
            throw new UnreadableInputException("the CSV file is empty: it needs a header row");
        }
        this.header = first.toList();
        this.lastLine = parser.getCurrentLineNumber();
        if (header.stream().anyMatch(c -> c.indexOf(StrictUtf8Reader.MALFORMED) >= 0)) {
            throw new UnreadableInputException("the header row is not valid UTF-8; nothing was written");
        }
        HeaderCheck.requireDistinct(header);
        this.textIndex = options.text() != null ? required(options.text(), "--column") : defaultTextColumn();
        this.idIndex = options.id() != null ? required(options.id(), "--id-column")
                : header.indexOf(TableOptions.DEFAULT_ID);
        this.patientIndex = options.patient() != null ? required(options.patient(), "--patient-column") : -1;
        List<String> outHeader = new ArrayList<>(header);
        outHeader.addAll(RowOutput.extraColumns(options));
        this.extraColumns = outHeader.size() - header.size();
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(guard(outHeader));
    }

    /**
     * Opens {@code input}, reads its header and writes the output header to {@code out}.
     *
     * @throws MissingColumnException when a named column is missing (naming it and the columns present)
     * @throws UnreadableInputException when the header cannot be read
     */
    public static CsvTable open(Path input, Writer out, TableOptions options) throws IOException {
        InputStream in = Files.newInputStream(input);
        StrictUtf8Reader reader = new StrictUtf8Reader(in, options.maxRecordChars(), true);
        try {
            CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
            return new CsvTable(reader, CSVParser.parse(reader, format), out, options);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private int required(String column, String option) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new MissingColumnException(option, column, header);
        }
        return i;
    }

    /** The one default text column present; refuses none, and both (which one holds the reports is a guess). */
    private int defaultTextColumn() {
        List<Integer> found = DEFAULT_TEXT_COLUMNS.stream().filter(header::contains).map(header::indexOf).toList();
        if (found.isEmpty()) {
            throw new MissingColumnException("--column", null, header);
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("the header has both default text columns (" + String.join(" and ",
                    DEFAULT_TEXT_COLUMNS) + "): name the one to de-identify with --column, and drop the other or "
                    + "de-identify it in a second run");
        }
        return found.get(0);
    }

    @Override
    public String textColumn() {
        return header.get(textIndex);
    }

    @Override
    public long bytesRead() {
        return reader.bytesRead();
    }

    @Override
    public InputRecord<List<String>> next() throws IOException {
        CSVRecord rec;
        do {
            rec = nextRecord();
            if (rec == null) {
                return null;
            }
        } while (rec.size() == 1 && rec.get(0).isEmpty() && header.size() > 1 && blankLine());
        long line = lastLine + 1;
        lastLine = parser.getCurrentLineNumber();
        row++;
        if (rec.size() != header.size()) {
            return InputRecord.failed(row, line, null, null, "row " + row + " (line " + line + ") has " + rec.size()
                    + " cells, the header has " + header.size() + "; row not processed");
        }
        List<String> cells = rec.toList();
        if (cells.stream().anyMatch(c -> c.indexOf(StrictUtf8Reader.MALFORMED) >= 0)) {
            return InputRecord.failed(row, line, null, null, "row " + row + " (line " + line + ") holds bytes that "
                    + "are not UTF-8; row not processed");
        }
        InputRecord<List<String>> read = new InputRecord<>(row, line, cells, cells.get(textIndex),
                idIndex < 0 ? null : cells.get(idIndex), patientIndex < 0 ? null : cells.get(patientIndex), null);
        String refused = TextCheck.refusal(read.text(), options.maxTextChars());
        if (refused == null) {
            return read;
        }
        List<String> kept = new ArrayList<>(cells);
        kept.set(textIndex, "");
        return InputRecord.textRefused(new InputRecord<>(row, line, kept, null, read.id(), read.patientKey(), null),
                read.place() + ", column '" + textColumn() + "': " + refused);
    }

    /** Skips a blank line: advances the line count past it. */
    private boolean blankLine() {
        lastLine = parser.getCurrentLineNumber();
        return true;
    }

    private CSVRecord nextRecord() throws UnreadableInputException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            reader.startRecord();
            return r;
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            if (cause instanceof StrictUtf8Reader.MalformedException
                    || cause instanceof StrictUtf8Reader.RecordTooLongException) {
                throw new UnreadableInputException(cause.getMessage() + "; nothing was written");
            }
            // Commons CSV's own messages are not known to be free of content: name the place only.
            throw new UnreadableInputException("CSV syntax error (" + cause.getClass().getSimpleName()
                    + ") in the record starting at line " + (lastLine + 1) + ", near line "
                    + parser.getCurrentLineNumber() + "; nothing was written");
        }
    }

    @Override
    public void write(InputRecord<List<String>> in, RowOutput out) throws IOException {
        List<String> cells = new ArrayList<>(header.size() + extraColumns);
        if (out.keepFields() && in.fields() != null) {
            cells.addAll(in.fields());
            cells.set(textIndex, out.text());
            if (patientIndex >= 0 && out.patient() != null) {
                cells.set(patientIndex, out.patient());
            }
        } else {
            for (int i = 0; i < header.size(); i++) {
                cells.add("");
            }
        }
        for (Object v : out.extras(options).values()) {
            cells.add(v == null ? "" : v.toString());
        }
        printer.printRecord(guard(cells));
    }

    /** The cells with formulas neutralised, unless the options keep them. */
    private List<String> guard(List<String> cells) {
        return options.keepFormulas() ? cells : cells.stream().map(FormulaGuard::neutralise).toList();
    }

    /** Closes the input. The output writer belongs to the caller (the printer holds no buffer of its own). */
    @Override
    public void close() throws IOException {
        parser.close();
    }
}

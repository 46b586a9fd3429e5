package org.raddeid.batch.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSV and JSONL readers on arbitrary bytes. The contract: a file is read to its end, with per-row errors, or
 * refused with {@link UnreadableInputException} (bad UTF-8, broken CSV syntax) or {@link IllegalArgumentException} (a
 * header without the columns, or with two alike); nothing else is thrown, and no message quotes the input. Stored
 * inputs (the seeds and every crash found) run in {@code verify}; {@code -Pfuzz} fuzzes.
 */
class TableFuzzTest {

    private static final TableOptions OPTIONS = new TableOptions(null, null, "mrn", true, true, false, 200, false);

    @FuzzTest(maxDuration = "10m")
    void csv(byte[] input) throws IOException {
        readAll(input, ".csv");
    }

    @FuzzTest(maxDuration = "10m")
    void jsonl(byte[] input) throws IOException {
        readAll(input, ".jsonl");
    }

    private static void readAll(byte[] input, String extension) throws IOException {
        Path file = Files.createTempFile("raddeid-fuzz", extension);
        try {
            Files.write(file, input);
            StringWriter out = new StringWriter();
            try (TableFile<?> table = extension.equals(".csv") ? CsvTable.open(file, out, OPTIONS)
                    : JsonlTable.open(file, out, OPTIONS)) {
                long rows = 0;
                for (InputRecord<?> r = table.next(); r != null; r = table.next()) {
                    rows++;
                    assertThat(r.row()).isEqualTo(rows);
                    if (r.error() != null) {
                        assertNoEcho(r.error(), input);
                    } else {
                        assertThat(r.text().length()).isLessThanOrEqualTo(200);
                        assertThat(TextCheck.unpairedSurrogate(r.text())).isNegative();
                    }
                    writeBack(table, r);
                }
            } catch (UnreadableInputException | IllegalArgumentException e) {
                assertNoEcho(e.getMessage(), input);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> void writeBack(TableFile<R> table, InputRecord<?> r) throws IOException {
        InputRecord<R> record = (InputRecord<R>) r;
        table.write(record, r.error() != null ? RowOutput.failed(r.error(), null, r.keepFields())
                : new RowOutput("", null, null, null, null, null, true));
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]{8,}");

    /**
     * Fails when a run of 8 or more letters and digits from the input, other than a number, stands in the message:
     * messages give positions and counts, never content. Words our own messages use are not the input's.
     */
    static void assertNoEcho(String message, byte[] input) {
        Matcher m = WORD.matcher(new String(input, StandardCharsets.UTF_8));
        while (m.find()) {
            String w = m.group();
            if (!w.chars().allMatch(Character::isDigit) && message.contains(w)) {
                assertThat(OWN_WORDS).as("input echoed in: %s", message).anyMatch(o -> o.contains(w));
            }
        }
    }

    private static final java.util.List<String> OWN_WORDS = java.util.List.of("surrogate", "processed",
            "character", "columns", "unreadable", "malformed", "de-identified", "patient-column", "deidentified");
}

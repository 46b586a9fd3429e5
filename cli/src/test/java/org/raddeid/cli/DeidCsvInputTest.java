package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV edge cases of {@code raddeid deid}, through the real command. */
class DeidCsvInputTest extends DeidTestBase {

    @Test
    void whenCsvIsGood_thenTextIsRewrittenAndOtherColumnsKeptInOrderWithCrlf() throws IOException {
        Path in = files.write("in.csv", "id,report_text,site\n"
                + "r1,Patient: John Smith seen 03/14/2021.,north\n"
                + "r2,No PHI here.,south\n");
        Path out = dir.resolve("out.csv");
        CliRun run = files.deid(in, out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DeidFiles.csvHeader(out)).containsExactly("id", "report_text", "site", "raddeidError");
        List<Map<String, String>> rows = DeidFiles.readCsv(out);
        assertThat(rows).extracting(r -> r.get("id")).containsExactly("r1", "r2");
        assertThat(rows).extracting(r -> r.get("site")).containsExactly("north", "south");
        assertThat(rows.get(0).get("report_text")).startsWith("Patient: [NAME]").doesNotContain("John", "Smith",
                "03/14");
        assertThat(rows.get(1).get("report_text")).isEqualTo("No PHI here.");
        assertThat(rows).extracting(r -> r.get("raddeidError")).containsExactly("", "");
        assertThat(Files.readString(out)).contains("r2,No PHI here.,south,\r\n");
        assertThat(run.err()).contains("deid: 2 rows, 0 failed").doesNotContain("Smith");
    }

    @Test
    void whenCellsAreQuotedWithNewlinesAndDoubledQuotes_thenTheyRoundTripAndLinesAreCounted() throws IOException {
        Path in = files.write("in.csv", "id,text\n"
                + "a,\"Dr. Maria Gonzalez said \"\"call me\"\"\nsecond line\"\n"
                + "b,\"plain\"\n"
                + "c,one,two\n");
        Path out = dir.resolve("out.csv");
        CliRun run = files.deid(in, out);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.RECORD_ERRORS);
        List<Map<String, String>> rows = DeidFiles.readCsv(out);
        assertThat(rows.get(0).get("text")).contains("\"call me\"\nsecond line").doesNotContain("Gonzalez", "Maria");
        assertThat(rows.get(1).get("text")).isEqualTo("plain");
        // the quoted newline makes row 3 start on line 5 of the file
        assertThat(rows.get(2).get("raddeidError")).isEqualTo(
                "row 3 (line 5) has 3 cells, the header has 2; row not processed");
    }

    @Test
    void whenFileHasBomAndCrlf_thenTheBomIsDroppedAndTheDefaultColumnFound() throws IOException {
        Path in = files.write("in.csv", "\uFEFFreport_text,id\r\nSeen by Dr. Maria Gonzalez.,7\r\n\r\nOK,8\r\n");
        Path out = dir.resolve("out.csv");
        CliRun run = files.deid(in, out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DeidFiles.csvHeader(out)).containsExactly("report_text", "id", "raddeidError");
        List<Map<String, String>> rows = DeidFiles.readCsv(out);
        assertThat(rows).extracting(r -> r.get("id")).containsExactly("7", "8");
        assertThat(rows.get(0).get("report_text")).doesNotContain("Gonzalez");
        assertThat(Files.readAllBytes(out)[0]).isEqualTo((byte) 'r');
    }

    @Test
    void whenRowsAreRagged_thenEachIsAnErrorWithEmptyCellsAndTheOthersAreFine() throws IOException {
        Path in = files.write("in.csv", "id,text,site\n"
                + "1,fine,x\n"
                + "2,Patient: John Smith\n"
                + "3,Patient: John Smith,x,extra\n"
                + "4,also fine,y\n");
        Path out = dir.resolve("out.csv");
        CliRun run = files.deid(in, out);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORD_ERRORS);
        List<Map<String, String>> rows = DeidFiles.readCsv(out);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).get("raddeidError")).isEqualTo(
                "row 2 (line 3) has 2 cells, the header has 3; row not processed");
        assertThat(rows.get(2).get("raddeidError")).isEqualTo(
                "row 3 (line 4) has 4 cells, the header has 3; row not processed");
        assertThat(rows.get(1)).containsEntry("id", "").containsEntry("text", "");
        assertThat(rows.get(3)).containsEntry("text", "also fine").containsEntry("raddeidError", "");
        assertThat(Files.readString(out)).doesNotContain("Smith");
        assertThat(run.err()).contains("deid: row 2 (line 3) has 2 cells").contains("4 rows, 2 failed")
                .doesNotContain("Smith");
    }

    @Test
    void whenTextCellIsEmpty_thenOutputIsEmptyWithoutError() throws IOException {
        Path in = files.write("in.csv", "id,text\n1,\n2,\"\"\n");
        Path out = dir.resolve("out.csv");
        CliRun run = files.deid(in, out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DeidFiles.readCsv(out)).extracting(r -> r.get("text") + "|" + r.get("raddeidError"))
                .containsExactly("|", "|");
    }

    @Test
    void whenQuoteIsNeverClosed_thenTheRunFailsNamingTheLineAndWritesNothing() throws IOException {
        Path in = files.write("in.csv", "id,text\n1,fine\n2,\"Patient: John Smith\n3,more\n");
        Path out = dir.resolve("out.csv");
        CliRun run = files.deid(in, out);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(run.err()).contains("CSV syntax error").contains("starting at line 3").doesNotContain("Smith");
        assertThat(files.files()).containsExactly("in.csv");
    }

    @Test
    void whenTextColumnIsMissing_thenTheErrorNamesTheOptionAndCountsTheColumnsPresent() throws IOException {
        Path in = files.write("in.csv", "id,body\n1,x\n");
        Path out = dir.resolve("out.csv");
        CliRun named = files.deid(in, out, "--column", "note");
        assertThat(named.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(named.err()).contains("--column 'note' is not a column; the header has 2 columns");
        CliRun unnamed = files.deid(in, out);
        assertThat(unnamed.err()).contains("no text column: name it with --column; the header has 2 columns");
        CliRun patient = files.deid(in, out, "--column", "body", "--patient-column", "mrn");
        assertThat(patient.err()).contains("--patient-column 'mrn' is not a column");
        assertThat(files.files()).containsExactly("in.csv");
    }

    @Test
    void whenTheFileHasNoHeaderRow_thenTheErrorQuotesNoneOfItsCells() throws IOException {
        Path in = files.write("in.csv", "17,Zebulon Quartermaine seen 03/04/2021,MRN 8812345\n");
        Path out = dir.resolve("out.csv");
        for (CliRun run : List.of(files.deid(in, out), files.deid(in, out, "--column", "17", "--patient-column",
                "mrn"))) {
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("is the first row a header?").doesNotContain("Zebulon", "8812345");
        }
        assertThat(files.files()).containsExactly("in.csv");
    }

    @Test
    void whenTheHeaderHasTwoTextColumns_thenNothingIsWrittenAndTheExitCodeIs3() throws IOException {
        Path in = files.write("in.csv", "id,text,text\n1,Seen by Dr. Okafor,Copy to Dr. Okafor\n");
        CliRun run = files.deid(in, dir.resolve("out.csv"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(run.err()).contains("columns 2 and 3").doesNotContain("Okafor");
        assertThat(files.files()).containsExactly("in.csv");
    }

    @Test
    void whenACellIsOverMaxCharsByFarMoreThanAnyRecordSlack_thenOnlyThatRowFails() throws IOException {
        Path in = files.write("in.csv", "id,text\n1,Seen by Dr. Okafor\n2," + "x".repeat(3 << 20)
                + "\n3,no acute findings\n");
        Path out = dir.resolve("out.csv");
        CliRun run = files.deid(in, out, "--max-chars", "1000");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORD_ERRORS);
        List<Map<String, String>> rows = DeidFiles.readCsv(out);
        assertThat(rows.get(1).get("raddeidError")).contains("longer than the limit of 1000");
        assertThat(rows.get(2)).containsEntry("text", "no acute findings");
    }

    @Test
    void whenCellIsLongerThanTheLimit_thenThatRowFailsWithEmptyText() throws IOException {
        String huge = "Patient: John Smith. " + "x".repeat(2000);
        Path in = files.write("in.csv", "id,text,site\n1," + huge + ",n\n2,short,s\n");
        Path out = dir.resolve("out.csv");
        CliRun run = files.deid(in, out, "--max-chars", "1000");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORD_ERRORS);
        List<Map<String, String>> rows = DeidFiles.readCsv(out);
        assertThat(rows.get(0)).containsEntry("text", "").containsEntry("site", "n").containsEntry("raddeidError",
                "row 1 (line 2), column 'text': text is 2021 chars, longer than the limit of 1000; "
                        + "row not de-identified");
        assertThat(rows.get(1)).containsEntry("text", "short").containsEntry("raddeidError", "");
        assertThat(Files.readString(out)).doesNotContain("Smith");
    }
}

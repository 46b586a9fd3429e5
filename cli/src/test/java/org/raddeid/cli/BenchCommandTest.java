package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.recognizers.Ensembles;

class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void benchPrintsOneRowPerEnsembleAndThreadCountAndWritesTheSameRowsAsJson() throws IOException {
        Path json = dir.resolve("bench.json");
        Path markdown = dir.resolve("bench.md");
        CliRun run = CliRun.of("bench", "--ensemble", "patterns", "--reports", "20", "--runs", "2",
                "--warmup-seconds", "0", "--threads", "1,2", "--json", json.toString(),
                "--markdown", markdown.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String[]> rows = tableRows(run.out());
        assertThat(rows).extracting(r -> r[0] + "/" + r[1]).containsExactly("patterns/1", "patterns/2");
        for (String[] row : rows) {
            assertThat(leadingNumber(row[2])).as("reports/s").isPositive();
            assertThat(leadingNumber(row[3])).as("kchars/s").isPositive();
            assertThat(leadingNumber(row[6])).as("CPU ms/report").isPositive();
            assertThat(row[10]).as("errors").isEqualTo("0");
        }
        assertThat(leadingNumber(rows.get(0)[4])).as("p50 of the 1-thread row").isPositive();
        assertThat(rows.get(1)[4]).as("no latency on the 2-thread row").isEqualTo("-");

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        JsonNode jsonRows = report.get("rows");
        assertThat(jsonRows).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode row = jsonRows.get(i);
            assertThat(row.get("ensemble").asText()).isEqualTo("patterns");
            assertThat(row.get("threads").asInt()).isEqualTo(i + 1);
            assertThat(row.at("/reportsPerSecond/median").asDouble()).isPositive();
            assertThat(row.at("/reportsPerSecond/min").asDouble())
                    .isLessThanOrEqualTo(row.at("/reportsPerSecond/median").asDouble());
            assertThat(row.at("/charsPerSecond/median").asDouble()).isPositive();
            assertThat(row.at("/cpuMsPerReport/median").asDouble()).isPositive();
            assertThat(row.get("peakHeapBytes").asLong()).isPositive();
            assertThat(row.get("errors").asLong()).isZero();
        }
        assertThat(jsonRows.get(0).at("/latency/samples").asInt()).isEqualTo(40);
        assertThat(jsonRows.get(1).get("latency").isNull()).isTrue();
        assertThat(report.get("meanCharsPerReport").asDouble()).isPositive();
        assertThat(report.at("/machine/availableProcessors").asInt()).isPositive();
        assertThat(report.at("/machine/commandLine").asText())
                .startsWith("raddeid bench --ensemble patterns --reports 20");
        assertThat(Files.readString(markdown)).isEqualTo(run.out());
    }

    @Test
    void theHeaderNamesTheMachineTheCommandAndTheReportSize() {
        CliRun run = CliRun.of("bench", "--ensemble", "patterns", "--reports", "3", "--runs", "1",
                "--warmup-seconds", "0", "--threads", "1", "--seed", "11");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("- CPU: ", " available processors", "- JVM: ", "max heap")
                .contains("`raddeid bench --ensemble patterns --reports 3 --runs 1 --warmup-seconds 0 --threads 1 "
                        + "--seed 11`")
                .containsPattern("3 from ReportGenerator seed 11 \\(all splits, writing styles: all\\), mean [0-9,]+ "
                        + "chars/report");
        assertThat(tableRows(run.out())).hasSize(1);
    }

    @Test
    void whenTheEnsembleIsUnknown_thenUsageErrorListingTheKnownOnes() {
        CliRun run = CliRun.of("bench", "--ensemble", "no-such-ensemble", "--reports", "5");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown ensemble 'no-such-ensemble'").contains(Ensembles.names());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void whenReportsIsZero_thenUsageErrorSaysItMustBeAtLeastOne() {
        CliRun run = CliRun.of("bench", "--ensemble", "patterns", "--reports", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--reports must be at least 1, was 0");
    }

    @Test
    void whenRunsOrThreadsOrWarmUpAreOutOfRange_thenUsageErrorNamesTheOption() {
        assertThat(CliRun.of("bench", "--runs", "0").err()).contains("--runs must be at least 1");
        assertThat(CliRun.of("bench", "--threads", "1,0").err()).contains("--threads values must be at least 1");
        CliRun warm = CliRun.of("bench", "--warmup-seconds", "-1");
        assertThat(warm.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(warm.err()).contains("--warmup-seconds must be 0 or more");
    }

    @Test
    void byDefaultEveryEnsembleButTheSingleRecognizerOnesIsMeasured() {
        assertThat(BenchCommand.defaultEnsembles(List.of("patterns", "only-ner", "fast", "only-dictionary")))
                .containsExactly("patterns", "fast");
    }

    @Test
    void helpListsBench() {
        assertThat(CliRun.of("--help").out()).contains("bench");
    }

    /** Returns the cells of the Markdown table's body rows. */
    private static List<String[]> tableRows(String markdown) {
        List<String[]> rows = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| ensemble ")) {
                String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
                rows.add(cells);
            }
        }
        return rows;
    }

    /** Returns the number a cell starts with, such as 152 in "152 (76-229)". */
    private static double leadingNumber(String cell) {
        return Double.parseDouble(cell.split(" ")[0].replace(",", ""));
    }
}

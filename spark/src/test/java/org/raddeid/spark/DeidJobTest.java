package org.raddeid.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.batch.BatchJob;
import org.raddeid.batch.DeidSummary;
import org.raddeid.batch.table.TableOptions;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.recognizers.Ensembles;
import org.raddeid.recognizers.Policies;

/**
 * The Spark job against {@code raddeid deid}'s engine ({@link BatchJob}) on the same input, policy, secret and patient
 * column: the same rows, row for row.
 */
class DeidJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CHARS = 2_000;
    private static final String ENSEMBLE = Ensembles.FAST;
    private static final String POLICY = "surrogate";

    @TempDir
    Path dir;

    /** A text longer than {@link #MAX_CHARS}: the row fails, the others go on. */
    private static String tooLong() {
        return "Patient John Smith. " + "No acute findings. ".repeat(120);
    }

    private JobOptions options(Path in, JobOptions.Format inFormat, JobOptions.Format outFormat, Path secret) {
        return new JobOptions(in.toString(), inFormat, dir.resolve("spark-out-" + inFormat + "-" + outFormat).toString(),
                outFormat, List.of("report_text"), null, "patient_id", false, POLICY, ENSEMBLE, true, true,
                secret.toString(), MAX_CHARS, 0);
    }

    /** What {@code raddeid deid} writes for {@code in}, by the batch engine it runs. */
    private Path cli(Path in, BatchJob.Format format) throws Exception {
        Path out = dir.resolve("cli-out." + format.name().toLowerCase());
        Deidentifier deid = new Deidentifier(Ensembles.create(ENSEMBLE), MAX_CHARS);
        TableOptions table = new TableOptions("report_text", null, "patient_id", true, true, false,
                MAX_CHARS, false);
        BatchJob.run(deid, new BatchJob.Settings(in, out, format, Policies.resolve(POLICY),
                Secret.of(SparkFixture.SECRET.getBytes(StandardCharsets.UTF_8)), table, false, 2, Long.MAX_VALUE),
                new DeidSummary(), (a, b, c) -> { }, () -> false);
        return out;
    }

    @Test
    void csvOutputEqualsTheCliRowForRow_andTheCorruptRowsAreMarkedAndCounted() throws Exception {
        List<String[]> rows = new ArrayList<>(SparkFixture.rows(40));
        rows.add(17, new String[] {"doc-long", "PAT1003", tooLong(), "site 9"});
        rows.add(20, new String[] {"doc-formula", "PAT1004", "=HYPERLINK(\"http://x\") seen by Jane Doe", "@SUM(A1)"});
        rows.add(21, new String[] {"doc-fffd", "PAT1004", "Jane Doe caf\uFFFD", "site 3"});
        Path in = SparkFixture.csv(dir.resolve("in.csv"), rows, "doc-ragged,PAT1001,\"Jane Doe\",site 1,EXTRA");
        Path secret = SparkFixture.secretFile(dir);

        DeidJob.Result r = DeidJob.run(SparkFixture.spark(), options(in, JobOptions.Format.CSV,
                JobOptions.Format.CSV, secret), Map.of());

        List<Map<String, String>> expected = csvRows(List.of(cli(in, BatchJob.Format.CSV)));
        List<Map<String, String>> actual = csvRows(parts(r, ".csv"));
        assertThat(actual).hasSize(44);
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> want = expected.get(i);
            Map<String, String> got = actual.get(i);
            if (want.get("id").equals("doc-fffd")) {
                // Spark's reader turns bytes that are not UTF-8 into U+FFFD silently: Spark fails such a row
                assertThat(got.get("raddeidError")).isEqualTo("row 22: field 'report_text' holds U+FFFD, the mark "
                        + "of bytes that were not UTF-8; row not processed");
                assertThat(got.get("report_text")).isEmpty();
                continue;
            }
            if (want.get("id").isEmpty()) {
                // the ragged record: the CLI and Spark word the parse error differently; both keep nothing of it
                assertThat(got.values().stream().filter(v -> !v.isEmpty())).hasSize(1);
                assertThat(got.get("raddeidError")).startsWith("row 44: the record could not be parsed");
                continue;
            }
            want.put("raddeidError", want.get("raddeidError").replaceFirst("^row (\\d+) \\(line \\d+\\)", "row $1"));
            assertThat(got).as("row %d", i + 1).isEqualTo(want);
        }
        assertThat(actual.get(17).get("raddeidError")).isEqualTo("row 18, column 'report_text': text is "
                + tooLong().length() + " chars, longer than the limit of 2000; row not de-identified");
        assertThat(actual.get(17).get("report_text")).isEmpty();
        assertThat(actual.get(20).get("id")).isEqualTo("doc-formula");
        assertThat(actual.get(20).get("report_text")).startsWith("'=HYPERLINK(");
        assertThat(actual.get(20).get("site")).isEqualTo("'@SUM(A1)");
        assertThat(r.tally().rows()).isEqualTo(44);
        assertThat(r.tally().failed()).isEqualTo(3);
        assertThat(r.tally().errors()).containsOnlyKeys(18L, 22L, 44L);
        assertSummary(r, 44, 3);
    }

    @Test
    void jsonlOutputEqualsTheCliRowForRow_andAMalformedLineIsMarked() throws Exception {
        Path in = SparkFixture.jsonl(dir.resolve("in.jsonl"), SparkFixture.rows(30),
                "{\"id\": 31, \"patient_id\": \"PAT1002\", \"report_text\": \"Jane Doe, broken", "");
        Path secret = SparkFixture.secretFile(dir);

        DeidJob.Result r = DeidJob.run(SparkFixture.spark(), options(in, JobOptions.Format.JSONL,
                JobOptions.Format.JSONL, secret), Map.of());

        List<JsonNode> expected = jsonRows(List.of(cli(in, BatchJob.Format.JSONL)));
        List<JsonNode> actual = jsonRows(parts(r, ".json"));
        assertThat(actual).hasSize(31);
        for (int i = 0; i < 30; i++) {
            assertThat(actual.get(i)).as("row %d", i + 1).isEqualTo(expected.get(i));
        }
        assertThat(expected.get(30).get("raddeidError").asText()).contains("malformed JSON");
        assertThat(actual.get(30).toString()).isEqualTo("{\"raddeidError\":\"row 31: the record could not be parsed "
                + "(malformed JSON); row not processed\"}");
        assertThat(r.tally().failed()).isEqualTo(1);
        assertSummary(r, 31, 1);
    }

    @Test
    void parquetRoundTripEqualsTheCliRowForRow() throws Exception {
        List<String[]> rows = SparkFixture.rows(25);
        Path csv = SparkFixture.csv(dir.resolve("in.csv"), rows);
        Path parquet = dir.resolve("in.parquet");
        SparkFixture.spark().read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                .csv(csv.toString()).coalesce(1).write().parquet(parquet.toString());
        Path secret = SparkFixture.secretFile(dir);

        DeidJob.Result r = DeidJob.run(SparkFixture.spark(), options(parquet, JobOptions.Format.PARQUET,
                JobOptions.Format.PARQUET, secret), Map.of());

        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        csvRows(List.of(cli(csv, BatchJob.Format.CSV))).forEach(m -> expected.put(m.get("id"), m));
        List<Row> actual = SparkFixture.spark().read().parquet(r.summary().get("output").asText()).collectAsList();
        assertThat(actual).hasSize(25);
        for (Row row : actual) {
            Map<String, String> want = expected.get(row.<String>getAs("id"));
            assertThat(row.<String>getAs("report_text")).isEqualTo(want.get("report_text"));
            assertThat(row.<String>getAs("patient_id")).isEqualTo(want.get("patient_id"));
            assertThat(row.<String>getAs("raddeidError")).isNull();
            JsonNode json = withoutNulls(JSON.readTree(row.json()));
            assertThat(json.get("raddeidSpans")).isEqualTo(withoutNulls(JSON.readTree(want.get("raddeidSpans"))));
            assertThat(json.get("raddeidAudit")).isEqualTo(JSON.readTree(want.get("raddeidAudit")));
        }
        assertSummary(r, 25, 0);
    }

    @Test
    void theEngineIsBuiltOncePerJvm_andSharedByTasksAndJobs() throws Exception {
        Path in = SparkFixture.csv(dir.resolve("in.csv"), SparkFixture.rows(20));
        Path secret = SparkFixture.secretFile(dir);
        JobOptions once = new JobOptions(in.toString(), JobOptions.Format.CSV, dir.resolve("a").toString(),
                JobOptions.Format.CSV, List.of("report_text", "site"), "id", null, false, "safe-harbor",
                Ensembles.PATTERNS, false, false, secret.toString(), 5_000, 4);
        int before = Engines.builds();
        DeidJob.Result a = DeidJob.run(SparkFixture.spark(), once, Map.of());
        assertThat(Engines.builds()).isEqualTo(before + 1);
        DeidJob.run(SparkFixture.spark(), new JobOptions(in.toString(), JobOptions.Format.CSV,
                dir.resolve("b").toString(), JobOptions.Format.JSONL, once.columns(), "id", null, false, "safe-harbor",
                Ensembles.PATTERNS, true, false, secret.toString(), 5_000, 3), Map.of());
        assertThat(Engines.builds()).as("same engine config, another job and format").isEqualTo(before + 1);
        assertThat(a.summary().get("partitions").asInt()).isEqualTo(4);
        assertThat(a.tally().rows()).isEqualTo(20);
        // two text columns, in input order across the four partitions, each de-identified on its own
        List<Map<String, String>> rows = csvRows(parts(a, ".csv"));
        assertThat(rows).extracting(m -> m.get("id")).containsExactly(
                SparkFixture.rows(20).stream().map(r -> r[0]).toArray(String[]::new));
        assertThat(rows.get(0).keySet()).containsExactly("id", "patient_id", "report_text", "site", "raddeidError");
        assertThat(rows.get(0).get("report_text")).contains("[DATE]").doesNotContain("617-555");
        assertThat(rows.get(0).get("site")).isEqualTo("site 1");
    }

    @Test
    void whenExecutorsHaveNoSecret_thenTheJobFails_andLeavesNoSummary() throws Exception {
        Path in = SparkFixture.csv(dir.resolve("in.csv"), SparkFixture.rows(5));
        JobOptions o = new JobOptions(in.toString(), JobOptions.Format.CSV, dir.resolve("out").toString(),
                JobOptions.Format.CSV, List.of(), null, null, false, "safe-harbor", Ensembles.PATTERNS, false,
                false, null, 5_000, 2);
        // the driver has RADDEID_SECRET, the executors (this JVM's real environment) do not
        assertThatThrownBy(() -> DeidJob.run(SparkFixture.spark(), o, Map.of("RADDEID_SECRET", SparkFixture.SECRET)))
                .satisfies(e -> assertThat(Failures.describe(e)).contains("no secret: give --secret-file"));
        assertThat(dir.resolve("out").resolve(DeidJob.SUMMARY)).doesNotExist();
        assertThat(dir.resolve("out").resolve("_SUCCESS")).doesNotExist();
    }

    @Test
    void driverChecksNameTheProblem() throws Exception {
        Path in = SparkFixture.csv(dir.resolve("in.csv"), SparkFixture.rows(2));
        Path secret = SparkFixture.secretFile(dir);
        JobOptions noColumn = new JobOptions(in.toString(), JobOptions.Format.CSV, dir.resolve("o1").toString(),
                JobOptions.Format.CSV, List.of("body"), null, null, false, "safe-harbor", Ensembles.PATTERNS, false,
                false, secret.toString(), 5_000, 0);
        assertThatThrownBy(() -> DeidJob.run(SparkFixture.spark(), noColumn, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--column 'body' is not a column; the input has [id, patient_id, report_text, site]");
        JobOptions noSecret = new JobOptions(in.toString(), JobOptions.Format.CSV, dir.resolve("o2").toString(),
                JobOptions.Format.CSV, List.of(), null, null, false, "safe-harbor", Ensembles.PATTERNS, false,
                false, null, 5_000, 0);
        assertThatThrownBy(() -> DeidJob.run(SparkFixture.spark(), noSecret, Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("no secret");
        Files.createDirectories(dir.resolve("o3"));
        JobOptions exists = new JobOptions(in.toString(), JobOptions.Format.CSV, dir.resolve("o3").toString(),
                JobOptions.Format.CSV, List.of(), null, null, false, "safe-harbor", Ensembles.PATTERNS, false,
                false, secret.toString(), 5_000, 0);
        assertThatThrownBy(() -> DeidJob.run(SparkFixture.spark(), exists, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists; give a new directory");
    }

    /**
     * Spark's and raddeid's logs of every job above (a failed one included) hold none of the inputs' PHI: the log
     * configuration of the tests also writes them to {@code target/spark-tests.log}.
     */
    @AfterAll
    static void theLogsHoldNoPhi() throws IOException {
        Path log = Path.of("target", "spark-tests.log");
        assertThat(log).exists();
        String text = Files.readString(log);
        assertThat(text).contains("raddeid engine built").contains("no secret");
        for (String phi : List.of("Smith", "Garcia", "Okafor", "617-555", "PAT100", "41000", "Jane Doe", "doc-1")) {
            assertThat(text).doesNotContain(phi);
        }
    }

    /** The summary is in the output, after _SUCCESS, with counts and no text of any report. */
    private static void assertSummary(DeidJob.Result r, long rows, long failed) throws IOException {
        Path out = Path.of(r.summary().get("output").asText());
        assertThat(out.resolve("_SUCCESS")).exists();
        JsonNode s = JSON.readTree(out.resolve(DeidJob.SUMMARY).toFile());
        assertThat(s.get("rows").asLong()).isEqualTo(rows);
        assertThat(s.get("rowsFailed").asLong()).isEqualTo(failed);
        assertThat(s.get("phiByType").get("NAME").asLong()).isPositive();
        assertThat(s.get("rowsPerSecond").asDouble()).isPositive();
        String text = Files.readString(out.resolve(DeidJob.SUMMARY));
        for (String phi : List.of("Smith", "Garcia", "617-555", "PAT100", "4100")) {
            assertThat(text).doesNotContain(phi);
        }
    }

    /** The output's part files in order. */
    private static List<Path> parts(DeidJob.Result r, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(Path.of(r.summary().get("output").asText()))) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** CSV records as column→value maps, in file order. */
    private static List<Map<String, String>> csvRows(List<Path> files) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Path f : files) {
            try (Reader r = Files.newBufferedReader(f);
                    CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                            .get())) {
                for (CSVRecord rec : p) {
                    rows.add(new LinkedHashMap<>(rec.toMap()));
                }
            }
        }
        return rows;
    }

    /** JSON lines as trees without null fields (Spark leaves them out), in file order. */
    private static List<JsonNode> jsonRows(List<Path> files) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank()) {
                    rows.add(withoutNulls(JSON.readTree(line)));
                }
            }
        }
        return rows;
    }

    private static JsonNode withoutNulls(JsonNode n) {
        if (n instanceof ObjectNode o) {
            ObjectNode c = JSON.createObjectNode();
            o.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    c.set(e.getKey(), withoutNulls(e.getValue()));
                }
            });
            return c;
        }
        if (n.isArray()) {
            var a = JSON.createArrayNode();
            n.forEach(x -> a.add(withoutNulls(x)));
            return a;
        }
        return n;
    }
}

package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.rewrite.Pseudonyms;
import org.raddeid.core.rewrite.Secret;

/** {@code raddeid deid} end to end: JSONL, policies, secrets and patients, the extra columns and the summary. */
class DeidCommandTest extends DeidTestBase {

    private static final String SECRET_A = "first-secret-of-at-least-16-bytes";
    private static final String SECRET_B = "another-secret-of-at-least-16-bytes";

    private Path patientsCsv() throws IOException {
        return files.write("in.csv", "patient_id,id,report_text\n"
                + "P1,a,Patient: John Smith. Seen by Dr. Maria Gonzalez on 03/14/2021.\n"
                + "P1,b,Patient: John Smith. Seen by Dr. Maria Gonzalez on 03/14/2021.\n"
                + "P2,c,Patient: John Smith. Seen by Dr. Maria Gonzalez on 03/14/2021.\n");
    }

    private List<Map<String, String>> surrogates(Path in, String secret, String name) throws IOException {
        Path secretFile = files.write(name + ".key", secret);
        Path out = dir.resolve(name + ".csv");
        CliRun run = files.deid(in, out, "--policy", "surrogate", "--patient-column", "patient_id",
                "--secret-file", secretFile.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("no secret given");
        String all = Files.readString(out);
        assertThat(all).doesNotContain("John", "Smith", "Maria", "Gonzalez", "03/14/2021", "P1", "P2");
        return DeidFiles.readCsv(out);
    }

    @Test
    void whenSurrogatePolicyWithPatients_thenConsistentPerPatientAndPerSecret() throws IOException {
        Path in = patientsCsv();
        List<Map<String, String>> a = surrogates(in, SECRET_A, "a");
        assertThat(a.get(0).get("report_text")).isEqualTo(a.get(1).get("report_text"))
                .isNotEqualTo(a.get(2).get("report_text")).startsWith("Patient: ");
        Secret secret = Secret.of(SECRET_A.getBytes(StandardCharsets.UTF_8));
        assertThat(a).extracting(r -> r.get("patient_id")).containsExactly(Pseudonyms.patientId(secret, "P1"),
                Pseudonyms.patientId(secret, "P1"), Pseudonyms.patientId(secret, "P2"));
        assertThat(a).extracting(r -> r.get("id")).containsExactly("a", "b", "c");

        List<Map<String, String>> b = surrogates(in, SECRET_B, "b");
        assertThat(b.get(0).get("report_text")).isNotEqualTo(a.get(0).get("report_text"));
        assertThat(b.get(0).get("patient_id")).isNotEqualTo(a.get(0).get("patient_id"));
    }

    @Test
    void whenKeepPatientColumn_thenTheRawKeyStays() throws IOException {
        Path out = dir.resolve("out.csv");
        CliRun run = files.deid(patientsCsv(), out, "--patient-column", "patient_id", "--keep-patient-column");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DeidFiles.readCsv(out)).extracting(r -> r.get("patient_id")).containsExactly("P1", "P1", "P2");
    }

    @Test
    void whenNoSecretIsGiven_thenARandomOneIsUsedAndSaid() throws IOException {
        CliRun run = files.deid(patientsCsv(), dir.resolve("out.csv"), "--policy", "surrogate");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("no secret given (--secret-file or RADDEID_SECRET)")
                .contains("consistent within this run only");
    }

    @Test
    void whenSecretFileIsTooShort_thenAUserErrorNamesTheFileNotTheSecret() throws IOException {
        Path key = files.write("short.key", "tiny");
        CliRun run = files.deid(patientsCsv(), dir.resolve("out.csv"), "--secret-file", key.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("short.key").contains("4 bytes").doesNotContain("tiny");
    }

    @Test
    void whenPolicyIsUnknown_thenTheErrorListsTheKnownOnes() throws IOException {
        CliRun run = files.deid(patientsCsv(), dir.resolve("out.csv"), "--policy", "nope");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown policy 'nope'; known: safe-harbor, surrogate, limited-data-set");
        assertThat(files.files()).containsExactly("in.csv");
    }

    @Test
    void whenJsonlHasBadLines_thenEachIsARowErrorAndTheOthersKeepTheirFields() throws IOException {
        Path in = files.write("in.jsonl", String.join("\n",
                "{\"id\":\"a\",\"text\":\"Patient: John Smith\",\"site\":\"x\",\"n\":3}",
                "{\"id\":\"b\",\"text\":\"Patient: John Smith\"",
                "",
                "{\"id\":\"c\",\"body\":\"Patient: John Smith\"}",
                "[1,2]",
                "{\"id\":\"e\",\"text\":\"\"}") + "\n");
        Path out = dir.resolve("out.jsonl");
        CliRun run = files.deid(in, out);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORD_ERRORS);
        List<JsonNode> rows = DeidFiles.readJsonl(out);
        assertThat(rows).hasSize(5);
        JsonNode a = rows.get(0);
        assertThat(a.fieldNames()).toIterable().containsExactly("id", "text", "site", "n");
        assertThat(a.get("text").asText()).isEqualTo("Patient: [NAME]");
        assertThat(a.get("n").asInt()).isEqualTo(3);
        assertThat(rows.get(1).toString()).isEqualTo(
                "{\"raddeidError\":\"row 2 (line 2): malformed JSON at column 39\"}");
        assertThat(rows.get(2).toString()).isEqualTo(
                "{\"id\":\"c\",\"raddeidError\":\"row 3 (line 4): field 'text' is missing; row not processed\"}");
        assertThat(rows.get(3).get("raddeidError").asText()).isEqualTo("row 4 (line 5): not a JSON object");
        assertThat(rows.get(4).toString()).isEqualTo("{\"id\":\"e\",\"text\":\"\"}");
        assertThat(Files.readString(out)).doesNotContain("Smith");
        assertThat(run.err()).contains("5 rows, 3 failed").doesNotContain("Smith");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "in.csv   | id,text\\n1,fine\\n2,caf                         | \\n3,Dr. Okafor\\n | row 2 (line 3) holds bytes that are not UTF-8",
        "in.jsonl | {\"id\":1,\"text\":\"fine\"}\\n{\"id\":2,\"text\":\"caf | \"}\\n{\"id\":3,\"text\":\"Dr. Okafor\"}\\n | row 2 (line 2): not valid UTF-8 at byte offset"})
    void whenARowIsNotUtf8_thenOnlyThatRowFailsNamedByRowAndLine(String name, String head, String tail, String error)
            throws IOException {
        // the table gives line breaks as \n, written as LF
        byte[] before = head.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        byte[] after = tail.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        Path in = dir.resolve(name);
        try (var o = Files.newOutputStream(in)) {
            o.write(before);
            o.write(0xE9);  // Latin-1 é
            o.write(after);
        }
        Path out = dir.resolve("out" + name.substring(2));
        CliRun run = files.deid(in, out);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.RECORD_ERRORS);
        String written = Files.readString(out);
        assertThat(written).contains(error).contains("fine").doesNotContain("Okafor", "caf");
    }

    @Test
    void whenTheCsvHeaderIsNotUtf8_thenTheRunFailsAndWritesNothing() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.write(in, new byte[] {'i', 'd', ',', 't', 'e', 'x', 't', (byte) 0xE9, '\n', '1', ',', 'x', '\n'});
        CliRun run = files.deid(in, dir.resolve("out.csv"), "--column", "text\u00e9");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(run.err()).contains("header row is not valid UTF-8");
        assertThat(files.files()).containsExactly("in.csv");
    }

    @Test
    void whenSpansAndAuditAreAsked_thenTheyGiveCodePointsAndCountsWithoutText() throws IOException {
        Path in = files.write("in.jsonl", "{\"id\":\"a\",\"note\":\"😀 Patient: John Smith\"}\n");
        Path out = dir.resolve("out.jsonl");
        CliRun run = files.deid(in, out, "--column", "note", "--spans", "--audit");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode row = DeidFiles.readJsonl(out).get(0);
        assertThat(row.get("note").asText()).isEqualTo("😀 Patient: [NAME]");
        JsonNode span = row.get("raddeidSpans").get(0);
        // "😀 Patient: " is 11 code points (12 chars)
        assertThat(span.toString()).isEqualTo("{\"start\":11,\"end\":21,\"type\":\"NAME\",\"subtype\":\"PATIENT\","
                + "\"operator\":\"redact\",\"outStart\":11,\"outEnd\":17}");
        assertThat(row.get("raddeidAudit").toString()).isEqualTo("{\"NAME/redact\":1}");
    }

    @Test
    void whenCsvGetsAllExtras_thenTheyAreJsonCellsInAFixedOrder() throws IOException {
        Path out = dir.resolve("out.csv");
        CliRun run = files.deid(patientsCsv(), out, "--spans", "--audit", "--recheck");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DeidFiles.csvHeader(out)).containsExactly("patient_id", "id", "report_text", "raddeidSpans",
                "raddeidAudit", "raddeidRecheck", "raddeidError");
        Map<String, String> row = DeidFiles.readCsv(out).get(0);
        assertThat(DeidFiles.JSON.readTree(row.get("raddeidSpans"))).hasSize(3);
        assertThat(DeidFiles.JSON.readTree(row.get("raddeidRecheck")).get("leftovers")).isEmpty();
    }

    @Test
    void whenSummaryIsAsked_thenItCountsRowsTypesOperatorsRecheckAndErrorsWithoutText() throws IOException {
        Path in = files.write("in.csv", "id,text\n"
                + "1,Patient: John Smith. Seen by Dr. Maria Gonzalez on 03/14/2021.\n"
                + "2,Patient: John Smith,extra\n"
                + "3,Nothing here.\n");
        Path out = dir.resolve("out.csv");
        Path summary = dir.resolve("summary.json");
        Path key = files.write("k", SECRET_A);
        CliRun run = files.deid(in, out, "--policy", "surrogate", "--recheck", "--summary", summary.toString(),
                "--secret-file", key.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORD_ERRORS);
        JsonNode s = DeidFiles.JSON.readTree(summary.toFile());
        assertThat(s.get("rows").asInt()).isEqualTo(3);
        assertThat(s.get("rowsFailed").asInt()).isEqualTo(1);
        assertThat(s.get("phiByType").get("NAME").asInt()).isEqualTo(2);
        assertThat(s.get("phiByType").get("DATE").asInt()).isEqualTo(1);
        assertThat(s.get("phiByOperator").size()).isPositive();
        assertThat(s.get("recheck").has("leftoversByType")).isTrue();
        assertThat(s.get("recheck").has("refoundByType")).isTrue();
        assertThat(s.get("errors").get(0).toString()).isEqualTo("{\"row\":2,\"line\":3,\"error\":"
                + "\"row 2 (line 3) has 3 cells, the header has 2; row not processed\"}");
        assertThat(s.get("ensemble").asText()).isEqualTo("fast");
        assertThat(s.get("policy").asText()).isEqualTo("surrogate");
        assertThat(s.has("seconds") && s.has("rowsPerSecond") && s.has("charsPerSecond")).isTrue();
        assertThat(Files.readString(summary)).doesNotContain("Smith", "Gonzalez", "03/14", SECRET_A);
        assertThat(run.err()).contains("deid: 3 rows, 1 failed, 3 PHI replaced").contains("recheck: ");
    }

    @Test
    void whenMoreRowsFailThanAllowed_thenTheRunStopsAndWritesNothing() throws IOException {
        Path in = files.write("in.csv", "id,text\n1,a,b\n2,fine\n");
        CliRun run = files.deid(in, dir.resolve("out.csv"), "--max-errors", "0", "--summary",
                dir.resolve("s.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(run.err()).contains("more than 0 row(s) failed").contains("nothing was written");
        assertThat(files.files()).containsExactly("in.csv");
    }

    @Test
    void whenFormatCannotBeTold_thenItMustBeGiven() throws IOException {
        Path in = files.write("in.txt", "id,text\n1,Patient: John Smith\n");
        CliRun unknown = files.deid(in, dir.resolve("out.txt"));
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("give --format csv or jsonl");
        CliRun given = files.deid(in, dir.resolve("out.txt"), "--format", "csv");
        assertThat(given.exitCode()).as(given.err()).isZero();
    }

    @Test
    void whenThereAreManyBatches_thenRowsComeOutInInputOrder() throws IOException {
        StringBuilder b = new StringBuilder("id,text\n");
        for (int i = 1; i <= 700; i++) {
            b.append(i).append(",\"Patient: John Smith, visit ").append(i).append(".\"\n");
        }
        Path out = dir.resolve("out.csv");
        CliRun run = files.deid(files.write("in.csv", b.toString()), out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> rows = DeidFiles.readCsv(out);
        assertThat(rows).hasSize(700);
        for (int i = 0; i < 700; i++) {
            assertThat(rows.get(i).get("id")).isEqualTo(String.valueOf(i + 1));
            assertThat(rows.get(i).get("text")).isEqualTo("Patient: [NAME], visit " + (i + 1) + ".");
        }
    }

    @Test
    void whenRecheckFindsWhatThePolicyKept_thenItCountsAsRefoundNotLeftover() throws IOException {
        Path in = files.write("in.jsonl", "{\"id\":1,\"text\":\"Patient: John Smith seen 03/14/2021.\"}\n");
        Path out = dir.resolve("out.jsonl");
        Path summary = dir.resolve("s.json");
        CliRun run = files.deid(in, out, "--policy", "limited-data-set", "--recheck", "--summary", summary.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode row = DeidFiles.readJsonl(out).get(0);
        assertThat(row.get("text").asText()).isEqualTo("Patient: [NAME] seen 03/14/2021.");
        assertThat(row.get("raddeidRecheck").toString())
                .isEqualTo("{\"refound\":1,\"medicalTerms\":0,\"leftovers\":[]}");
        JsonNode recheck = DeidFiles.JSON.readTree(summary.toFile()).get("recheck");
        assertThat(recheck.get("refoundByType").toString()).isEqualTo("{\"DATE\":1}");
        assertThat(recheck.get("rowsWithLeftovers").asInt()).isZero();
    }

    @Test
    void whenReportsHoldPhi_thenNeitherLogsNorStderrShowIt() throws IOException {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        appender.start();
        ch.qos.logback.classic.Level before = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
        root.addAppender(appender);
        try {
            Path in = files.write("in.csv", "id,text\n"
                    + "1,\"Patient John Quixote, MRN: 88812345, DOB 01/02/1931, call 555-867-5309\"\n"
                    + "2,Quixote 88812345,ragged\n");
            CliRun run = files.deid(in, dir.resolve("out.csv"), "--policy", "surrogate", "--recheck", "--summary",
                    dir.resolve("s.json").toString());
            assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORD_ERRORS);
            String logs = String.join("\n", appender.list.stream().map(e -> e.getFormattedMessage()).toList());
            for (String phi : List.of("Quixote", "88812345", "01/02/1931", "555-867-5309")) {
                assertThat(logs).doesNotContain(phi);
                assertThat(run.err()).doesNotContain(phi);
                assertThat(Files.readString(dir.resolve("s.json"))).doesNotContain(phi);
            }
            // The fast ensemble misses the rare surname in "Patient John Quixote" (no colon after the label), so
            // only what it finds is checked in the output; the ragged row's cells are all dropped.
            assertThat(Files.readString(dir.resolve("out.csv"))).doesNotContain("88812345", "01/02/1931",
                    "555-867-5309", "Quixote 88812345");
        } finally {
            root.detachAppender(appender);
            root.setLevel(before);
        }
    }

    @Test
    void whenAJsonlRowHoldsALoneSurrogateEscape_thenOnlyThatRowFailsAndTheRunEndsWithExitCode1() throws IOException {
        Path in = files.write("in.jsonl", "{\"id\":\"1\",\"text\":\"Seen by Dr. Okafor \\ud800\"}\n"
                + "{\"id\":\"2\",\"text\":\"Seen by Dr. Okafor\"}\n");
        Path out = dir.resolve("out.jsonl");
        CliRun run = files.deid(in, out);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.RECORD_ERRORS);
        List<JsonNode> rows = DeidFiles.readJsonl(out);
        assertThat(rows.get(0).get("raddeidError").asText()).startsWith("row 1 (line 1)")
                .contains("unpaired surrogate");
        assertThat(rows.get(1).get("text").asText()).doesNotContain("Okafor");
    }
}

package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private List<JsonNode> readJsonl(Path p) throws IOException {
        return DeidFiles.readJsonl(p);
    }

    @Test
    void whenInputIsGood_thenSpansComeOutInInputOrderWithCodePointOffsets() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"a\",\"text\":\"😀 Exam date 03/14/2021, call 555-123-4567.\"}",
                "{\"id\":2,\"text\":\"No PHI here.\"}",
                "{\"id\":\"c\",\"text\":\"Email jsmith@example.org\"}"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("analyze", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> rows = readJsonl(out);
        assertThat(rows).extracting(r -> r.get("id").asText()).containsExactly("a", "2", "c");
        JsonNode date = rows.get(0).get("spans").get(0);
        // "😀 Exam date " is 12 code points (13 chars): Python's text.index("03") == 12
        assertThat(date.get("start").asInt()).isEqualTo(12);
        assertThat(date.get("end").asInt()).isEqualTo(22);
        assertThat(date.get("type").asText()).isEqualTo("DATE");
        assertThat(date.get("text").asText()).isEqualTo("03/14/2021");
        assertThat(date.has("score")).isTrue();
        assertThat(date.has("recognizer")).isTrue();
        assertThat(rows.get(0).get("spans")).hasSize(2);
        assertThat(rows.get(1).get("spans")).isEmpty();
        assertThat(rows.get(2).get("spans").get(0).get("subtype").asText()).isEqualTo("EMAIL");
    }

    @Test
    void whenALineIsBad_thenItIsNamedAndTheOthersAreProcessed() throws IOException {
        Path in = dir.resolve("in.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("{\"id\":\"ok1\",\"text\":\"Seen 2021-03-04.\"}\n"
                + "{\"id\":\"broken\",\"text\":\"John Smith 2021-03-04\"\n"
                + "{\"text\":\"Mary Jones\"}\n"
                + "{\"id\":\"x\"}\n"
                + "{\"id\":\"y\",\"text\":42}\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        bytes.writeBytes("\n{\"id\":\"ok2\",\"text\":\"\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(in, bytes.toByteArray());
        Path out = dir.resolve("out.jsonl");

        CliRun run = CliRun.of("analyze", "--input", in.toString(), "--output", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORD_ERRORS);
        assertThat(readJsonl(out)).extracting(r -> r.get("id").asText()).containsExactly("ok1", "ok2");
        assertThat(run.err())
                .contains("line 2: malformed JSON")
                .contains("line 3: missing field 'id'")
                .contains("line 4: missing field 'text'")
                .contains("line 5: field 'text' must be a string")
                .contains("line 6: not valid UTF-8 at byte 8")
                .contains("line 8: field 'text' is empty")
                .doesNotContain("John").doesNotContain("Mary").doesNotContain("Smith");
        List<JsonNode> errors = readJsonl(dir.resolve("out.jsonl.errors.jsonl"));
        assertThat(errors).extracting(e -> e.get("line").asInt()).containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void knownIdentifiersAreFoundHoweverTheReportSpellsThem() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"k\",\"text\":\"PT: QUIXOTE, JOHN  MRN 1234 5678\\njohn quixote tolerated it.\","
                + "\"known\":{\"names\":[\"John Quixote\"],\"mrn\":\"12345678\"}}\n"
                + "{\"id\":\"bad\",\"text\":\"Quixote\",\"known\":{\"ids\":[{\"value\":\"Quixote\",\"subtype\":\"DATE\"}]}}\n"
                + "{\"id\":\"bad2\",\"text\":\"Quixote\",\"known\":{\"dob\":\"Quixote\"}}\n");
        Path out = dir.resolve("out.jsonl");

        CliRun run = CliRun.of("analyze", "--input", in.toString(), "--output", out.toString(), "--ensemble", "patterns");

        List<JsonNode> rows = readJsonl(out);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("spans")).extracting(x -> x.get("text").asText())
                .containsExactly("QUIXOTE, JOHN", "1234 5678", "john quixote");
        assertThat(run.err()).contains("line 2: field 'known.ids[0].subtype' must be a subtype of ID")
                .contains("line 3: field 'known.dob' must be an ISO date YYYY-MM-DD").doesNotContain("Quixote");
    }

    @Test
    void whenADocumentIsFiveMegabytes_thenItIsProcessed() throws IOException {
        StringBuilder sb = new StringBuilder(5_300_000);
        String para = "Findings: stable 4 mm nodule, compared with 01/02/2019. No effusion. ";
        while (sb.length() < 5_000_000) {
            sb.append(para);
        }
        Path in = dir.resolve("big.jsonl");
        Files.writeString(in, JSON.writeValueAsString(java.util.Map.of("id", "big", "text", sb.toString())));
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("analyze", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode row = readJsonl(out).get(0);
        assertThat(row.get("spans").size()).isEqualTo(sb.length() / para.length() + (sb.length() % para.length() > 0 ? 1 : 0));
    }

    @Test
    void whenATextExceedsMaxChars_thenThatLineFailsByName() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"0123456789ABCDEF\"}\n{\"id\":\"b\",\"text\":\"short\"}\n");
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("analyze", "--input", in.toString(), "--output", out.toString(), "--max-chars", "10");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORD_ERRORS);
        assertThat(run.err()).contains("line 1: ").contains("16 chars");
        assertThat(readJsonl(out)).hasSize(1);
    }

    @Test
    void whenOutputCannotBeCommitted_thenNoFileLooksComplete() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"Seen 2021-03-04.\"}\n");
        Path out = dir.resolve("out.jsonl");
        Files.createDirectories(out.resolve("occupied"));
        CliRun run = CliRun.of("analyze", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(run.err()).doesNotContain("Exception:").doesNotContain("\tat ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.jsonl", "out.jsonl");
        }
        assertThat(out).isDirectory();
    }

    @Test
    void whenInputIsMissing_thenOneLineErrorAndNoStackTrace() {
        CliRun run = CliRun.of("analyze", "--input", dir.resolve("nope.jsonl").toString(),
                "--output", dir.resolve("o.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).startsWith("analyze: input file not found").doesNotContain("\n");
        assertThat(dir.resolve("o.jsonl")).doesNotExist();
    }

    @Test
    void whenEnsembleOrRecognizerIsUnknown_thenTheKnownOnesAreListed() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"x\"}\n");
        CliRun bad = CliRun.of("analyze", "--input", in.toString(), "--output", dir.resolve("o").toString(),
                "--ensemble", "wizardry");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("wizardry").contains("patterns");
        CliRun badRec = CliRun.of("analyze", "--input", in.toString(), "--output", dir.resolve("o").toString(),
                "--recognizers", "nope");
        assertThat(badRec.err()).contains("nope");
    }

    @Test
    void logsOfARunOverPhiRichInputHoldNoPhi() throws IOException {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level before = root.getLevel();
        root.setLevel(Level.DEBUG);
        root.addAppender(appender);
        try {
            Path in = dir.resolve("in.jsonl");
            Files.writeString(in, "{\"id\":\"a\",\"text\":\"Patient John Quixote, MRN: 88812345, DOB 01/02/1931, "
                    + "call 555-867-5309\"}\n{\"id\":\"b\",\"text\":\"Quixote broken\n");
            CliRun run = CliRun.of("analyze", "--input", in.toString(), "--output", dir.resolve("o.jsonl").toString());
            String logs = String.join("\n", appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
            for (String phi : List.of("Quixote", "88812345", "01/02/1931", "555-867-5309")) {
                assertThat(logs).doesNotContain(phi);
                assertThat(run.err()).doesNotContain(phi);
            }
        } finally {
            root.detachAppender(appender);
            root.setLevel(before);
        }
    }
}

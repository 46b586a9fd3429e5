package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateAndEvaluateTest {

    @TempDir
    Path dir;

    @Test
    void generateWritesThreeSplitsThatEvaluateScores() throws IOException {
        CliRun gen = CliRun.of("generate", "--n", "60", "--seed", "7", "--out", dir.toString(), "--format", "jsonl");
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        assertThat(dir.resolve("train.jsonl")).isRegularFile();
        assertThat(dir.resolve("dev.jsonl")).isRegularFile();
        assertThat(dir.resolve("test.jsonl")).isRegularFile();
        long lines = Files.lines(dir.resolve("train.jsonl")).count() + Files.lines(dir.resolve("dev.jsonl")).count()
                + Files.lines(dir.resolve("test.jsonl")).count();
        assertThat(lines).isEqualTo(60);

        Path json = dir.resolve("report.json");
        Path html = dir.resolve("report.html");
        CliRun eval = CliRun.of("evaluate", "--corpus", dir.resolve("train.jsonl").toString(),
                "--json", json.toString(), "--html", html.toString());
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("docs").asInt()).isPositive();
        // The default ensemble finds names; the pattern-only one finds dates, IDs and contacts, and few names.
        assertThat(report.at("/perType/NAME/tokenRecall").asDouble()).isGreaterThan(0.5);
        assertThat(report.at("/perType/DATE/tokenRecall").asDouble()).isGreaterThan(0.5);
        Path patternsJson = dir.resolve("patterns.json");
        CliRun patterns = CliRun.of("evaluate", "--corpus", dir.resolve("train.jsonl").toString(), "--ensemble",
                "patterns", "--json", patternsJson.toString());
        assertThat(patterns.exitCode()).as(patterns.err()).isZero();
        JsonNode p = new ObjectMapper().readTree(patternsJson.toFile());
        assertThat(p.at("/perType/NAME/tokenRecall").asDouble()).isLessThan(0.5); // initials and user names only
        assertThat(p.at("/token/recall").asDouble()).isLessThan(report.at("/token/recall").asDouble());
        assertThat(Files.readString(html)).contains("<html").contains("NAME");
        assertThat(eval.out()).contains("| NAME");
    }

    @Test
    void rewritePolicyScoresTheRewrittenCorpusAndSearchesForSurvivors() throws IOException {
        assertThat(CliRun.of("generate", "--n", "30", "--seed", "11", "--out", dir.toString(), "--format", "jsonl")
                .exitCode()).isZero();
        Path rewritten = dir.resolve("rewritten.jsonl");
        CliRun eval = CliRun.of("evaluate", "--corpus", dir.resolve("train.jsonl").toString(), "--ensemble", "fast",
                "--rewrite-policy", "surrogate", "--write-rewritten", rewritten.toString());
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("## Rewritten by policy surrogate").contains("| original |")
                .contains("| rewritten |").containsPattern("surviving elsewhere: 0\\.");
        // the rewritten corpus is a labelled corpus of its own: none of the original names are in it
        List<String> original = Files.readAllLines(dir.resolve("train.jsonl"));
        List<String> out = Files.readAllLines(rewritten);
        assertThat(out).hasSameSizeAs(original);
        JsonNode first = new ObjectMapper().readTree(original.get(0));
        JsonNode firstOut = new ObjectMapper().readTree(out.get(0));
        String text = first.get("text").asText();
        for (JsonNode span : first.get("spans")) {
            if (span.get("type").asText().equals("NAME")) {
                String name = text.substring(span.get("start").asInt(), span.get("end").asInt());
                if (name.length() >= 3) {
                    assertThat(firstOut.get("text").asText()).doesNotContain(name);
                }
            }
        }
        CliRun bad = CliRun.of("evaluate", "--corpus", dir.resolve("train.jsonl").toString(), "--ensemble",
                "patterns", "--rewrite-policy", "nonsense");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("unknown policy 'nonsense'");
    }

    @Test
    void sameSeedGivesIdenticalFilesInEveryFormat() throws IOException {
        for (String format : new String[] {"jsonl", "i2b2", "brat", "physionet"}) {
            Path a = dir.resolve(format + "-a");
            Path b = dir.resolve(format + "-b");
            assertThat(CliRun.of("generate", "--n", "12", "--seed", "3", "--out", a.toString(), "--format", format)
                    .exitCode()).isZero();
            assertThat(CliRun.of("generate", "--n", "12", "--seed", "3", "--out", b.toString(), "--format", format)
                    .exitCode()).isZero();
            try (var files = Files.walk(a)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(b.resolve(a.relativize(p)))).isEqualTo(Files.readString(p));
                }
            }
        }
    }

    @Test
    void whenACorpusDirectoryHasABrokenXmlFile_thenItIsNamedAndTheRestIsScored() throws IOException {
        Path corpus = dir.resolve("i2b2");
        assertThat(CliRun.of("generate", "--n", "30", "--seed", "5", "--out", corpus.toString(), "--format", "i2b2")
                .exitCode()).isZero();
        Path train = corpus.resolve("train");
        Files.writeString(train.resolve("zz-broken.xml"), "<deIdi2b2><TEXT><![CDATA[Mr Quixote]]></TEXT><TAGS>");
        CliRun eval = CliRun.of("evaluate", "--corpus", train.toString(), "--format", "i2b2");
        assertThat(eval.exitCode()).isEqualTo(ExitCodes.RECORD_ERRORS);
        assertThat(eval.err()).contains("zz-broken.xml").doesNotContain("Quixote").doesNotContain("\tat ");
        assertThat(eval.out()).contains("| DATE");
    }

    @Test
    void whenASplitDirectoryIsNotEmpty_thenItIsNamedAndLeftAlone() throws IOException {
        Path out = dir.resolve("corpus");
        Files.createDirectories(out.resolve("train"));
        Files.writeString(out.resolve("train/keep.txt"), "mine");
        CliRun run = CliRun.of("generate", "--n", "5", "--out", out.toString(), "--format", "brat");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(run.err()).contains("directory not empty").contains("train");
        assertThat(Files.readString(out.resolve("train/keep.txt"))).isEqualTo("mine");
    }

    @Test
    void whenFormatIsUnknown_thenTheValidOnesAreListed() {
        CliRun run = CliRun.of("generate", "--n", "5", "--out", dir.resolve("x").toString(), "--format", "xlsx");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("xlsx").contains("jsonl");
    }
}

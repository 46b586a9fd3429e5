package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's mistakes on the command line: each is one clear line on stderr and exit code 2, found before any model
 * loads, and no output file appears.
 */
class CommandLineMistakesTest {

    private static final String CSV = "id,report_text\n1,Seen by Dr. Okafor on 03/14/2021.\n";
    private static final String JSONL = "{\"id\":\"1\",\"text\":\"Seen by Dr. Okafor on 03/14/2021.\"}\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private void assertUsageError(CliRun run, String... said) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(said).doesNotContain("loading ensemble").doesNotContain("Exception");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no output").allMatch(n -> n.startsWith("in"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void whenNoCommandIsGiven_thenTheUsageAndExitCode2() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("a command is needed").contains("Usage: raddeid").contains("deid", "serve");
    }

    @Test
    void whenThePolicyOrEnsembleIsUnknown_thenExitCode2ListingTheKnownOnes() throws IOException {
        Path in = write("in.csv", CSV);
        assertUsageError(CliRun.of("deid", "--input", in.toString(), "--output", dir.resolve("out.csv").toString(),
                "--policy", "strict"), "unknown policy 'strict'", "surrogate");
        assertUsageError(CliRun.of("deid", "--input", in.toString(), "--output", dir.resolve("out.csv").toString(),
                "--ensemble", "huge"), "unknown ensemble 'huge'", "fast", "full");
        assertUsageError(CliRun.of("analyze", "--input", write("in.jsonl", JSONL).toString(), "--output",
                dir.resolve("out.jsonl").toString(), "--recognizers", "pattern,magic"), "unknown recognizer(s) [magic]");
    }

    @Test
    void whenTheColumnIsWrong_thenItIsSaidBeforeTheModelsLoad() throws IOException {
        Path in = write("in.csv", CSV);
        long t0 = System.nanoTime();
        CliRun run = CliRun.of("deid", "--input", in.toString(), "--output", dir.resolve("out.csv").toString(),
                "--column", "body", "--ensemble", "default");
        assertUsageError(run, "--column 'body' is not a column; the header has 2 columns");
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds, without loading CoreNLP").isLessThan(5);
    }

    @Test
    void whenTheFileIsInTheOtherFormat_thenOneLineSaysWhatItLooksLike() throws IOException {
        Path csvNamedJsonl = write("in.jsonl", CSV);
        CliRun analyze = CliRun.of("analyze", "--input", csvNamedJsonl.toString(), "--output",
                dir.resolve("out.jsonl").toString());
        assertUsageError(analyze, "this file is not JSON lines", "looks like CSV");
        assertThat(analyze.err().lines().count()).as(analyze.err()).isEqualTo(1);

        CliRun deid = CliRun.of("deid", "--input", write("in2.csv", JSONL).toString(), "--output",
                dir.resolve("out.csv").toString());
        assertUsageError(deid, "this file is not CSV", "looks like JSON lines", "--format jsonl");
    }

    @Test
    void whenTheOutputNameSaysAnotherFormat_thenDeidRefusesInsteadOfWritingJsonIntoACsv() throws IOException {
        CliRun run = CliRun.of("deid", "--input", write("in.jsonl", JSONL).toString(), "--output",
                dir.resolve("out.csv").toString());
        assertUsageError(run, "names a CSV file, but deid writes the input's format, JSON lines",
                "name the output .jsonl");
    }

    @Test
    void whenAFileIsMissing_thenThePlainWordsNameIt() throws IOException {
        Path in = write("in.csv", CSV);
        assertUsageError(CliRun.of("deid", "--input", dir.resolve("in-none.csv").toString(), "--output",
                dir.resolve("out.csv").toString()), "input file not found: " + dir.resolve("in-none.csv"));
        assertUsageError(CliRun.of("deid", "--input", in.toString(), "--output", dir.resolve("out.csv").toString(),
                "--secret-file", dir.resolve("in-deid.key").toString()),
                "secret file not found: " + dir.resolve("in-deid.key"));
    }

    @Test
    void whenGenerateIsAskedForAReadOnlyFormat_thenTheWritableOnesAreListed() {
        CliRun run = CliRun.of("generate", "--n", "2", "--out", dir.resolve("in-x").toString(), "--format",
                "presidio");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("presidio can be read (by evaluate) but not written")
                .contains("generate writes i2b2, brat, jsonl, physionet");
    }

    @Test
    void whenARunStarts_thenTheEnsembleLoadingIsSaid() throws IOException {
        Path in = write("in.csv", CSV);
        CliRun run = CliRun.of("deid", "--input", in.toString(), "--output", dir.resolve("out.csv").toString(),
                "--ensemble", "fast");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("deid: loading ensemble 'fast'…");
    }
}

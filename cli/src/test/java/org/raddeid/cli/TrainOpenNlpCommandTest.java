package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainOpenNlpCommandTest {

    @TempDir
    Path dir;

    /** A tiny file in the Presidio research format, made up for this test. */
    private Path presidio() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 20; i++) {
            String text = "My name is Orla Brennick and I work as a welder.";
            json.append(i == 0 ? "" : ",").append("{\"full_text\":\"").append(text).append("\",\"spans\":[")
                    .append("{\"entity_type\":\"PERSON\",\"entity_value\":\"Orla Brennick\",\"start_position\":11,")
                    .append("\"end_position\":24},")
                    .append("{\"entity_type\":\"TITLE\",\"entity_value\":\"welder\",\"start_position\":41,")
                    .append("\"end_position\":47}]}");
        }
        Path p = dir.resolve("presidio.json");
        Files.writeString(p, json.append("]").toString());
        return p;
    }

    @Test
    void whenPresidioFileIsMissing_thenAClearErrorAndNoModel() {
        Path out = dir.resolve("m.bin");
        CliRun run = CliRun.of("train-opennlp", "--n", "10", "--presidio", dir.resolve("nope.json").toString(),
                "--out", out.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("Presidio data set not found").contains("nope.json").contains("--presidio");
        assertThat(out).doesNotExist();
    }

    @Test
    void whenKindIsUnknown_thenTheErrorListsTheValidOnes() throws IOException {
        CliRun run = CliRun.of("train-opennlp", "--presidio", presidio().toString(), "--kinds", "name,planet",
                "--out", dir.resolve("m.bin").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("planet").contains("profession");
    }

    @Test
    void trainsALoadableModelAndTheSameOptionsGiveTheSameBytes() throws IOException {
        Path a = dir.resolve("a.bin");
        Path b = dir.resolve("b.bin");
        String p = presidio().toString();
        CliRun run = CliRun.of("train-opennlp", "--n", "30", "--seed", "2", "--presidio", p, "--iterations", "5",
                "--cutoff", "0", "--out", a.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("training documents").contains("Presidio").contains("model");
        CliRun again = CliRun.of("train-opennlp", "--n", "30", "--seed", "2", "--presidio", p, "--iterations", "5",
                "--cutoff", "0", "--out", b.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        try (InputStream in = Files.newInputStream(a)) {
            assertThat(new TokenNameFinderModel(in).getNameFinderSequenceModel().getOutcomes())
                    .contains("name-start", "profession-start");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".partial"));
        }
    }

    @Test
    void caseVariantsAddTruecasedCopiesAndAnUnknownVariantIsRefused() throws IOException {
        String p = presidio().toString();
        Path plain = dir.resolve("plain.bin");
        Path augmented = dir.resolve("augmented.bin");
        assertThat(CliRun.of("train-opennlp", "--n", "30", "--seed", "2", "--presidio", p, "--iterations", "5",
                "--cutoff", "0", "--out", plain.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("train-opennlp", "--n", "30", "--seed", "2", "--presidio", p, "--iterations", "5",
                "--cutoff", "0", "--case-variants", "original,upper,lower", "--out", augmented.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("case variants: original, upper, lower");
        assertThat(Files.readAllBytes(augmented)).isNotEqualTo(Files.readAllBytes(plain));
        CliRun bad = CliRun.of("train-opennlp", "--presidio", p, "--case-variants", "title",
                "--out", dir.resolve("bad.bin").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("title");
        assertThat(dir.resolve("bad.bin")).doesNotExist();
    }
}

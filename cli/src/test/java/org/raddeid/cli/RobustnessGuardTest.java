package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the case-robustness figures of the {@code default} ensemble so a regression fails CI: the dev split of the
 * seed-7 generated corpus (every writing style) and the 300 IU chest X-ray reports, which hold no PHI, each scored in
 * the original, UPPER and lower case variants through {@code evaluate --variants}.
 *
 * <p>The floors sit a little below the figures in docs/EVALUATION.md (2026-12-06, commit 646f0f3: recall
 * 99.93/99.81/99.81%, precision 98.56/97.82/97.92%, IU 0.06/0.13/0.13 flagged tokens per 1,000, that is 1-2 of
 * 15,678). Raise them when the figures rise; never lower them to make a change pass.
 */
class RobustnessGuardTest {

    /** Token recall floor per variant on the dev split. */
    private static final Map<String, Double> RECALL = Map.of("original", 0.997, "upper", 0.995, "lower", 0.995);
    /** Token precision floor per variant on the dev split. */
    private static final Map<String, Double> PRECISION = Map.of("original", 0.980, "upper", 0.973, "lower", 0.974);
    /** Flagged tokens per 1,000 on the IU reports, ceiling per variant. */
    private static final Map<String, Double> IU_FLAGGED = Map.of("original", 0.2, "upper", 0.25, "lower", 0.25);

    @TempDir
    static Path dir;

    private static JsonNode report;

    @BeforeAll
    static void evaluateVariants() throws IOException {
        CliRun gen = CliRun.of("generate", "--n", "1000", "--seed", "7", "--out", dir.toString(), "--format", "jsonl");
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        Path iu = iu300(dir.resolve("iu-300.jsonl"));
        Path json = dir.resolve("robustness.json");
        CliRun eval = CliRun.of("evaluate", "--corpus", dir.resolve("dev.jsonl").toString(), "--unlabelled",
                iu.toString(), "--variants", "original,upper,lower", "--ensemble", "default", "--json",
                json.toString());
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        report = new ObjectMapper().readTree(json.toFile());
    }

    /**
     * Writes the 300 IU reports as {@code {"id","text"}} lines: the rows of {@code iu-cxr-openi-dev.jsonl} whose uid is
     * among those of {@code iu-cxr-openi-300.jsonl}, text unchanged (a temporary file, never committed).
     */
    private static Path iu300(Path out) throws IOException {
        Path reports = Path.of(System.getProperty("raddeid.shared.data"), "reports");
        ObjectMapper json = new ObjectMapper();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String line : java.nio.file.Files.readAllLines(reports.resolve("iu-cxr-openi-300.jsonl"))) {
            ids.add("iu-cxr-" + json.readTree(line).get("uid").asText());
        }
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(reports.resolve("iu-cxr-openi-dev.jsonl"))) {
            if (ids.contains(json.readTree(line).get("id").asText())) {
                kept.add(line);
            }
        }
        assertThat(kept).hasSize(300);
        return java.nio.file.Files.write(out, kept);
    }

    @Test
    void devSplitRecallAndPrecisionHoldInEveryCase() {
        assertThat(report.get("labelled")).hasSize(3);
        for (JsonNode run : report.get("labelled")) {
            String variant = run.get("variant").asText();
            JsonNode token = run.at("/report/token");
            assertThat(token.get("phiTokens").asInt()).as("dev split PHI tokens").isGreaterThan(3000);
            assertThat(token.get("recall").asDouble()).as("token recall, %s", variant)
                    .isGreaterThanOrEqualTo(RECALL.get(variant));
            assertThat(token.get("precision").asDouble()).as("token precision, %s", variant)
                    .isGreaterThanOrEqualTo(PRECISION.get(variant));
        }
    }

    @Test
    void phiFreeRadiologyReportsStayUnflaggedInEveryCase() {
        assertThat(report.get("unlabelled")).hasSize(3);
        for (JsonNode run : report.get("unlabelled")) {
            String variant = run.get("variant").asText();
            assertThat(run.get("docs").asInt()).isEqualTo(300);
            assertThat(run.get("flaggedPerThousand").asDouble()).as("IU flagged tokens per 1,000, %s", variant)
                    .isLessThanOrEqualTo(IU_FLAGGED.get(variant));
        }
    }
}

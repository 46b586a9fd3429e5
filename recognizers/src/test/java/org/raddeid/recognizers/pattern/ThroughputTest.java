package org.raddeid.recognizers.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.text.AnalyzedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the recognizer over the 300 public Open-i chest X-ray reports (already de-identified, so every span found is a
 * false positive or a placeholder) and logs throughput and span counts by subtype. Asserts only sanity, never speed.
 */
class ThroughputTest {

    private static final Logger LOG = LoggerFactory.getLogger(ThroughputTest.class);
    private static final int PASSES = 20;

    @Test
    void whenOpenIReportsRun_thenThroughputIsLoggedAndSpansLieInTexts() throws IOException {
        String shared = System.getProperty("raddeid.shared.data");
        Path file = shared == null ? null : Path.of(shared, "reports", "iu-cxr-openi-300.jsonl");
        assumeTrue(file != null && Files.isRegularFile(file), "shared data absent");
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode r = json.readTree(line);
            texts.add(String.join("\n", "INDICATION: " + r.path("indication").asText(),
                    "COMPARISON: " + r.path("comparison").asText(), "FINDINGS: " + r.path("findings").asText(),
                    "IMPRESSION: " + r.path("impression").asText()));
        }
        PatternRecognizer recognizer = Spans.RECOGNIZER;
        long chars = texts.stream().mapToLong(String::length).sum();
        Map<String, Integer> bySubtype = new TreeMap<>();
        for (String t : texts) {
            for (PhiSpan s : recognizer.recognize(new AnalyzedText(t))) {
                assertThat(s.end()).isLessThanOrEqualTo(t.length());
                bySubtype.merge(String.valueOf(s.subtype()), 1, Integer::sum);
            }
        }
        long t0 = System.nanoTime();
        for (int p = 0; p < PASSES; p++) {
            for (String t : texts) {
                recognizer.recognize(new AnalyzedText(t));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        LOG.info("pattern recognizer: {} reports, {} chars, {} passes in {} s = {} chars/s, {} reports/s;"
                + " spans on this PHI-free corpus by subtype: {}", texts.size(), chars, PASSES,
                String.format("%.2f", seconds), String.format("%.0f", chars * PASSES / seconds),
                String.format("%.0f", texts.size() * PASSES / seconds), bySubtype);
    }
}

package org.raddeid.recognizers.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.text.CodePoints;

/**
 * One test vector transcribed from a peer tool's test suite (see shared/data/peer-vectors/README.md).
 *
 * @param peer file stem: {@code presidio} or {@code phileas}
 * @param line 1-based line in the file
 * @param test the peer's test name
 * @param entity the peer's entity label (mixed-entity records are skipped by the loader)
 * @param text the input
 * @param expectedCount results the peer asserts; 0 for a negative vector
 * @param spans expected spans in Java chars, empty when only a count is given
 * @param countOnly true when positions are missing or partial
 */
record PeerVector(String peer, int line, String test, String entity, String text, int expectedCount,
        List<int[]> spans, boolean countOnly) {

    boolean negative() {
        return expectedCount == 0;
    }

    String id() {
        return peer + ":" + line;
    }

    static List<PeerVector> load(Path file, String peer) {
        ObjectMapper json = new ObjectMapper();
        List<PeerVector> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                JsonNode r = json.readTree(lines.get(i));
                if (!r.path("entity").isTextual()) {
                    continue;
                }
                String text = r.path("text").asText();
                CodePoints cp = CodePoints.of(text);
                int count = r.has("expected_count") && !r.get("expected_count").isNull()
                        ? r.get("expected_count").asInt() : r.path("expected_count_at_least").asInt(1);
                List<int[]> spans = new ArrayList<>();
                boolean countOnly = r.path("expected_partial").asBoolean(false) || r.has("expected_count_at_least");
                for (JsonNode e : r.path("expected")) {
                    if (!e.has("start") || !e.has("end")) {
                        countOnly = true;
                        continue;
                    }
                    spans.add(new int[] {cp.toChar(e.get("start").asInt()), cp.toChar(e.get("end").asInt())});
                }
                if (spans.isEmpty()) {
                    countOnly = true;
                }
                out.add(new PeerVector(peer, i + 1, r.path("test").asText(), r.get("entity").asText(), text, count,
                        List.copyOf(spans), countOnly));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

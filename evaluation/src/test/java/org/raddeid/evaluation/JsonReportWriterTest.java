package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raddeid.evaluation.Fixtures.doc;
import static org.raddeid.evaluation.Fixtures.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReportWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"/token/recall", "/token/precision", "/entity/strict/f1", "/entity/overlap/f1", "/docs",
        "/docsWithLeak", "/missesTotal", "/falsePositivesTotal", "/throughput/reportsPerSecond",
        "/throughput/charsPerSecond", "/throughput/docs", "/throughput/chars", "/throughput/seconds",
        "/perType/NAME/tokenRecall", "/perType/NAME/support", "/perType/NAME/entityStrict/f1",
        "/perOrigin/HISPANIC/tokenRecall", "/perSubtype/PATIENT/tokenRecall", "/entity/strict/tp"})
    void whenWritten_thenEachDocumentedKeyIsANumber(String pointer) throws Exception {
        JsonNode root = MAPPER.readTree(JsonReportWriter.toJson(ReportSamples.threeDocuments()));

        assertThat(root.at(pointer).isNumber()).as(pointer).isTrue();
    }

    @Test
    void whenWritten_thenFiguresMatchTheHandCount() throws Exception {
        JsonNode root = MAPPER.readTree(JsonReportWriter.toJson(ReportSamples.threeDocuments()));

        assertThat(root.at("/docs").asLong()).isEqualTo(3);
        assertThat(root.at("/docsWithLeak").asLong()).isEqualTo(2);
        assertThat(root.at("/token/recall").asDouble()).isEqualTo(5.0 / 8.0);
        assertThat(root.at("/token/precision").asDouble()).isEqualTo(5.0 / 6.0);
        assertThat(root.at("/entity/strict/tp").asLong()).isEqualTo(2);
        assertThat(root.at("/corpus").asText()).isEqualTo("corpus <b>");
        assertThat(root.at("/throughput/reportsPerSecond").asDouble()).isEqualTo(1500.0);
    }

    @Test
    void whenMissFollowsAnEmoji_thenJsonOffsetsAreCodePoints() throws Exception {
        JsonNode root = MAPPER.readTree(JsonReportWriter.toJson(ReportSamples.threeDocuments()));

        JsonNode miss = Stream.of(root.at("/misses").elements()).flatMap(it -> {
            Stream.Builder<JsonNode> b = Stream.builder();
            it.forEachRemaining(b);
            return b.build();
        }).filter(m -> m.get("docId").asText().equals("d3")).findFirst().orElseThrow();
        assertThat(miss.get("start").asInt()).isEqualTo(2);
        assertThat(miss.get("end").asInt()).isEqualTo(6);
        assertThat(miss.get("text").asText()).isEqualTo("John");
    }

    @Test
    void whenRatioHasNoDenominator_thenJsonHoldsNull() throws Exception {
        JsonNode root = MAPPER.readTree(JsonReportWriter.toJson(score(doc("e", ""))));

        assertThat(root.has("token")).isTrue();
        assertThat(root.at("/token/recall").isNull()).isTrue();
        assertThat(root.at("/entity/strict/f1").isNull()).isTrue();
        assertThat(root.at("/docs").asLong()).isEqualTo(1);
    }

    @Test
    void whenWrittenToAFile_thenItParsesAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("sub/report.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old");

        JsonReportWriter.write(ReportSamples.threeDocuments(), target);

        assertThat(MAPPER.readTree(target.toFile()).at("/docs").asLong()).isEqualTo(3);
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}

package org.raddeid.corpora.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;

class PresidioReaderTest {

    private static Path dataFile;
    private static PresidioReader.Reading reading;

    @BeforeAll
    static void readSharedFile() throws IOException {
        String shared = System.getProperty("raddeid.shared.data");
        Path file = shared == null ? null : Path.of(shared, "labelled", "presidio-research-synth_dataset_v2.json");
        if (file != null && Files.isRegularFile(file)) {
            dataFile = file;
            reading = new PresidioReader().readCounting(file);
        }
    }

    private static void assumeData() {
        assumeThat(dataFile).as("shared data (raddeid.shared.data) is present").isNotNull();
    }

    @Test
    void whenSharedFileIsRead_thenAll1500DocumentsArriveWithoutProblems() {
        assumeData();

        assertThat(reading.corpus().problems()).isEmpty();
        assertThat(reading.corpus().documents()).hasSize(1500);
        assertThat(reading.corpus().documents().get(0).id()).isEqualTo("presidio-0001");
        assertThat(reading.corpus().documents().get(1499).id()).isEqualTo("presidio-1500");
    }

    @Test
    void whenSharedFileIsRead_thenEveryAnnotationCoversItsEntityValue() throws IOException {
        assumeData();
        JsonNode root = new ObjectMapper().readTree(dataFile.toFile());
        List<String> mismatches = new ArrayList<>();
        int kept = 0;

        for (int i = 0; i < root.size(); i++) {
            LabelledDocument doc = reading.corpus().documents().get(i);
            List<String> expected = new ArrayList<>();
            for (JsonNode span : root.get(i).get("spans")) {
                String type = span.get("entity_type").asText();
                String value = span.get("entity_value").asText();
                if (!type.equals("NRP") && !(type.equals("TITLE") && value.matches("(?i)(mr|mrs|ms|miss|dr)\\.?"))) {
                    expected.add(value);
                }
            }
            List<String> covered = doc.annotations().stream().map(doc::covered).toList();
            if (!new ArrayList<>(covered).containsAll(expected) || covered.size() != expected.size()) {
                mismatches.add(doc.id());
            }
            kept += covered.size();
        }

        assertThat(mismatches).isEmpty();
        assertThat(kept).isEqualTo(2863 - 55 - 61);
    }

    @Test
    void whenSharedFileIsRead_thenNrpAndHonorificsAreDroppedAndCounted() {
        assumeData();

        assertThat(reading.droppedByEntityType()).containsEntry("NRP", 55).containsEntry("TITLE", 61).hasSize(2);
    }

    @Test
    void whenSharedFileIsRead_thenEntityTypesMapAsDocumented() {
        assumeData();
        List<Annotation> all = reading.corpus().documents().stream().flatMap(d -> d.annotations().stream()).toList();

        assertThat(all).filteredOn(a -> a.type() == PhiType.NAME).hasSize(857)
                .allSatisfy(a -> assertThat(a.subtype()).isNull());
        assertThat(all).filteredOn(a -> a.subtype() == PhiSubtype.PROFESSION).hasSize(31);
        assertThat(all).filteredOn(a -> a.subtype() == PhiSubtype.ACCOUNT).hasSize(136 + 21);
        assertThat(all).filteredOn(a -> a.type() == PhiType.LOCATION && a.subtype() == null).hasSize(411);
        assertThat(all).filteredOn(a -> a.subtype() == PhiSubtype.STREET).hasSize(598);
    }

    @Test
    void whenEntityValueDiffersOrTypeIsUnknown_thenDocumentIsSkipped(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("p.json");
        Files.writeString(f, """
                [{"full_text":"Call Zelda","spans":[{"entity_type":"PERSON","entity_value":"Zelda",
                  "start_position":5,"end_position":10}]},
                 {"full_text":"Call Zelda","spans":[{"entity_type":"PERSON","entity_value":"Quimby",
                  "start_position":5,"end_position":10}]},
                 {"full_text":"Call Zelda","spans":[{"entity_type":"WIZARD","entity_value":"Zelda",
                  "start_position":5,"end_position":10}]}]
                """);

        PresidioReader.Reading r = new PresidioReader().readCounting(f);

        assertThat(r.corpus().documents()).extracting(LabelledDocument::id).containsExactly("presidio-0001");
        assertThat(r.corpus().problems()).hasSize(2);
        assertThat(r.corpus().problems().get(0).message()).contains("presidio-0002").doesNotContain("Quimby");
        assertThat(r.corpus().problems().get(1).message()).contains("'WIZARD'");
    }
}

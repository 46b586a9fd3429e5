package org.raddeid.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.recognizers.Policies;

/** The field map: the shipped file covers what the issue lists and what the samples hold; bad rows name file:line. */
class FieldMapTest {

    /** Per segment, the fields the issue names as PHI, each of which must have a row that rewrites it. */
    private static final Map<String, List<Integer>> REQUIRED = Map.of(
            "PID", List.of(2, 3, 4, 5, 6, 7, 11, 13, 14, 18, 19, 20),
            "NK1", List.of(2, 4, 5, 6, 30, 31, 32),
            "PV1", List.of(3, 7, 8, 9, 17, 19, 50),
            "ORC", List.of(2, 3, 9, 10, 12),
            "OBR", List.of(2, 3, 6, 7, 16, 18, 32),
            "MSH", List.of(4, 6, 7, 10),
            "EVN", List.of(2, 5, 6),
            "IN1", List.of(4, 5, 16, 18, 19, 36, 49),
            "MRG", List.of(1, 7));

    @Test
    void theShippedMap_rewritesEveryFieldTheIssueLists() {
        FieldMap map = FieldMap.shipped();
        REQUIRED.forEach((seg, fields) -> {
            for (int f : fields) {
                FieldMap.Rule r = map.rule(seg, f, 1, 1);
                assertThat(r).as(seg + "-" + f).isNotNull();
                assertThat(r.layout()).as(seg + "-" + f).isNotIn(Layout.KEEP);
                assertThat(r.operator()).as(seg + "-" + f).isNotEqualTo(FieldMap.FieldOperator.KEEP);
            }
        });
        assertThat(map.rule("PID", 3, 1, 1).operator()).isEqualTo(FieldMap.FieldOperator.PSEUDONYM);
        assertThat(map.rule("PID", 7, 1, 1).subtype()).isEqualTo(PhiSubtype.DOB);
        assertThat(map.rule("OBX", 5, 1, 1).layout()).isEqualTo(Layout.OBSERVATION);
        assertThat(map.rule("NTE", 3, 1, 1).layout()).isEqualTo(Layout.TEXT);
    }

    @Test
    void everySegmentOfTheSamples_hasRows_andEveryMappedSegmentEmptiesFieldsItDoesNotKnow() throws Exception {
        FieldMap map = FieldMap.shipped();
        Set<String> seen = new TreeSet<>();
        for (Path p : Samples.all()) {
            for (MessageSplitter.RawMessage m : MessageSplitter.split(Files.readString(p)).messages()) {
                for (String seg : m.text().split("\r")) {
                    seen.add(seg.substring(0, 3));
                }
            }
        }
        assertThat(seen).contains("PID", "PV1", "OBR", "OBX", "MRG", "IPC");
        for (String s : seen) {
            assertThat(map.covers(s)).as("segment " + s + " in the field map").isTrue();
            FieldMap.Rule unknown = map.rule(s, 999, 1, 1);
            assertThat(unknown).as(s + " * row").isNotNull();
            assertThat(unknown.layout()).as(s + " * row").isEqualTo(Layout.CLEAR);
        }
        assertThat(map.covers("ZPI")).isTrue();
        assertThat(map.rule("ZPI", 1, 1, 1).layout()).isEqualTo(Layout.CLEAR);
        assertThat(map.covers("QRD")).as("a v2.5.1 segment").isTrue();
        assertThat(map.covers("YXA")).as("no standard segment").isFalse();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        "PID 5 * name PATIENT;expected 6 columns (segment field component layout subtype operator), found 5",
        "PI 5 * name PATIENT policy;segment must be three letters or digits (or Z*), was 'PI'",
        "PID 0 * name PATIENT policy;field must be a number from 1 or *, was '0'",
        "PID 5 x name PATIENT policy;component must be *, N or N.M (from 1), was 'x'",
        "PID * 1 name PATIENT policy;a row for every field (*) cannot name a component",
        "PID 5 * nom PATIENT policy;unknown layout 'nom'",
        "PID 5 * name PATIENTS policy;unknown PHI subtype 'PATIENTS'",
        "PID 5 * name PATIENT scramble;operator must be policy, pseudonym, remove or keep, was 'scramble'",
        "PID 5 * name - policy;layout name needs a subtype for operator policy"})
    void aBadRow_isRejectedWithFileAndLine(String row, String message) {
        assertThatThrownBy(() -> FieldMap.parse("# comment\nMSH 1 * keep - keep\n" + row + "\n", "my.tsv"))
                .isInstanceOf(FieldMap.FieldMapException.class).hasMessageStartingWith("my.tsv:3: " + message);
    }

    @Test
    void aSecondRowForTheSameField_isRejected() {
        assertThatThrownBy(() -> FieldMap.parse("PID 5 * name PATIENT policy\nPID 5 * keep - keep\n", "m.tsv"))
                .hasMessage("m.tsv:2: a second row for PID field 5 component *");
    }

    @Test
    void aZSegment_isEmptied_andCountedAsSuch() {
        Hl7Deidentifier.Outcome o = Samples.bridge("surrogate").process(ConsistencyTest.MESSAGE
                + "ZPI|1|Quartermaine^Zebulon|555-867-5309\r");
        assertThat(o.ok()).isTrue();
        assertThat(o.text()).doesNotContain("Quartermaine", "Zebulon", "867-5309");
        assertThat(o.stats().zSegmentsEmptied()).containsEntry("ZPI", 1L);
        assertThat(o.stats().segmentsEmptied()).isEmpty();
    }

    @Test
    void aMissingFile_isNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> FieldMap.load(dir.resolve("none.tsv")))
                .hasMessageStartingWith("cannot read field map " + dir.resolve("none.tsv"));
    }

    @Test
    void aUserMap_overridesTheShippedOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keep-names.tsv");
        Files.writeString(file, "MSH * * keep - keep\nPID 5 * name PATIENT keep\nPID 3 * id MEDICALRECORD pseudonym\n"
                + "PID * * clear - remove\n");
        FieldMap map = FieldMap.load(file);
        Hl7Deidentifier bridge = new Hl7Deidentifier(Samples.fast(), new Hl7Deidentifier.Settings(
                Policies.named("safe-harbor"), Samples.SECRET, map, PatientKeyField.DEFAULT));
        Hl7Deidentifier.Outcome o = bridge.process(ConsistencyTest.MESSAGE);
        // the map keeps the patient's name, which the last check before writing does not let through
        assertThat(o.ok()).isFalse();
        assertThat(o.rejection().segment()).isEqualTo("PID");
        assertThat(o.rejection().field()).isEqualTo(5);
        assertThat(o.rejection().reason()).doesNotContain("Hartmann");

        Files.writeString(file, "MSH * * keep - keep\nPID 5 * name PATIENT policy\nPID 3 * id MEDICALRECORD "
                + "pseudonym\nPID * * clear - remove\n");
        Hl7Deidentifier.Outcome ok = new Hl7Deidentifier(Samples.fast(), new Hl7Deidentifier.Settings(
                Policies.named("safe-harbor"), Samples.SECRET, FieldMap.load(file), PatientKeyField.DEFAULT))
                .process(ConsistencyTest.MESSAGE);
        assertThat(ok.ok()).isTrue();
        assertThat(Er7.get(ok.text(), "PID", 5, 1)).isEqualTo("[NAME]");
        assertThat(Er7.get(ok.text(), "PID", 7, 1)).isEmpty();
        assertThat(ok.text()).doesNotContain("OBR|", "Okafor"); // segments without rows are emptied
        assertThat(ok.stats().segmentsEmptied()).containsKeys("OBR", "OBX", "NTE");
    }
}

package org.raddeid.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crafted messages of the types public feeds carry (SIU, VXU, OML, DFT and an ORU built to leak through every field
 * the issue found), and the public samples: every standard segment survives with its non-PHI fields, the output
 * parses, and no known identifier or typed-field leak comes through.
 */
class CraftedMessagesTest {

    static final List<String> CRAFTED = List.of("SIU_S12.hl7", "VXU_V04.hl7", "OML_O21.hl7", "DFT_P03.hl7",
            "ORU_R01-leaks.hl7");

    static String crafted(String name) throws IOException {
        try (InputStream in = CraftedMessagesTest.class.getResourceAsStream("crafted/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Stream<String> messages() throws IOException {
        List<String> out = new ArrayList<>();
        for (String c : CRAFTED) {
            out.add("crafted/" + c);
        }
        for (Path p : Samples.all()) {
            out.add(p.getFileName().toString());
        }
        return out.stream();
    }

    private static String read(String name) throws IOException {
        return name.startsWith("crafted/") ? crafted(name.substring(8)) : Samples.read(name);
    }

    /** Segment names and how often each occurs, Z-segments left out. */
    private static Map<String, Integer> segments(String message) {
        Map<String, Integer> n = new TreeMap<>();
        for (String s : message.split("\r|\n")) {
            if (s.length() >= 3 && !s.startsWith("Z")) {
                n.merge(s.substring(0, 3), 1, Integer::sum);
            }
        }
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void everyStandardSegmentOfTheInput_isInTheOutput_whichParses(String name) throws Exception {
        for (String policy : List.of("surrogate", "safe-harbor")) {
            MessageSplitter.RawMessage raw = MessageSplitter.split(read(name)).messages().get(0);
            Hl7Deidentifier.Outcome o = Samples.bridge(policy).process(raw);
            assertThat(o.rejection()).as(name + " " + policy).isNull();
            assertThat(Hl7Deidentifier.parser().parse(o.text()).getName()).isNotBlank();
            assertThat(segments(o.text())).as(name + " " + policy).isEqualTo(segments(raw.text()));
            assertThat(o.stats().segmentsEmptied()).isEmpty();
            assertThat(o.stats().allPhiSegmentsEmptied()).isEmpty();
        }
    }

    @Test
    void theLeakMessage_losesTheNameInEveryTypedAndCodedField_theSsnTheDoctorTheDatesAndTheClinic() throws Exception {
        String in = crafted("ORU_R01-leaks.hl7");
        Hl7Deidentifier.Outcome o = Samples.bridge("surrogate").process(in);
        assertThat(o.rejection()).isNull();
        String out = o.text();
        assertThat(out.toUpperCase()).doesNotContain("EVERYWOMAN", "HIPPOCRATES", "HOWARD", "EVERYMAN");
        assertThat(out).doesNotContain("444-44-4444", "Sept 20", "20240307|", "12 Elm Street", "^20240307");
        assertThat(Er7.get(out, "NTE", 2, 1)).startsWith("scheduled on ").isNotEqualTo("scheduled on Sept 20");
        // typed values that are what their type says come out as they were
        assertThat(out).contains("OBX|8|NM|8867-4^Heart rate^LN||72|/min|60-100", "OBX|9|TM|44444-4^Time^LN||1230",
                "OBX|10|SN|33333-3^Ratio^LN||<^5", "71020^CHEST 2 VIEWS^C4");
        assertThat(Er7.get(out, "PID", 10, 1)).isEqualTo("2106-3");
        assertThat(o.stats().keptVerbatim()).containsKeys("OBX-3", "OBX-6", "PID-10", "MSH-9");
        assertThat(o.stats().fields().get("OBX-5")).containsKey("checked-as-text");
    }

    @Test
    void theOtherCraftedMessages_loseTheirPatientRelativesAndGuarantor_butKeepTheVaccineAndTheAppointment()
            throws Exception {
        for (String name : List.of("SIU_S12.hl7", "VXU_V04.hl7", "OML_O21.hl7", "DFT_P03.hl7")) {
            Hl7Deidentifier.Outcome o = Samples.bridge("surrogate").process(crafted(name));
            assertThat(o.rejection()).as(name).isNull();
            assertThat(o.text().toUpperCase()).as(name).doesNotContain("QUARTERMAINE", "ZEBULON", "HYACINTH",
                    "LARKSPUR", "MRN-0077123", "999-12-3456", "999-77-1234", "555-0188", "19580214");
        }
        String vxu = Samples.bridge("surrogate").process(crafted("VXU_V04.hl7")).text();
        assertThat(Er7.get(vxu, "RXA", 5, 1)).isEqualTo("141");
        assertThat(Er7.get(vxu, "RXA", 5, 2)).isEqualTo("Influenza, seasonal, injectable");
        assertThat(Er7.get(vxu, "RXR", 1, 2)).isEqualTo("Intramuscular");
        String siu = Samples.bridge("surrogate").process(crafted("SIU_S12.hl7")).text();
        assertThat(Er7.get(siu, "SCH", 25, 1)).isEqualTo("BOOKED");
        assertThat(Er7.get(siu, "AIS", 3, 2)).isEqualTo("MRI prostate with and without contrast");
        assertThat(siu).doesNotContain("Okafor", "Mercy Hospital");
    }

    @Test
    void aSegmentTheMapListsAsAllPhi_isEmptied_andNamedInTheStats() throws Exception {
        StringBuilder map = new StringBuilder(new String(FieldMap.class.getResourceAsStream(FieldMap.RESOURCE)
                .readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^GT1 .*$", ""));
        map.append("\nGT1 * * clear - remove\n");
        FieldMap custom = FieldMap.parse(map.toString(), "test");
        Hl7Deidentifier bridge = new Hl7Deidentifier(Samples.fast(), new Hl7Deidentifier.Settings(
                org.raddeid.recognizers.Policies.named("surrogate"), Samples.SECRET, custom, PatientKeyField.DEFAULT));
        Hl7Deidentifier.Outcome o = bridge.process(crafted("VXU_V04.hl7"));
        assertThat(o.ok()).isTrue();
        assertThat(o.text()).doesNotContain("GT1|");
        assertThat(o.stats().allPhiSegmentsEmptied()).containsEntry("GT1", 1L);
    }
}

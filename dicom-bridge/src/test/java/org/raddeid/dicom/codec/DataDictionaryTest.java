package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PS3.6 dictionary: known tags, repeating groups and ranges, the PS3.5 rules, and the resource's provenance. */
class DataDictionaryTest {

    private static DataDictionary.Entry entry(int group, int element) {
        return DataDictionary.lookup(new Tag(group, element)).orElseThrow();
    }

    @Test
    void whenCommonTagsAreLookedUp_thenVrVmAndKeywordArePs36s() {
        assertThat(entry(0x0010, 0x0010)).isEqualTo(new DataDictionary.Entry(List.of(Vr.PN), "1", "PatientName", false));
        assertThat(entry(0x0008, 0x0020)).isEqualTo(new DataDictionary.Entry(List.of(Vr.DA), "1", "StudyDate", false));
        assertThat(entry(0x0008, 0x0008).vm()).isEqualTo("2-n");
        assertThat(entry(0x0008, 0x1115).vrs()).containsExactly(Vr.SQ);
    }

    @Test
    void whenATagAllowsSeveralVrs_thenAllAreKeptAndImplicitVrFollowsPs35() {
        DataDictionary.Entry pixelData = entry(0x7FE0, 0x0010);
        assertThat(pixelData.vrs()).containsExactly(Vr.OB, Vr.OW);
        assertThat(pixelData.keyword()).isEqualTo("PixelData");
        assertThat(pixelData.implicitVr()).isEqualTo(Vr.OW);

        DataDictionary.Entry smallest = entry(0x0028, 0x0106);
        assertThat(smallest.vrs()).containsExactly(Vr.US, Vr.SS);
        assertThat(smallest.implicitVr()).isEqualTo(Vr.US);

        assertThat(entry(0x0028, 0x3006).vrs()).as("LUT Data").containsExactly(Vr.US, Vr.SS, Vr.OW);
        assertThat(entry(0xFFFE, 0xE000).vrs()).as("Item has no VR").isEmpty();
    }

    @Test
    void whenRepeatingGroupsAreLookedUp_thenEveryEvenGroupOfTheRangeMatches() {
        DataDictionary.Entry overlayData = entry(0x6002, 0x3000);
        assertThat(overlayData.keyword()).isEqualTo("OverlayData");
        assertThat(overlayData.vrs()).containsExactly(Vr.OB, Vr.OW);
        assertThat(entry(0x60FE, 0x0010).keyword()).isEqualTo("OverlayRows");

        DataDictionary.Entry curve = entry(0x5004, 0x0005);
        assertThat(curve).isEqualTo(new DataDictionary.Entry(List.of(Vr.US), "1", "CurveDimensions", true));
        assertThat(entry(0x0020, 0x3105).keyword()).as("element range (0020,31xx)").isEqualTo("SourceImageIDs");
        assertThat(entry(0x7F02, 0x0010).keyword()).isEqualTo("VariablePixelData");
    }

    @Test
    void whenAnOddGroupFallsInARepeatingRange_thenItIsPrivateNotACurveOrOverlay() {
        assertThat(DataDictionary.lookup(new Tag(0x6001, 0x3000))).isEmpty();
        assertThat(DataDictionary.lookup(new Tag(0x5001, 0x0005))).isEmpty();
    }

    @Test
    void whenGroupLengthOrPrivateCreatorIsLookedUp_thenPs35RulesApply() {
        assertThat(DataDictionary.implicitVr(new Tag(0x0009, 0x0000))).isEqualTo(Vr.UL);
        assertThat(DataDictionary.implicitVr(new Tag(0x0028, 0x0000))).isEqualTo(Vr.UL);
        assertThat(entry(0x0002, 0x0000).keyword()).isEqualTo("FileMetaInformationGroupLength");
        assertThat(DataDictionary.implicitVr(new Tag(0x0029, 0x0010))).isEqualTo(Vr.LO);
        assertThat(DataDictionary.implicitVr(new Tag(0x0029, 0x00FF))).isEqualTo(Vr.LO);
        assertThat(entry(0x7FE1, 0x0010).keyword()).isEqualTo("PrivateCreator");
    }

    @Test
    void whenATagIsUnknown_thenLookupIsEmptyAndImplicitVrIsUn() {
        assertThat(DataDictionary.lookup(new Tag(0x0029, 0x1010))).as("private data element").isEmpty();
        assertThat(DataDictionary.lookup(new Tag(0x0029, 0x0100))).isEmpty();
        assertThat(DataDictionary.lookup(new Tag(0x0010, 0x0011))).as("not in PS3.6").isEmpty();
        assertThat(DataDictionary.implicitVr(new Tag(0x0010, 0x0011))).isEqualTo(Vr.UN);
    }

    @Test
    void whenTheResourceIsLoaded_thenItHoldsTheWholeDictionaryAndStaysSmall() throws IOException {
        assertThat(DataDictionary.size()).isEqualTo(4991);
        try (InputStream in = DataDictionary.class.getResourceAsStream(DataDictionary.RESOURCE)) {
            assertThat(in.readAllBytes().length).isLessThan(1 << 20);
        }
    }

    @Test
    void whenTheResourceHeaderIsRead_thenItNamesSourceEditionVersionAndRegeneration() {
        String header = String.join("\n", DataDictionary.header());

        assertThat(header).contains("/usr/share/libdcmtk17/dicom.dic").contains("PS 3.6-2022b")
                .contains("DCMTK 3.6.7").contains("Debian bookworm").contains("LICENSE-DCMTK.txt")
                .contains("Regenerate: java dicom-bridge/src/test/java/org/raddeid/dicom/codec/DictionaryGenerator.java");
    }

    @Test
    void whenTheLicenceNoticeIsRead_thenItKeepsOffisCopyrightAndConditions() throws IOException {
        try (InputStream in = DataDictionary.class.getResourceAsStream("LICENSE-DCMTK.txt")) {
            assertThat(in).as("LICENSE-DCMTK.txt beside the dictionary").isNotNull();
            String notice = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(notice).contains("Copyright (C) 1994-2022, OFFIS e.V.")
                    .contains("Redistributions in binary form must reproduce the above copyright");
        }
    }

    @Test
    void whenTheGeneratorConvertsRanges_thenTheyBecomeXxPatterns() {
        assertThat(DictionaryGenerator.pattern("(6000-60FF,3000)")).isEqualTo("(60xx,3000)");
        assertThat(DictionaryGenerator.pattern("(0020,3100-31FF)")).isEqualTo("(0020,31xx)");
        assertThat(DictionaryGenerator.pattern("(7fe0,0010)")).isEqualTo("(7FE0,0010)");
    }
}

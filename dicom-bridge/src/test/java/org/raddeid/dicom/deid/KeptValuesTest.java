package org.raddeid.dicom.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raddeid.dicom.deid.Ds.put;
import static org.raddeid.dicom.deid.Ds.seq;
import static org.raddeid.dicom.deid.Ds.tag;
import static org.raddeid.dicom.deid.Ds.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.raddeid.dicom.codec.DataDictionary;
import org.raddeid.dicom.codec.DataElement;
import org.raddeid.dicom.codec.DataSet;
import org.raddeid.dicom.codec.DicomWriter;
import org.raddeid.dicom.codec.Tag;
import org.raddeid.dicom.codec.Vr;

/**
 * Crafted files for each leak the issue found on other people's data (a marker value in code strings, numbers,
 * times, unlisted patient-module attributes and code meanings) and for each piece of utility that was destroyed
 * (device attributes, imaging vocabulary in descriptors, class UIDs): the marker never survives, anywhere in the
 * written bytes, and the utility does.
 */
class KeptValuesTest {

    private static final String MARKER = "PHANTOMMARKER";

    /** A phantom-like file: the patient's name and ID hold the marker, and so do many attributes nobody cleans. */
    private static DataSet phantom() {
        DataSet ds = Ds.minimal();
        put(ds, 0x0010, 0x0010, Vr.PN, MARKER + "^JANE");
        put(ds, 0x0010, 0x0020, Vr.LO, MARKER + "-ID");
        put(ds, 0x0010, 0x0035, Vr.CS, MARKER);                  // PatientAlternativeCalendar: unlisted, patient module
        put(ds, 0x0010, 0x2298, Vr.CS, MARKER);                  // ResponsiblePersonRole: unlisted, patient module
        put(ds, 0x0018, 0x0015, Vr.CS, MARKER);                  // BodyPartExamined: valid CS, a known name part
        put(ds, 0x0008, 0x0008, Vr.CS, "ORIGINAL\\PRIMARY\\" + MARKER);
        put(ds, 0x0018, 0x0050, Vr.DS, "Jane " + MARKER);       // SliceThickness: not a number
        put(ds, 0x0020, 0x0013, Vr.IS, MARKER);                  // InstanceNumber: not an integer
        put(ds, 0x0008, 0x0031, Vr.TM, MARKER);                  // SeriesTime: not a time
        put(ds, 0x0040, 0x0007, Vr.LO, "Exam of " + MARKER);     // ScheduledProcedureStepDescription (table C)
        DataSet code = new DataSet();
        put(code, 0x0008, 0x0100, Vr.SH, "T-D4000");
        put(code, 0x0008, 0x0102, Vr.SH, "SCT");
        put(code, 0x0008, 0x0104, Vr.LO, MARKER + " Jane");
        seq(ds, 0x0008, 0x2218, code);                           // AnatomicRegionSequence: a standard code meaning
        return ds;
    }

    @Test
    void aMarkerInCodesNumbersTimesPatientModulesAndCodeMeanings_neverSurvives() throws Exception {
        DicomDeidentifier.Result r = TestEngine.surrogate().process(Ds.file(phantom()));
        DataSet out = r.file().dataSet();
        String bytes = new String(DicomWriter.write(r.file()), StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        assertThat(bytes).doesNotContain(MARKER);
        assertThat(out.contains(tag(0x0010, 0x0035))).as("unlisted patient-module attribute").isFalse();
        assertThat(out.contains(tag(0x0010, 0x2298))).as("unlisted patient-module attribute").isFalse();
        assertThat(text(out, 0x0018, 0x0050)).as("a DS that is no number").isEmpty();
        assertThat(text(out, 0x0020, 0x0013)).as("an IS that is no integer").isEmpty();
        assertThat(text(out, 0x0008, 0x0031)).as("a TM that is no time").isEmpty();
        assertThat(text(out, 0x0008, 0x0008)).startsWith("ORIGINAL\\PRIMARY\\");
        assertThat(r.report().checkedAsText()).containsKeys("BodyPartExamined", "ImageType", "SliceThickness",
                "InstanceNumber", "SeriesTime", "CodeMeaning");
        assertThat(r.report().leftovers()).isZero();
    }

    @Test
    void deviceAttributes_modality_contrastPhrasesAndClassUids_comeOutUnchanged() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0008, 0x0016, Vr.UI, "1.2.840.113619.4.30");                   // a private SOP class
        put(ds, 0x0008, 0x0060, Vr.CS, "MG");
        put(ds, 0x0008, 0x0070, Vr.LO, "GE MEDICAL SYSTEMS");
        put(ds, 0x0008, 0x1090, Vr.LO, "Lorad Selenia");
        put(ds, 0x0018, 0x1020, Vr.LO, "1.4.0.7");
        put(ds, 0x0018, 0x0024, Vr.SH, "*tfl3d1_16ns");
        put(ds, 0x0018, 0x1210, Vr.SH, "STANDARD");
        put(ds, 0x0018, 0x0015, Vr.CS, "BREAST");
        put(ds, 0x0008, 0x1030, Vr.LO, "MRI BRAIN W AND WO CONTRAST");
        put(ds, 0x0008, 0x103E, Vr.LO, "MR LUMBAR SPINE WO");
        put(ds, 0x0018, 0x1030, Vr.LO, "T2 TSE TRA");
        put(ds, 0x0018, 0x9424, Vr.LT, "MG DBT BILAT SCREENING");
        DataSet ref = new DataSet();
        put(ref, 0x0008, 0x1150, Vr.UI, "1.2.840.113619.4.30");
        put(ref, 0x0008, 0x1155, Vr.UI, "1.2.3.4.5.6.7.8.9.1");
        seq(ds, 0x0008, 0x1140, ref);
        DicomDeidentifier.Result r = TestEngine.surrogate().process(Ds.file(ds));
        DataSet out = r.file().dataSet();
        assertThat(text(out, 0x0008, 0x0016)).isEqualTo("1.2.840.113619.4.30");
        DataSet item = out.get(tag(0x0008, 0x1140)).sequence().items().get(0).dataSet();
        assertThat(text(item, 0x0008, 0x1150)).isEqualTo("1.2.840.113619.4.30");
        assertThat(text(item, 0x0008, 0x1155)).as("instance UIDs are remapped").startsWith("2.25.");
        assertThat(text(out, 0x0008, 0x0060)).isEqualTo("MG");
        assertThat(text(out, 0x0008, 0x0070)).isEqualTo("GE MEDICAL SYSTEMS");
        assertThat(text(out, 0x0008, 0x1090)).isEqualTo("Lorad Selenia");
        assertThat(text(out, 0x0018, 0x1020)).isEqualTo("1.4.0.7");
        assertThat(text(out, 0x0018, 0x0024)).isEqualTo("*tfl3d1_16ns");
        assertThat(text(out, 0x0018, 0x1210)).isEqualTo("STANDARD");
        assertThat(text(out, 0x0018, 0x0015)).isEqualTo("BREAST");
        assertThat(text(out, 0x0008, 0x1030)).isEqualTo("MRI BRAIN W AND WO CONTRAST");
        assertThat(text(out, 0x0008, 0x103E)).isEqualTo("MR LUMBAR SPINE WO");
        assertThat(text(out, 0x0018, 0x1030)).isEqualTo("T2 TSE TRA");
        assertThat(text(out, 0x0018, 0x9424)).isEqualTo("MG DBT BILAT SCREENING");
        assertThat(r.report().kept()).containsKeys("Manufacturer", "ManufacturerModelName", "SoftwareVersions",
                "Modality", "SOPClassUID", "StudyDescription");
        assertThat(r.report().leftovers()).as("no recognizer hit left in kept descriptors").isZero();
    }

    @Test
    void aDescriptorStillLosesANameAndItsMonthAndYearMoveWithTheShift() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0008, 0x103E, Vr.LO, "CT CHEST W CONTRAST FOR SMITH");
        put(ds, 0x0020, 0x4000, Vr.LT, "PARENCHYMAL PHASE Sep1999");
        DataSet out = TestEngine.surrogate().process(Ds.file(ds)).file().dataSet();
        assertThat(text(out, 0x0008, 0x103E)).startsWith("CT CHEST W CONTRAST FOR ").doesNotContain("SMITH");
        assertThat(text(out, 0x0020, 0x4000)).startsWith("PARENCHYMAL PHASE ").doesNotContain("Sep1999")
                .matches("PARENCHYMAL PHASE [A-Z][a-z]{2}\\d{4}");
    }

    @Test
    void anAttributeTheDictionaryDoesNotKnow_isRemoved_andTheResidualCheckCoversEveryValue() throws Exception {
        DataSet ds = Ds.minimal();
        ds.put(DataElement.ofBytes(new Tag(0x0019 - 1, 0x7777), Vr.UN, (MARKER + " ").getBytes(
                StandardCharsets.US_ASCII)));
        DicomDeidentifier.Result r = TestEngine.surrogate().process(Ds.file(ds));
        assertThat(r.file().dataSet().contains(new Tag(0x0018, 0x7777))).isFalse();
        int[] coverage = r.report().residualCoverage();
        assertThat(coverage[0]).as("text through the recognizers").isPositive();
        assertThat(coverage[1]).as("codes, dates, numbers and UIDs by their syntax").isPositive();
    }

    @Test
    void theKeptList_holdsNoAttributeOfTableE11_andOnlyKeywordsOfTheDictionary() {
        ConfidentialityTable table = ConfidentialityTable.standard();
        assertThat(KeptAttributes.standard().entries()).hasSizeGreaterThan(70).allSatisfy(e -> {
            assertThat(table.lookup(e.tag())).as(e.keyword()).isEmpty();
            assertThat(DataDictionary.lookup(e.tag()).map(DataDictionary.Entry::keyword)).as(e.keyword())
                    .contains(e.keyword());
        });
        assertThat(KeptAttributes.standard().keeps(new Tag(0x0010, 0x1022), java.util.Set.of())).isFalse();
        assertThat(KeptAttributes.standard().keeps(new Tag(0x0010, 0x1022),
                java.util.Set.of(ProfileOption.RETAIN_PATIENT_CHARACTERISTICS))).isTrue();
    }
}

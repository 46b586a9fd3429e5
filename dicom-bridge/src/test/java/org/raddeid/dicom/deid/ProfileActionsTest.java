package org.raddeid.dicom.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.raddeid.dicom.deid.Ds.put;
import static org.raddeid.dicom.deid.Ds.seq;
import static org.raddeid.dicom.deid.Ds.tag;
import static org.raddeid.dicom.deid.Ds.text;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiType;
import org.raddeid.core.rewrite.DateShift;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Pseudonyms;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.dicom.codec.DataElement;
import org.raddeid.dicom.codec.DataSet;
import org.raddeid.dicom.codec.DicomFile;
import org.raddeid.dicom.codec.Tag;
import org.raddeid.dicom.codec.Vr;

/** Each action of Table E.1-1 and each option, on crafted data sets, through the real text engine. */
class ProfileActionsTest {

    private static DataSet run(DataSet ds, Set<ProfileOption> options) throws QuarantineException {
        DicomSettings s = DicomSettings.defaults(TestEngine.SURROGATE, TestEngine.SECRET).withOptions(options);
        return TestEngine.with(s).process(Ds.file(ds)).file().dataSet();
    }

    private static DataSet basic(DataSet ds) throws QuarantineException {
        return run(ds, Set.of());
    }

    @Test
    void xRemovesZEmptiesAndPatientIdBecomesThePseudonymOfDeid() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0010, 0x1040, Vr.LO, "12 Elm Street, Springfield");
        put(ds, 0x0008, 0x0050, Vr.SH, "ACC998877");
        DataSet out = basic(ds);
        assertThat(out.contains(tag(0x0010, 0x1040))).as("X: PatientAddress").isFalse();
        assertThat(out.get(tag(0x0010, 0x0010)).length()).as("Z: PatientName").isZero();
        assertThat(out.get(tag(0x0008, 0x0050)).length()).as("Z: AccessionNumber").isZero();
        assertThat(text(out, 0x0010, 0x0020)).as("D: PatientID, as `deid --patient-column` gives it")
                .isEqualTo(Pseudonyms.patientId(TestEngine.SECRET, "MRN12345"));
        assertThat(out.get(tag(0x0010, 0x0030)).length()).as("Z: PatientBirthDate").isZero();
    }

    @Test
    void dGivesDummiesNamesSurrogatesAndIdsPseudonyms() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0008, 0x1070, Vr.PN, "Okonkwo^Adaeze");
        put(ds, 0x0012, 0x0040, Vr.LO, "SUBJ-0042");
        put(ds, 0x0008, 0x0080, Vr.LO, "Springfield General Hospital");
        put(ds, 0x0018, 0x1400, Vr.LO, "Processed by Okonkwo");
        DataSet out = basic(ds);
        String operator = text(out, 0x0008, 0x1070);
        assertThat(operator).as("OperatorsName X/Z/D -> D").isNotBlank().doesNotContain("Okonkwo", "Adaeze")
                .contains("^");
        assertThat(text(out, 0x0012, 0x0040)).as("ClinicalTrialSubjectID D")
                .isEqualTo(Pseudonyms.of(TestEngine.SECRET, "ClinicalTrialSubjectID", "SUBJ-0042"));
        assertThat(text(out, 0x0008, 0x0080)).as("InstitutionName X/Z/D -> D (hospital surrogate)").isNotBlank()
                .doesNotContain("Springfield");
        assertThat(text(out, 0x0018, 0x1400)).as("AcquisitionDeviceProcessingDescription X/D -> dummy")
                .isEqualTo("REMOVED");
    }

    @Test
    void dOnDatesIsADummyWithoutTheLongitudinalOptions() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0018, 0x9074, Vr.DT, "20240307101500");
        put(ds, 0x0008, 0x0021, Vr.DA, "20240307");
        DataSet out = basic(ds);
        assertThat(text(out, 0x0018, 0x9074)).as("FrameAcquisitionDateTime D").isEqualTo("19000101000000");
        assertThat(text(out, 0x0008, 0x0021)).as("SeriesDate X/D").isEqualTo("19000101");
        assertThat(out.get(tag(0x0008, 0x0020)).length()).as("StudyDate Z").isZero();
        assertThat(text(out, 0x0028, 0x0303)).isEqualTo("REMOVED");
    }

    @Test
    void uRemapsUidsConsistentlyInsideSequencesAndKeepsStandardOnes() throws Exception {
        DataSet ref = new DataSet();
        put(ref, 0x0008, 0x1150, Vr.UI, "1.2.840.10008.5.1.4.1.1.2");
        put(ref, 0x0008, 0x1155, Vr.UI, "1.2.3.4.5.6.7.8.9.1");
        DataSet ds = seq(Ds.minimal(), 0x0008, 0x1140, ref);
        DataSet out = basic(ds);
        String sop = text(out, 0x0008, 0x0018);
        assertThat(sop).startsWith("2.25.").isEqualTo(Uids.remap(TestEngine.SECRET, "1.2.3.4.5.6.7.8.9.1"));
        DataSet item = out.get(tag(0x0008, 0x1140)).sequence().items().get(0).dataSet();
        assertThat(text(item, 0x0008, 0x1155)).as("a reference maps like the instance it references").isEqualTo(sop);
        assertThat(text(item, 0x0008, 0x1150)).as("SOP class UID kept").isEqualTo("1.2.840.10008.5.1.4.1.1.2");
        assertThat(text(out, 0x0008, 0x0016)).isEqualTo("1.2.840.10008.5.1.4.1.1.2");
    }

    @Test
    void retainUidsKeepsThem() throws Exception {
        DataSet out = run(Ds.minimal(), Set.of(ProfileOption.RETAIN_UIDS));
        assertThat(text(out, 0x0008, 0x0018)).isEqualTo("1.2.3.4.5.6.7.8.9.1");
        assertThat(text(out, 0x0020, 0x000D)).isEqualTo("1.2.3.4.5.6.7.8.9.2");
    }

    @Test
    void cleanDescriptorsSendsDescriptionsThroughTheRecognizersAndKeepsClinicalWords() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0008, 0x1030, Vr.LO, "CT CHEST W CONTRAST");
        put(ds, 0x0020, 0x4000, Vr.LT, "Follow-up for John Smith, prior CT on 03/07/2023 at Mercy Hospital.");
        DataSet without = basic(ds);
        assertThat(without.contains(tag(0x0008, 0x1030))).as("StudyDescription X without the option").isFalse();
        assertThat(without.contains(tag(0x0020, 0x4000))).isFalse();
        DataSet out = run(ds, Set.of(ProfileOption.CLEAN_DESCRIPTORS));
        assertThat(text(out, 0x0008, 0x1030)).isEqualTo("CT CHEST W CONTRAST");
        assertThat(text(out, 0x0020, 0x4000)).contains("Follow-up for", "prior CT on")
                .doesNotContain("John", "Smith", "03/07/2023", "Mercy");
    }

    @Test
    void theDescriptorSurrogatesAndShiftAreThoseOfReportTextForTheSamePatientKey() throws Exception {
        DataSet ds = Ds.minimal();
        String report = "Follow-up for John Smith, prior CT on 03/07/2023.";
        put(ds, 0x0020, 0x4000, Vr.LT, report);
        DataSet out = run(ds, ProfileOption.DEFAULTS);
        RewriteContext context = new RewriteContext(TestEngine.SECRET, "MRN12345");
        String text = TestEngine.TEXT.deidentify(report, TestEngine.SURROGATE, context, KnownIdentifiers.NONE).text();
        assertThat(text(out, 0x0020, 0x4000)).isEqualTo(text);
        int days = new DateShift(Policy.DEFAULT_MIN_SHIFT_DAYS, Policy.DEFAULT_MAX_SHIFT_DAYS).days(context);
        String shifted = LocalDate.of(2024, 3, 7).plusDays(days).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(text(out, 0x0008, 0x0020)).as("StudyDate, modified dates option").isEqualTo(shifted);
        assertThat(text(out, 0x0028, 0x0303)).isEqualTo("MODIFIED");
    }

    @Test
    void headerNamesAreFoundInFreeTextAsKnownIdentifiers() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0010, 0x0010, Vr.PN, "Quiroga^Xiomara");
        put(ds, 0x0020, 0x4000, Vr.LT, "quiroga xiomara, see prior");
        DataSet out = run(ds, ProfileOption.DEFAULTS);
        assertThat(text(out, 0x0020, 0x4000).toLowerCase()).doesNotContain("quiroga", "xiomara")
                .contains("see prior");
    }

    @Test
    void fullDatesKeepsDatesAndPatientCharacteristicsKeepsSexWeightAndAgeUpTo89() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0010, 0x0040, Vr.CS, "F");
        put(ds, 0x0010, 0x1030, Vr.DS, "71.5");
        put(ds, 0x0010, 0x1010, Vr.AS, "095Y");
        DataSet out = run(ds, EnumSet.of(ProfileOption.RETAIN_LONGITUDINAL_FULL_DATES,
                ProfileOption.RETAIN_PATIENT_CHARACTERISTICS));
        assertThat(text(out, 0x0008, 0x0020)).isEqualTo("20240307");
        assertThat(text(out, 0x0028, 0x0303)).isEqualTo("UNMODIFIED");
        assertThat(text(out, 0x0010, 0x0040)).isEqualTo("F");
        assertThat(text(out, 0x0010, 0x1030)).isEqualTo("71.5");
        assertThat(text(out, 0x0010, 0x1010)).as("Safe Harbor: ages over 89 grouped").isEqualTo("090Y");
        DataSet without = basic(ds);
        assertThat(without.get(tag(0x0010, 0x0040)).length()).isZero();
        assertThat(without.contains(tag(0x0010, 0x1030))).isFalse();
    }

    @Test
    void deviceAndInstitutionIdentityAreKeptOnlyWithTheirOptions() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0018, 0x1000, Vr.LO, "SN-4711");
        put(ds, 0x0008, 0x0080, Vr.LO, "Springfield General Hospital");
        put(ds, 0x0008, 0x0081, Vr.ST, "1 Main Street");
        DataSet out = run(ds, EnumSet.of(ProfileOption.RETAIN_DEVICE_IDENTITY,
                ProfileOption.RETAIN_INSTITUTION_IDENTITY));
        assertThat(text(out, 0x0018, 0x1000)).isEqualTo("SN-4711");
        assertThat(text(out, 0x0008, 0x0080)).isEqualTo("Springfield General Hospital");
        assertThat(text(out, 0x0008, 0x0081)).isEqualTo("1 Main Street");
        DataSet without = basic(ds);
        assertThat(text(without, 0x0018, 0x1000)).isNotEqualTo("SN-4711");
        assertThat(without.contains(tag(0x0008, 0x0081))).isFalse();
    }

    @Test
    void structuredContentIsWalkedWithTheOptionAndDroppedWithoutIt() throws Exception {
        DataSet text = new DataSet();
        put(text, 0x0040, 0xA040, Vr.CS, "TEXT");
        put(text, 0x0040, 0xA160, Vr.UT, "Nodule unchanged since the exam read by Dr. Helga Lindqvist on 2023-11-02.");
        DataSet pname = new DataSet();
        put(pname, 0x0040, 0xA040, Vr.CS, "PNAME");
        put(pname, 0x0040, 0xA123, Vr.PN, "Lindqvist^Helga^^Dr.");
        DataSet date = new DataSet();
        put(date, 0x0040, 0xA040, Vr.CS, "DATE");
        put(date, 0x0040, 0xA121, Vr.DA, "20231102");
        DataSet uidref = new DataSet();
        put(uidref, 0x0040, 0xA040, Vr.CS, "UIDREF");
        put(uidref, 0x0040, 0xA124, Vr.UI, "1.2.3.4.5.6.7.8.9.2");
        DataSet code = new DataSet();
        put(code, 0x0040, 0xA040, Vr.CS, "CODE");
        DataSet concept = new DataSet();
        put(concept, 0x0008, 0x0100, Vr.SH, "121071");
        put(concept, 0x0008, 0x0102, Vr.SH, "DCM");
        put(concept, 0x0008, 0x0104, Vr.LO, "Finding");
        seq(code, 0x0040, 0xA168, concept);
        DataSet ds = seq(Ds.minimal(), 0x0040, 0xA730, text, pname, date, uidref, code);

        DataSet off = run(ds, EnumSet.of(ProfileOption.CLEAN_DESCRIPTORS));
        assertThat(off.get(tag(0x0040, 0xA730)).sequence().items()).as("D without Clean Structured Content").isEmpty();

        DataSet out = run(ds, ProfileOption.DEFAULTS);
        var items = out.get(tag(0x0040, 0xA730)).sequence().items();
        assertThat(items).hasSize(5);
        String t = text(items.get(0).dataSet(), 0x0040, 0xA160);
        assertThat(t).startsWith("Nodule unchanged since the exam read by Dr. ")
                .doesNotContain("Helga", "Lindqvist", "2023-11-02");
        String name = text(items.get(1).dataSet(), 0x0040, 0xA123);
        assertThat(name).doesNotContain("Helga", "Lindqvist").endsWith("^^Dr.");
        String surname = name.substring(0, name.indexOf('^'));
        assertThat(t).as("the PNAME item and the TEXT item give the doctor the same surrogate").contains(surname);
        RewriteContext context = new RewriteContext(TestEngine.SECRET, "MRN12345");
        int days = new DateShift(Policy.DEFAULT_MIN_SHIFT_DAYS, Policy.DEFAULT_MAX_SHIFT_DAYS).days(context);
        assertThat(text(items.get(2).dataSet(), 0x0040, 0xA121))
                .isEqualTo(LocalDate.of(2023, 11, 2).plusDays(days).format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(t).contains(LocalDate.of(2023, 11, 2).plusDays(days).toString());
        assertThat(text(items.get(3).dataSet(), 0x0040, 0xA124)).isEqualTo(text(out, 0x0020, 0x000D));
        DataSet keptConcept = items.get(4).dataSet().get(tag(0x0040, 0xA168)).sequence().items().get(0).dataSet();
        assertThat(text(keptConcept, 0x0008, 0x0104)).as("codes kept").isEqualTo("Finding");
        assertThat(text(keptConcept, 0x0008, 0x0100)).isEqualTo("121071");
    }

    @Test
    void privateCodeMeaningsAreCleanedButStandardOnesKept() throws Exception {
        DataSet concept = new DataSet();
        put(concept, 0x0008, 0x0100, Vr.SH, "2230");
        put(concept, 0x0008, 0x0102, Vr.SH, "99_LOCAL");
        put(concept, 0x0008, 0x0104, Vr.LO, "Mercy General Hospital");
        DataSet item = new DataSet();
        put(item, 0x0040, 0xA040, Vr.CS, "CODE");
        seq(item, 0x0040, 0xA168, concept);
        DataSet out = run(seq(Ds.minimal(), 0x0040, 0xA730, item), ProfileOption.DEFAULTS);
        DataSet c = out.get(tag(0x0040, 0xA730)).sequence().items().get(0).dataSet().get(tag(0x0040, 0xA168))
                .sequence().items().get(0).dataSet();
        assertThat(text(c, 0x0008, 0x0104)).doesNotContain("Mercy");
    }

    @Test
    void cleanGraphicsRemovesOverlayBitmapsAndCleansAnnotationText() throws Exception {
        DataSet ds = Ds.minimal();
        ds.put(DataElement.ofBytes(tag(0x6000, 0x3000), Vr.OW, new byte[] {1, 2, 3, 4}));
        put(ds, 0x6000, 0x0010, Vr.US, "AB");
        put(ds, 0x6000, 0x4000, Vr.LT, "John Smith");
        DataSet text = new DataSet();
        put(text, 0x0070, 0x0006, Vr.ST, "Measured by Dr. Helga Lindqvist");
        DataSet ann = seq(new DataSet(), 0x0070, 0x0008, text);
        DataSet ds2 = seq(ds, 0x0070, 0x0001, ann);
        DataSet off = basic(ds2);
        assertThat(off.contains(tag(0x6000, 0x3000))).isFalse();
        assertThat(off.contains(tag(0x6000, 0x4000))).isFalse();
        assertThat(off.get(tag(0x0070, 0x0001)).sequence().items()).isEmpty();
        assertThat(off.contains(tag(0x6000, 0x0010))).as("overlay geometry is not PHI").isTrue();
        DicomSettings s = DicomSettings.defaults(TestEngine.SURROGATE, TestEngine.SECRET)
                .withOptions(EnumSet.of(ProfileOption.CLEAN_GRAPHICS));
        var result = TestEngine.with(s).process(Ds.file(ds2));
        DataSet on = result.file().dataSet();
        assertThat(on.contains(tag(0x6000, 0x3000))).as("a bitmap cannot be cleaned by reading it").isFalse();
        assertThat(result.report().flags()).anyMatch(f -> f.contains("OverlayData"));
        DataSet a = on.get(tag(0x0070, 0x0001)).sequence().items().get(0).dataSet().get(tag(0x0070, 0x0008))
                .sequence().items().get(0).dataSet();
        assertThat(text(a, 0x0070, 0x0006)).startsWith("Measured by Dr. ").doesNotContain("Helga", "Lindqvist");
    }

    @Test
    void privateAttributesGoUnlessListedSafeUnderRetainSafePrivate() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0019, 0x0010, Vr.LO, "ACME MR 1.0");
        put(ds, 0x0019, 0x1001, Vr.DS, "1.5");
        put(ds, 0x0019, 0x1002, Vr.LO, "Smith^John");
        put(ds, 0x0029, 0x0010, Vr.LO, "OTHER");
        put(ds, 0x0029, 0x1001, Vr.DS, "2.5");
        DataSet out = basic(ds);
        assertThat(out.elements()).noneMatch(e -> e.tag().isPrivate());
        SafePrivate list = SafePrivate.parse(List.of("# site list", "ACME MR 1.0\t0019\t01"), "test");
        DicomSettings s = DicomSettings.defaults(TestEngine.SURROGATE, TestEngine.SECRET)
                .withOptions(EnumSet.of(ProfileOption.RETAIN_SAFE_PRIVATE)).withSafePrivate(list);
        DataSet kept = TestEngine.with(s).process(Ds.file(ds)).file().dataSet();
        assertThat(text(kept, 0x0019, 0x1001)).isEqualTo("1.5");
        assertThat(text(kept, 0x0019, 0x0010)).as("its creator stays").isEqualTo("ACME MR 1.0");
        assertThat(kept.contains(tag(0x0019, 0x1002))).isFalse();
        assertThat(kept.contains(tag(0x0029, 0x0010))).as("a creator with nothing kept goes").isFalse();
        assertThat(kept.contains(tag(0x0029, 0x1001))).isFalse();
    }

    @Test
    void unlistedTextIsCleanedNotKeptAndUnlistedNamesReplaced() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0018, 0x0015, Vr.CS, "CHEST");
        put(ds, 0x0040, 0xA160, Vr.UT, "Discussed with John Smith on 03/07/2024.");
        DataSet out = run(ds, ProfileOption.DEFAULTS);
        assertThat(text(out, 0x0018, 0x0015)).isEqualTo("CHEST");
        assertThat(text(out, 0x0040, 0xA160)).startsWith("Discussed with").doesNotContain("John", "Smith",
                "03/07/2024");
    }

    @Test
    void group0004AndGroupLengthsGoAndTheMarkersAndNewMetaArePresent() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0004, 0x1130, Vr.CS, "FILESET");
        ds.put(DataElement.ofBytes(tag(0x0008, 0x0000), Vr.UL, new byte[] {4, 0, 0, 0}));
        DicomSettings s = DicomSettings.defaults(TestEngine.SURROGATE, TestEngine.SECRET);
        DicomFile f = TestEngine.with(s).process(Ds.file(ds)).file();
        DataSet out = f.dataSet();
        assertThat(out.elements()).noneMatch(e -> e.tag().group() == 0x0004 || e.tag().isGroupLength());
        assertThat(text(out, 0x0012, 0x0062)).isEqualTo("YES");
        assertThat(text(out, 0x0012, 0x0063)).contains("Basic Profile", "Clean Descriptors");
        var codes = out.get(tag(0x0012, 0x0064)).sequence().items().stream()
                .map(i -> text(i.dataSet(), 0x0008, 0x0100)).toList();
        assertThat(codes).containsExactlyInAnyOrder("113100", "113105", "113104", "113107");
        assertThat(text(f.meta(), 0x0002, 0x0003)).isEqualTo(text(out, 0x0008, 0x0018));
        assertThat(text(f.meta(), 0x0002, 0x0012)).isEqualTo(DicomDeidentifier.IMPLEMENTATION_CLASS_UID);
        assertThat(f.preamble()).containsOnly((byte) 0);
    }

    @Test
    void textTheDeclaredCharacterSetCannotDecodeIsRemovedAndLatin1IsKept() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0008, 0x0005, Vr.CS, "ISO_IR 100");
        put(ds, 0x0010, 0x0010, Vr.PN, "Müller^Jürgen", StandardCharsets.ISO_8859_1);
        put(ds, 0x0020, 0x4000, Vr.LT, "Kontrolle für Jürgen Müller", StandardCharsets.ISO_8859_1);
        DataSet out = run(ds, ProfileOption.DEFAULTS);
        assertThat(text(out, 0x0020, 0x4000)).startsWith("Kontrolle für ").doesNotContain("Müller", "Jürgen");

        DataSet utf = Ds.minimal();
        put(utf, 0x0008, 0x0005, Vr.CS, "ISO_IR 192");
        utf.put(DataElement.ofBytes(tag(0x0020, 0x4000), Vr.LT, new byte[] {'a', (byte) 0xFF, (byte) 0xFE, ' '}));
        var r = TestEngine.with(DicomSettings.defaults(TestEngine.SURROGATE, TestEngine.SECRET)).process(Ds.file(utf));
        assertThat(r.file().dataSet().contains(tag(0x0020, 0x4000))).isFalse();
        assertThat(r.report().undecodableRemoved()).isEqualTo(1);
    }

    @Test
    void burnedInAnnotationIsQuarantinedByDefaultAndFlaggedOnRequest() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0028, 0x0301, Vr.CS, "YES");
        ds.put(DataElement.ofBytes(Tag.PIXEL_DATA, Vr.OW, new byte[16]));
        assertThatThrownBy(() -> TestEngine.surrogate().process(Ds.file(ds)))
                .isInstanceOf(QuarantineException.class).hasMessageContaining("(0028,0301)");
        DicomSettings flag = DicomSettings.defaults(TestEngine.SURROGATE, TestEngine.SECRET)
                .withBurnedIn(DicomSettings.BurnedIn.FLAG);
        assertThat(TestEngine.with(flag).process(Ds.file(ds)).report().flags()).anyMatch(f -> f.contains("YES"));

        DataSet us = Ds.minimal();
        put(us, 0x0008, 0x0060, Vr.CS, "US");
        us.put(DataElement.ofBytes(Tag.PIXEL_DATA, Vr.OW, new byte[16]));
        assertThat(TestEngine.surrogate().process(Ds.file(us)).report().flags())
                .anyMatch(f -> f.contains("burned-in-risk: modality US without Burned In Annotation"));
    }

    @Test
    void crDxAndMgWithoutBurnedInAnnotation_areFlagged_andStrictQuarantinesThem_whileNoIsTrusted() throws Exception {
        DicomSettings strict = DicomSettings.defaults(TestEngine.SURROGATE, TestEngine.SECRET)
                .withBurnedIn(DicomSettings.BurnedIn.STRICT);
        for (String modality : List.of("CR", "DX", "MG")) {
            DataSet ds = Ds.minimal();
            put(ds, 0x0008, 0x0060, Vr.CS, modality);
            ds.put(DataElement.ofBytes(Tag.PIXEL_DATA, Vr.OW, new byte[16]));
            assertThat(TestEngine.surrogate().process(Ds.file(ds)).report().flags()).as(modality)
                    .anyMatch(f -> f.startsWith("burned-in-risk: modality " + modality + " without"));
            assertThatThrownBy(() -> TestEngine.with(strict).process(Ds.file(ds))).as(modality)
                    .isInstanceOf(QuarantineException.class).hasMessageContaining("burned-in text risk");
            put(ds, 0x0028, 0x0301, Vr.CS, "NO");
            assertThat(TestEngine.with(strict).process(Ds.file(ds)).report().flags()).as(modality + " declared NO")
                    .noneMatch(f -> f.contains("burned-in"));
        }
        DataSet us = Ds.minimal();
        put(us, 0x0008, 0x0060, Vr.CS, "US");
        put(us, 0x0028, 0x0301, Vr.CS, "NO");
        us.put(DataElement.ofBytes(Tag.PIXEL_DATA, Vr.OW, new byte[16]));
        assertThat(TestEngine.surrogate().process(Ds.file(us)).report().flags()).as("US, whatever it declares")
                .anyMatch(f -> f.contains("modality US (Burned In Annotation NO)"));
    }

    @Test
    void aFileWithoutUidsOrPatientIsQuarantinedWithAReasonFreeOfValues() {
        DataSet ds = new DataSet();
        put(ds, 0x0010, 0x0010, Vr.PN, "Smith^John");
        assertThatThrownBy(() -> TestEngine.surrogate().process(Ds.file(ds)))
                .isInstanceOf(QuarantineException.class).hasMessageContaining("(0010,0020)")
                .hasMessageNotContaining("Smith");
    }

    @Test
    void theResidualCheckReportsPhiLeftInKeptValues() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0008, 0x0080, Vr.LO, "Massachusetts General Hospital");
        DicomSettings s = DicomSettings.defaults(TestEngine.SURROGATE, TestEngine.SECRET)
                .withOptions(EnumSet.of(ProfileOption.RETAIN_INSTITUTION_IDENTITY));
        FileReport report = TestEngine.with(s).process(Ds.file(ds)).report();
        assertThat(report.residual()).anyMatch(h -> !h.written() && h.path().equals("InstitutionName")
                && h.type() == PhiType.LOCATION && h.start() == 0);
        assertThat(report.leftovers()).isPositive();
        FileReport off = TestEngine.with(s.withResidualCheck(false)).process(Ds.file(ds)).report();
        assertThat(off.residual()).isEmpty();
    }

    @Test
    void theResidualCheckFindsANameOfTheFileAgainInACleanedDescription_andReportsItsPlace() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0008, 0x1050, Vr.PN, "Vandersloot^Zebulon");
        put(ds, 0x0008, 0x1030, Vr.LO, "CT chest vander-sloot protocol");
        FileReport report = TestEngine.surrogate().process(Ds.file(ds)).report();
        assertThat(report.residual()).as("the performing physician's name recurs in the description")
                .anyMatch(h -> !h.written() && h.path().equals("StudyDescription") && h.type() == PhiType.NAME
                        && h.start() == 9 && h.end() == 21);
        assertThat(report.residual()).as("the surrogate written for the name is no leftover")
                .noneMatch(h -> !h.written() && h.path().equals("PerformingPhysicianName"));
    }

    @Test
    void theSameInputAndSecretGiveTheSameOutputAndAnotherSecretOtherUids() throws Exception {
        var a = TestEngine.surrogate().process(Ds.file(Ds.minimal())).file().dataSet();
        var b = TestEngine.surrogate().process(Ds.file(Ds.minimal())).file().dataSet();
        assertThat(a).isEqualTo(b);
        DicomSettings other = DicomSettings.defaults(TestEngine.SURROGATE,
                org.raddeid.core.rewrite.Secret.of("another-secret-0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));
        var c = TestEngine.with(other).process(Ds.file(Ds.minimal())).file().dataSet();
        assertThat(text(c, 0x0008, 0x0018)).isNotEqualTo(text(a, 0x0008, 0x0018));
        assertThat(text(c, 0x0010, 0x0020)).isNotEqualTo(text(a, 0x0010, 0x0020));
    }

    @Test
    void privateSequencesOfUndefinedLengthGoAndUnValuesAreReadByTheDictionaryVr() throws Exception {
        DataSet inner = new DataSet();
        put(inner, 0x0009, 0x1001, Vr.LO, "Smith^John");
        DataSet ds = Ds.minimal();
        put(ds, 0x0009, 0x0010, Vr.LO, "ACME");
        ds.put(DataElement.ofSequence(tag(0x0009, 0x1002), Vr.SQ, new org.raddeid.dicom.codec.Sequence(
                List.of(new org.raddeid.dicom.codec.Item(inner, true))), true));
        ds.put(DataElement.ofBytes(tag(0x0008, 0x1070), Vr.UN, "Okonkwo^Adaeze".getBytes(StandardCharsets.US_ASCII)));
        ds.put(DataElement.ofBytes(tag(0x0008, 0x1030), Vr.UN,
                "CT head for Adaeze Okonkwo".getBytes(StandardCharsets.US_ASCII)));
        DataSet out = run(ds, ProfileOption.DEFAULTS);
        assertThat(out.elements()).noneMatch(e -> e.tag().isPrivate());
        assertThat(text(out, 0x0008, 0x1070)).as("UN person name replaced").doesNotContain("Okonkwo", "Adaeze")
                .contains("^");
        assertThat(out.get(tag(0x0008, 0x1070)).vr()).isEqualTo(Vr.UN);
        assertThat(text(out, 0x0008, 0x1030)).startsWith("CT head for").doesNotContain("Okonkwo", "Adaeze");
    }

    @Test
    void sequencesAndItemsOfUndefinedLengthKeepTheirEncodingAndAreWritten() throws Exception {
        DataSet ref = new DataSet();
        put(ref, 0x0008, 0x1155, Vr.UI, "1.2.3.4.5.6.7.8.9.1");
        DataSet ds = Ds.minimal();
        ds.put(DataElement.ofSequence(tag(0x0008, 0x1140), Vr.SQ, new org.raddeid.dicom.codec.Sequence(
                List.of(new org.raddeid.dicom.codec.Item(ref, true))), true));
        DicomFile f = TestEngine.surrogate().process(Ds.file(ds)).file();
        DataElement seq = f.dataSet().get(tag(0x0008, 0x1140));
        assertThat(seq.undefinedLength()).isTrue();
        assertThat(seq.sequence().items().get(0).undefinedLength()).isTrue();
        DicomFile back = org.raddeid.dicom.codec.DicomReader.read(org.raddeid.dicom.codec.DicomWriter.write(f));
        assertThat(back.dataSet()).isEqualTo(f.dataSet());
    }

    @Test
    void anUnknownCharacterSetRemovesTheTextAndTheFileIsStillKeyedByItsUids() throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0008, 0x0005, Vr.CS, "ISO_IR 999");
        put(ds, 0x0020, 0x4000, Vr.LT, "Follow-up for John Smith");
        var r = TestEngine.surrogate().process(Ds.file(ds));
        DataSet out = r.file().dataSet();
        assertThat(r.report().flags()).anyMatch(f -> f.contains("Specific Character Set"));
        assertThat(out.contains(tag(0x0020, 0x4000))).isFalse();
        assertThat(text(out, 0x0010, 0x0020)).as("pseudonym of the study, the only key left")
                .isEqualTo(Pseudonyms.patientId(TestEngine.SECRET, "1.2.3.4.5.6.7.8.9.2"));
        assertThat(text(out, 0x0008, 0x0018)).startsWith("2.25.");
    }
}

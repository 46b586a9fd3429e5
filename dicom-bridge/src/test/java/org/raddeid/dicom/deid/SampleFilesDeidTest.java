package org.raddeid.dicom.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.dicom.codec.DataElement;
import org.raddeid.dicom.codec.DataSet;
import org.raddeid.dicom.codec.DicomFile;
import org.raddeid.dicom.codec.DicomReader;
import org.raddeid.dicom.codec.DicomWriter;
import org.raddeid.dicom.codec.SampleFiles;
import org.raddeid.dicom.codec.Tag;
import org.raddeid.dicom.codec.Vr;

/**
 * Every public sample through the default profile: either a clean file that DCMTK reads, or a quarantine reason.
 * The originals' names, IDs and UIDs are collected from the input and searched for in the output's bytes.
 */
class SampleFilesDeidTest {

    /** Samples that must be quarantined, and why. */
    private static final Map<String, String> QUARANTINED = Map.of(
            "dicognito__burned_in_yes.dcm", "(0028,0301)",
            "pydicom__UN_sequence.dcm", "(0010,0020)",
            "pydicom__priv_SQ.dcm", "(0010,0020)",
            "pydicom__nested_priv_SQ.dcm", "(0010,0020)");

    private static final java.util.Set<Vr> BINARY = java.util.EnumSet.of(Vr.OB, Vr.OW, Vr.OF, Vr.OD, Vr.OL, Vr.OV,
            Vr.UN, Vr.US, Vr.SS, Vr.UL, Vr.SL, Vr.FL, Vr.FD);

    @Test
    void everySampleIsDeidentifiedOrQuarantinedAndNoHeaderIdentifierSurvives(@TempDir Path out) throws Exception {
        DicomDeidentifier engine = TestEngine.surrogate();
        int written = 0;
        List<Path> outputs = new ArrayList<>();
        for (Path sample : SampleFiles.all()) {
            String name = sample.getFileName().toString();
            DicomFile in = DicomReader.read(sample);
            DicomDeidentifier.Encoded result;
            try {
                result = engine.process(Files.readAllBytes(sample));
            } catch (QuarantineException q) {
                assertThat(QUARANTINED).as(name + " quarantined: " + q.reason()).containsKey(name);
                assertThat(q.reason()).contains(QUARANTINED.get(name));
                continue;
            }
            assertThat(QUARANTINED).as(name).doesNotContainKey(name);
            written++;
            Path target = out.resolve(name);
            Files.write(target, result.bytes());
            outputs.add(target);
            DicomFile back = DicomReader.read(result.bytes());
            // every value but bulk binary data (pixels, waveforms), where letters can occur by chance
            String values = texts(back.meta()) + texts(back.dataSet());
            for (String secret : identifiers(in.dataSet())) {
                assertThat(values.toLowerCase(Locale.ROOT)).as(name + " must not contain a header identifier")
                        .doesNotContainPattern("(?<![a-z0-9.])" + java.util.regex.Pattern.quote(secret) + "(?![a-z0-9])");
            }
            assertThat(back.transferSyntaxUid()).isEqualTo(in.transferSyntaxUid());
            assertNoPrivateOrGroup4(back.dataSet(), name);
            assertThat(new String(back.dataSet().get(new Tag(0x0012, 0x0062)).bytes(), StandardCharsets.US_ASCII))
                    .startsWith("YES");
            assertThat(run("dcmdump", target)).as("dcmdump " + name).isZero();
            if (sopClass(in.dataSet()).startsWith("1.2.840.10008.5.1.4.1.1.88.")) {
                // reportsi.dcm references an unknown image SOP class, which dsrdump refuses before and after
                assertThat(run("dsrdump", target)).as("dsrdump " + name).isEqualTo(run("dsrdump", sample));
            }
        }
        assertThat(written).isEqualTo(SampleFiles.all().size() - QUARANTINED.size());
        Path work = Files.createDirectories(out.resolve("pixelmed"));
        org.raddeid.dicom.codec.PixelMed.dump(outputs, work).forEach((file, dump) -> {
            assertThat(dump).as("PixelMed reads " + file.getFileName()).doesNotContain("!!! ", "## SEVERE");
            var m = java.util.regex.Pattern.compile("# bytes read (\\d+) of (\\d+)").matcher(dump);
            assertThat(m.find()).isTrue();
            // all of it (a deflated file counts its inflated bytes)
            assertThat(Long.parseLong(m.group(1))).as(file.getFileName().toString())
                    .isGreaterThanOrEqualTo(Long.parseLong(m.group(2)));
        });
    }

    @Test
    void theDeflatedSrNarrativeLosesItsNamesAndPlacesAndKeepsItsClinicalText() throws Exception {
        Path sample = SampleFiles.directory().resolve("dcm4che__report_dfl.dcm");
        DicomDeidentifier.Encoded r = TestEngine.surrogate().process(Files.readAllBytes(sample));
        DicomFile out = DicomReader.read(r.bytes());
        assertThat(out.transferSyntax().deflated()).isTrue();
        String all = texts(out.dataSet());
        for (String phi : List.of("Osterman", "Phillip", "Packer", "Fukuda", "Katherine", "Klugman", "Mason",
                "Redlands")) {
            assertThat(all).as("SR text and names").doesNotContain(phi);
        }
        for (String clinical : List.of("78-year-old gentleman", "Squamous cell carcinoma", "plan of treatment",
                "Consultation Report", "Diameter")) {
            assertThat(all).as("clinical text kept").contains(clinical);
        }
        assertThat(all).as("prefixes of doctors kept").contains("^^^Dr.");
        assertThat(r.report().spans()).containsKeys(org.raddeid.core.PhiType.NAME,
                org.raddeid.core.PhiType.LOCATION);
    }

    /** Patient names, IDs and instance UIDs of the input, lower case, at least 4 characters. */
    private static List<String> identifiers(DataSet ds) {
        List<String> out = new ArrayList<>();
        collect(ds, out);
        return out;
    }

    private static void collect(DataSet ds, List<String> out) {
        for (DataElement e : ds.elements()) {
            if (e.isSequence()) {
                e.sequence().items().forEach(i -> collect(i.dataSet(), out));
                continue;
            }
            int g = e.tag().group();
            int el = e.tag().element();
            String v = new String(e.bytes(), StandardCharsets.ISO_8859_1).replace("\0", "").strip();
            boolean patientName = g == 0x0010 && (el == 0x0010 || el == 0x1001 || el == 0x1060);
            boolean patientId = g == 0x0010 && (el == 0x0020 || el == 0x1000);
            boolean instanceUid = e.vr() == Vr.UI && (el == 0x0018 || el == 0x000D || el == 0x000E) && !g4(g);
            if (patientName) {
                for (String part : v.split("[\\^= ]+")) {
                    if (part.length() >= 4 && part.chars().allMatch(Character::isLetter)) {
                        out.add(part.toLowerCase(Locale.ROOT));
                    }
                }
            } else if ((patientId || instanceUid) && v.length() >= 4) {
                out.add(v.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static boolean g4(int group) {
        return group == 0x0002 || group == 0x0004;
    }

    private static void assertNoPrivateOrGroup4(DataSet ds, String name) {
        for (DataElement e : ds.elements()) {
            assertThat(e.tag().isPrivate()).as(name + " private " + e.tag()).isFalse();
            assertThat(e.tag().group()).as(name).isNotEqualTo(0x0004);
            if (e.isSequence()) {
                e.sequence().items().forEach(i -> assertNoPrivateOrGroup4(i.dataSet(), name));
            }
        }
    }

    private static String texts(DataSet ds) {
        StringBuilder b = new StringBuilder();
        for (DataElement e : ds.elements()) {
            if (e.isSequence()) {
                e.sequence().items().forEach(i -> b.append(texts(i.dataSet())));
            } else if (!e.isEncapsulated() && !BINARY.contains(e.vr())) {
                b.append(new String(e.bytes(), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return b.toString();
    }

    private static String sopClass(DataSet ds) {
        DataElement e = ds.get(new Tag(0x0008, 0x0016));
        return e == null ? "" : new String(e.bytes(), StandardCharsets.US_ASCII).replace("\0", "").strip();
    }

    static int run(String tool, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(tool, file.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(tool + " finished").isTrue();
        return p.exitValue();
    }

    @Test
    void writingTheOutputAgainIsStable(@TempDir Path dir) throws Exception {
        Path sample = SampleFiles.directory().resolve("pydicom__CT_small.dcm");
        byte[] once = TestEngine.surrogate().process(Files.readAllBytes(sample)).bytes();
        assertThat(DicomWriter.write(DicomReader.read(once))).isEqualTo(once);
    }
}

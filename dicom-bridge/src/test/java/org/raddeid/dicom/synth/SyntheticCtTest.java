package org.raddeid.dicom.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.dicom.codec.DataElement;
import org.raddeid.dicom.codec.DataSet;
import org.raddeid.dicom.codec.DicomFile;
import org.raddeid.dicom.codec.DicomReader;
import org.raddeid.dicom.codec.Tag;
import org.raddeid.dicom.codec.TransferSyntax;
import org.raddeid.dicom.codec.Vr;

/**
 * The synthetic CT files read back with our reader and with dcmdump (Debian's {@code dcmtk}, which {@code .ci/run}
 * installs; fails, never skips, without it), carry the fictional PHI a de-identifier must find, and hang together:
 * consistent UIDs within series and studies, references that resolve, and the same bytes for the same seed.
 */
class SyntheticCtTest {

    /** Two studies: 72 images in the first (three full series), 28 in the second (24 + 4). */
    private static final int FILES = 100;

    @TempDir
    static Path temp;

    private static List<Path> files;
    private static List<DicomFile> read;

    @BeforeAll
    static void generate() throws IOException {
        files = SyntheticCt.write(temp.resolve("a"), FILES, 42L);
        read = new ArrayList<>();
        for (Path f : files) {
            read.add(DicomReader.read(f));
        }
    }

    @Test
    void whenFilesAreGenerated_thenEachIsAHalfMegabyteExplicitLittleEndianCtImage() throws IOException {
        assertThat(files).hasSize(FILES);
        for (int i = 0; i < FILES; i++) {
            assertThat(Files.size(files.get(i))).as(files.get(i).getFileName().toString())
                    .isBetween(520_000L, 540_000L);
            DicomFile f = read.get(i);
            assertThat(f.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            assertThat(text(f.dataSet(), 0x0008_0016)).isEqualTo(SyntheticCt.CT_IMAGE_STORAGE);
            assertThat(text(f.dataSet(), 0x0008_0060)).isEqualTo("CT");
            DataElement pixels = f.dataSet().get(Tag.PIXEL_DATA);
            assertThat(pixels.vr()).isEqualTo(Vr.OW);
            assertThat(pixels.length()).isEqualTo(512 * 512 * 2);
        }
    }

    @Test
    void whenFilesAreGenerated_thenTheyCarryFictionalPhiInFieldsAndFreeText() {
        DataSet ds = read.get(30).dataSet();
        String[] name = text(ds, 0x0010_0010).split("\\^");
        String fullName = name[1] + " " + name[0];
        assertThat(text(ds, 0x0008_1030)).contains(" for " + fullName + " ").containsPattern("\\d\\d/\\d\\d/\\d{4}$");
        assertThat(text(ds, 0x0008_103E)).contains("Dr. ").containsPattern("\\d\\d/\\d\\d/\\d{4}$");
        assertThat(text(ds, 0x0020_4000)).contains("Dr. ").containsPattern("\\d\\d/\\d\\d/\\d{4}");
        assertThat(text(ds, 0x0010_4000)).contains(fullName);
        assertThat(text(ds, 0x0010_0020)).matches("SYN\\d{7}");
        assertThat(text(ds, 0x0010_0030)).matches("(19\\d\\d|2000)\\d{4}");
        assertThat(text(ds, 0x0008_0050)).matches("ACC\\d{8}");
        for (int tag : new int[] {0x0008_0080, 0x0008_0081, 0x0008_0090, 0x0008_1050, 0x0008_1060, 0x0008_1070,
            0x0010_1040, 0x0010_2154}) {
            assertThat(text(ds, tag)).as(Tag.of(tag).toString()).isNotBlank();
        }
        assertThat(text(ds, 0x0009_0010)).isEqualTo("RADDEID SYNTH 1.0");
        assertThat(text(ds, 0x0009_1010)).contains(fullName);
    }

    @Test
    void whenFilesAreGenerated_thenUidsAreConsistentWithinSeriesAndStudies() {
        Map<String, Set<String>> seriesOfStudy = new HashMap<>();
        Map<String, List<DataSet>> bySeries = new HashMap<>();
        Set<String> sopUids = new HashSet<>();
        for (DicomFile f : read) {
            DataSet ds = f.dataSet();
            String sop = text(ds, 0x0008_0018);
            assertThat(sopUids.add(sop)).as("unique SOP Instance UID " + sop).isTrue();
            assertThat(text(f.meta(), 0x0002_0003)).isEqualTo(sop);
            for (int uidTag : new int[] {0x0008_0018, 0x0020_000D, 0x0020_000E, 0x0020_0052}) {
                assertThat(text(ds, uidTag)).matches("2\\.25\\.[1-9]\\d*").hasSizeLessThanOrEqualTo(64);
            }
            seriesOfStudy.computeIfAbsent(text(ds, 0x0020_000D), k -> new HashSet<>()).add(text(ds, 0x0020_000E));
            bySeries.computeIfAbsent(text(ds, 0x0020_000E), k -> new ArrayList<>()).add(ds);
        }
        assertThat(seriesOfStudy).hasSize(2);
        assertThat(seriesOfStudy.values()).extracting(Set::size).containsExactlyInAnyOrder(3, 2);
        assertThat(bySeries.values()).extracting(List::size).containsExactlyInAnyOrder(24, 24, 24, 24, 4);
        for (List<DataSet> series : bySeries.values()) {
            DataSet first = series.get(0);
            for (int shared : new int[] {0x0020_000D, 0x0020_0052, 0x0010_0010, 0x0010_0020, 0x0008_0050,
                0x0020_0011, 0x0008_103E}) {
                assertThat(series).extracting(ds -> text(ds, shared)).as(Tag.of(shared).toString())
                        .containsOnly(text(first, shared));
            }
            assertThat(series).extracting(ds -> text(ds, 0x0020_0013)).doesNotHaveDuplicates();
        }
        Set<String> patients = read.stream().map(f -> text(f.dataSet(), 0x0010_0020)).collect(Collectors.toSet());
        assertThat(patients).hasSize(2);
    }

    @Test
    void whenFilesAreGenerated_thenEveryReferencePointsAtTheFirstImageOfItsStudy() {
        Map<String, String> firstOfStudy = new HashMap<>();
        for (DicomFile f : read) {
            firstOfStudy.putIfAbsent(text(f.dataSet(), 0x0020_000D), text(f.dataSet(), 0x0008_0018));
        }
        int references = 0;
        for (DicomFile f : read) {
            DataElement seq = f.dataSet().get(new Tag(0x0008, 0x1140));
            String first = firstOfStudy.get(text(f.dataSet(), 0x0020_000D));
            if (text(f.dataSet(), 0x0008_0018).equals(first)) {
                assertThat(seq).isNull();
                continue;
            }
            assertThat(seq.sequence().items()).hasSize(1);
            DataSet item = seq.sequence().items().get(0).dataSet();
            assertThat(text(item, 0x0008_1155)).isEqualTo(first);
            assertThat(text(item, 0x0008_1150)).isEqualTo(SyntheticCt.CT_IMAGE_STORAGE);
            references++;
        }
        assertThat(references).isEqualTo(FILES - 2);
    }

    @Test
    void whenTheSameSeedIsUsed_thenTheFilesAreByteIdenticalAndAnotherSeedChangesThem() throws IOException {
        List<Path> again = SyntheticCt.write(temp.resolve("b"), 3, 42L);
        List<Path> other = SyntheticCt.write(temp.resolve("c"), 3, 43L);
        for (int i = 0; i < 3; i++) {
            assertThat(Files.readAllBytes(again.get(i))).isEqualTo(Files.readAllBytes(files.get(i)));
            assertThat(Files.readAllBytes(other.get(i))).isNotEqualTo(Files.readAllBytes(files.get(i)));
        }
        assertThat(text(DicomReader.read(other.get(0)).dataSet(), 0x0020_000D))
                .isNotEqualTo(text(read.get(0).dataSet(), 0x0020_000D));
    }

    @Test
    void whenFilesAreGenerated_thenDcmdumpParsesThemWithoutWarnings() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("dcmdump"));
        files.forEach(f -> command.add(f.toString()));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            fail("dcmdump not found on PATH: install Debian's dcmtk (apt-get install dcmtk), as .ci/run does");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("dcmdump exit status; output starts:%n%s", head(out)).isZero();
        assertThat(out.lines().filter(l -> l.matches("^[WEF]: .*")).toList()).isEmpty();
        assertThat(out.lines().filter(l -> l.startsWith("(7fe0,0010) OW ")).count()).isEqualTo(FILES);
        assertThat(out.lines().filter(l -> l.startsWith("(0009,0010) LO [RADDEID SYNTH 1.0]")).count())
                .isEqualTo(FILES);
    }

    private static String head(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }

    /** The value of a text element, without padding. */
    private static String text(DataSet ds, int tag) {
        DataElement e = ds.get(Tag.of(tag));
        assertThat(e).as("element " + Tag.of(tag)).isNotNull();
        return new String(e.bytes(), StandardCharsets.ISO_8859_1).replaceAll("[\\s\\x00]+$", "");
    }
}

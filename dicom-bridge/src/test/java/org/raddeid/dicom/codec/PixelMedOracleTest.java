package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raddeid.dicom.synth.SyntheticCt;

/**
 * PixelMed as a second oracle beside dcmdump: it reads every sample and what the writer made of it to the same
 * attributes, and it reads files the writer made from changed data sets (an element removed, a text value changed, a
 * sequence emptied) completely and without complaint, and it reads synthetic CT images to the same elements and
 * pixels as our reader. All files go through one PixelMed process, started once.
 * Needs Debian's {@code libpixelmed-java}, which {@code .ci/run} installs; fails (never skips) without it.
 */
class PixelMedOracleTest {

    private static final Tag PATIENT_NAME = new Tag(0x0010, 0x0010);
    private static final String FICTIONAL_NAME = "Doe^Jane";

    @TempDir
    static Path temp;

    private static Map<Path, String> dumps;
    private static final List<Changed> CHANGED = new ArrayList<>();
    private static List<Path> synthetic;

    /** What was done to one sample's data set before writing it. */
    private record Changed(Path original, Path written, Tag removed, Tag emptied) {
    }

    @BeforeAll
    static void dumpEverythingInOneProcess() throws Exception {
        PixelMed.requireInstalled();
        Files.createDirectories(temp.resolve("same"));
        Files.createDirectories(temp.resolve("changed"));
        List<Path> files = new ArrayList<>();
        for (Path sample : SampleFiles.all()) {
            Path same = temp.resolve("same").resolve(sample.getFileName());
            DicomWriter.write(DicomReader.read(sample), same);
            CHANGED.add(change(sample, temp.resolve("changed").resolve(sample.getFileName())));
            files.addAll(List.of(sample, same));
        }
        CHANGED.forEach(c -> files.add(c.written()));
        // A series and a bit, so the files cross a series boundary.
        synthetic = SyntheticCt.write(temp.resolve("synthetic"), SyntheticCt.INSTANCES_PER_SERIES + 2, 7L);
        files.addAll(synthetic);
        dumps = PixelMed.dump(files, temp);
    }

    static List<Path> samples() throws IOException {
        return SampleFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whenSampleIsWrittenBack_thenPixelMedReadsTheSameAttributes(Path file) {
        String expected = dumps.get(file);
        String actual = dumps.get(temp.resolve("same").resolve(file.getFileName()));

        assertThat(actual).isEqualTo(expected);
        assertThat(expected).doesNotContain("!!! ").doesNotContain("crc32=unreadable").contains("# bytes read ");
        assertThat(PixelMed.topLevel(expected).size()).isGreaterThan(5);
    }

    @Test
    void whenDataSetsAreChanged_thenPixelMedReadsTheWrittenFilesCompletelyAndWithoutComplaint() throws IOException {
        assertThat(CHANGED).hasSize(SampleFiles.all().size());
        assertThat(CHANGED).as("samples with an element removed").filteredOn(c -> c.removed() != null)
                .hasSizeGreaterThanOrEqualTo(15);
        assertThat(CHANGED).as("samples with a top-level sequence emptied").filteredOn(c -> c.emptied() != null)
                .hasSizeGreaterThanOrEqualTo(10);
        List<String> misreadByPixelMed = new ArrayList<>();
        for (Changed c : CHANGED) {
            String name = c.original().getFileName().toString();
            String before = dumps.get(c.original());
            String after = dumps.get(c.written());

            assertThat(after).as(name).doesNotContain("!!! ");
            if (before.contains("## ")) {
                // PixelMed complains about this sample itself (pydicom's group 0001 sequence, invalid in a data
                // set) and reads it differently from dcmdump and us; it is no oracle for a change to it.
                misreadByPixelMed.add(name);
                continue;
            }
            assertThat(after).as(name + ": PixelMed messages").doesNotContain("## ");
            if (bytesReadAll(before)) {
                assertThat(bytesReadAll(after)).as(name + ": PixelMed read to the end; " + bytesLine(after)).isTrue();
            }

            List<String> expectedTags = new ArrayList<>(PixelMed.topLevel(before).stream().map(PixelMed::tagOf)
                    .filter(t -> c.removed() == null || !t.equals(pixelMedTag(c.removed()))).toList());
            if (!expectedTags.contains(pixelMedTag(PATIENT_NAME))) {
                expectedTags.add(pixelMedTag(PATIENT_NAME));
                expectedTags.sort(null);
            }
            assertThat(PixelMed.topLevel(after).stream().map(PixelMed::tagOf).toList()).as(name + ": top-level tags")
                    .isEqualTo(expectedTags);
            assertThat(after).as(name).contains(FICTIONAL_NAME);
            if (c.emptied() != null) {
                assertThat(after).as(name).contains(pixelMedTag(c.emptied()) + " SQ items=0");
                assertThat(before).as(name).doesNotContain(pixelMedTag(c.emptied()) + " SQ items=0");
            }
        }
        assertThat(misreadByPixelMed).containsExactly("pydicom__nested_priv_SQ.dcm");
    }

    @Test
    void whenSyntheticCtIsGenerated_thenPixelMedReadsEveryElementAndTheSamePixels() throws IOException {
        assertThat(synthetic).hasSize(SyntheticCt.INSTANCES_PER_SERIES + 2);
        for (Path file : synthetic) {
            String dump = dumps.get(file);
            DicomFile ours = DicomReader.read(file);
            List<String> ourTags = Stream.concat(ours.meta().elements().stream(), ours.dataSet().elements().stream())
                    .map(e -> pixelMedTag(e.tag())).toList();
            CRC32 crc = new CRC32();
            crc.update(ours.dataSet().get(Tag.PIXEL_DATA).bytes());

            assertThat(dump).as(file.getFileName().toString()).doesNotContain("!!! ").doesNotContain("## ");
            assertThat(bytesReadAll(dump)).as(bytesLine(dump)).isTrue();
            assertThat(PixelMed.topLevel(dump).stream().map(PixelMed::tagOf).toList()).isEqualTo(ourTags);
            assertThat(PixelMed.topLevel(dump)).filteredOn(l -> l.startsWith("(0x7fe0,0x0010)")).singleElement()
                    .asString().endsWith(" crc32=" + Long.toHexString(crc.getValue()));
        }
    }

    /**
     * Reads the sample, removes one plain top-level element (standard if there is one; the three small
     * private-sequence samples have none), sets Patient's Name to a fictional name and empties the first standard
     * top-level SQ that has items, then writes it.
     */
    private static Changed change(Path sample, Path out) throws IOException {
        DicomFile dicom = DicomReader.read(sample);
        DataSet ds = dicom.dataSet();
        List<DataElement> plain = ds.elements().stream()
                .filter(e -> !e.isSequence() && !e.isEncapsulated() && !e.tag().isPrivateCreator()
                        && !e.tag().equals(SpecificCharacterSet.TAG) && !e.tag().equals(PATIENT_NAME)
                        && !e.tag().equals(Tag.PIXEL_DATA) && !e.tag().isGroupLength())
                .toList();
        // Prefer a standard element; otherwise a private (non-creator) one; samples with neither lose nothing.
        List<DataElement> standard = plain.stream().filter(e -> !e.tag().isPrivate()).toList();
        List<DataElement> candidates = standard.isEmpty() ? plain : standard;
        Tag removed = candidates.isEmpty() ? null : candidates.get(candidates.size() / 2).tag();
        if (removed != null) {
            ds.remove(removed);
        }
        ds.put(DataElement.ofBytes(PATIENT_NAME, Vr.PN, FICTIONAL_NAME.getBytes(StandardCharsets.US_ASCII)));
        Tag emptied = null;
        for (DataElement e : ds.elements()) {
            // Not a private one: an empty private sequence in implicit VR reads as an empty UN value.
            if (e.isSequence() && e.vr() == Vr.SQ && !e.tag().isPrivate() && !e.sequence().items().isEmpty()) {
                e.sequence().items().clear();
                emptied = e.tag();
                break;
            }
        }
        DicomWriter.write(dicom, out);
        return new Changed(sample, out, removed, emptied);
    }

    private static String pixelMedTag(Tag tag) {
        return String.format("(0x%04x,0x%04x)", tag.group(), tag.element());
    }

    private static String bytesLine(String dump) {
        return dump.lines().filter(l -> l.startsWith("# bytes read ")).findFirst().orElse("no '# bytes read' line");
    }

    /** Whether PixelMed read as many bytes as the file holds (not so for deflated files, counted inflated). */
    private static boolean bytesReadAll(String dump) {
        String[] words = bytesLine(dump).split(" ");
        return words.length == 6 && words[3].equals(words[5]);
    }
}

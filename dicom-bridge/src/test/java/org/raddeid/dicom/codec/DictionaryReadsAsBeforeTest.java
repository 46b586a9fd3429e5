package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample reads as it did with the small hand-made table ({@link LegacyImplicitVrDictionary}): the same bytes
 * are written back, and an element's VR changes only where the old table had none (UN) and PS3.6 has one. Explicit
 * VR files are unaffected by construction; this guards the implicit ones.
 */
class DictionaryReadsAsBeforeTest {

    static List<Path> samples() throws IOException {
        return SampleFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whenSampleIsReadWithTheFullDictionary_thenOnlyUnknownVrsGainedAVr(Path file) throws IOException {
        byte[] input = Files.readAllBytes(file);
        DicomFile before = DicomReader.read(input, LegacyImplicitVrDictionary::vrOf);
        DicomFile now = DicomReader.read(input);

        assertThat(DicomWriter.write(now)).as("written back").isEqualTo(DicomWriter.write(before));
        compare(before.dataSet(), now.dataSet(), file.getFileName().toString());
    }

    @Test
    void whenAllSamplesAreRead_thenSomeImplicitVrElementsGainedAVrSoTheComparisonIsNotVacuous() throws IOException {
        int gained = 0;
        for (Path file : samples()) {
            byte[] input = Files.readAllBytes(file);
            gained += gained(DicomReader.read(input, LegacyImplicitVrDictionary::vrOf).dataSet(),
                    DicomReader.read(input).dataSet());
        }
        System.err.println("elements read as UN before and with a PS3.6 VR now: " + gained);
        assertThat(gained).isPositive();
    }

    private static int gained(DataSet before, DataSet now) {
        int n = 0;
        for (DataElement old : before.elements()) {
            DataElement e = now.get(old.tag());
            n += old.vr() == Vr.UN && e.vr() != Vr.UN ? 1 : 0;
            if (old.isSequence() && e.isSequence()) {
                for (int i = 0; i < old.sequence().items().size(); i++) {
                    n += gained(old.sequence().items().get(i).dataSet(), e.sequence().items().get(i).dataSet());
                }
            }
        }
        return n;
    }

    private static void compare(DataSet before, DataSet now, String where) {
        assertThat(now.elements().stream().map(DataElement::tag).toList()).as(where)
                .isEqualTo(before.elements().stream().map(DataElement::tag).toList());
        for (DataElement old : before.elements()) {
            DataElement e = now.get(old.tag());
            String at = where + " " + old.tag();
            if (old.vr() != Vr.UN) {
                assertThat(e.vr()).as(at).isEqualTo(old.vr());
            }
            assertThat(e.isSequence()).as(at + " is a sequence").isEqualTo(old.isSequence());
            if (old.isSequence()) {
                List<Item> a = old.sequence().items();
                List<Item> b = e.sequence().items();
                assertThat(b).as(at + " items").hasSameSizeAs(a);
                for (int i = 0; i < a.size(); i++) {
                    compare(a.get(i).dataSet(), b.get(i).dataSet(), at + "[" + i + "]");
                }
            } else {
                assertThat(e.bytes()).as(at).isEqualTo(old.bytes());
            }
        }
    }
}

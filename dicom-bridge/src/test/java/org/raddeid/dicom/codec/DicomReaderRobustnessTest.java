package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Damaged input either parses or fails with {@link DicomFormatException}; never another exception. */
class DicomReaderRobustnessTest {

    private static final Tag CONTENT = new Tag(0x0040, 0xA730);

    static List<Path> samples() throws IOException {
        return SampleFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whenBytesOfASampleAreCorrupted_thenReadingParsesOrFailsWithAFormatError(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        Random random = new Random(file.getFileName().toString().hashCode());
        for (int round = 0; round < 300; round++) {
            byte[] damaged = original.clone();
            int flips = 1 + random.nextInt(4);
            for (int i = 0; i < flips; i++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            try {
                DicomFile read = DicomReader.read(damaged);
                DicomFile again = DicomReader.read(DicomWriter.write(read));
                // The meta may differ where a damaged (0002,0000) was recomputed; the data set may not.
                assertThat(again.dataSet()).as("round " + round).isEqualTo(read.dataSet());
                assertThat(DicomReader.read(DicomWriter.write(again))).isEqualTo(again);
            } catch (DicomFormatException expected) {
                assertThat(expected.offset()).isNotNegative();
            } catch (RuntimeException | StackOverflowError unexpected) {
                fail("round " + round + " of " + file.getFileName() + " threw " + unexpected);
            }
        }
    }

    @Test
    void whenSequencesNestDeeperThanTheLimit_thenReadingFailsInsteadOfOverflowingTheStack() {
        DataSet innermost = new DataSet();
        for (int level = 0; level <= DicomReader.MAX_DEPTH; level++) {
            DataSet outer = new DataSet();
            outer.put(DataElement.ofSequence(CONTENT, Vr.SQ, new Sequence(List.of(new Item(innermost, true))), true));
            innermost = outer;
        }
        DataSet root = new DataSet();
        root.put(DataElement.ofBytes(new Tag(0x0008, 0x0016), Vr.UI, new byte[] {'1', '.', '2', 0}));
        root.put(innermost.get(CONTENT));
        byte[] bytes = DicomWriter.write(new DicomFile(null, null, root));

        DicomFormatException e = catchThrowableOfType(DicomFormatException.class, () -> DicomReader.read(bytes));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("nested deeper than " + DicomReader.MAX_DEPTH);
    }
}

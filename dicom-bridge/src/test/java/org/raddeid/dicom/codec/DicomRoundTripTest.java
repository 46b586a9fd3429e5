package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DicomRoundTripTest {

    static List<Path> samples() throws IOException {
        return SampleFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whenSampleIsReadWrittenAndReadAgain_thenTheDataSetIsEqual(Path file) throws IOException {
        byte[] input = Files.readAllBytes(file);
        DicomFile first = DicomReader.read(input);
        byte[] output = DicomWriter.write(first);
        DicomFile second = DicomReader.read(output);

        assertThat(second).isEqualTo(first);
        int mismatch = Arrays.mismatch(input, output);
        System.err.println("DIFF " + file.getFileName() + " " + mismatch + " in=" + input.length + " out=" + output.length);
    }
}

package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public sample survives read, write, read unchanged. Which files are byte-exact: all of them. The deflated
 * ones are compared on the inflated data set, because the compressed bytes depend on the zlib build (this JDK's zlib
 * happens to reproduce them too, which the last test records without requiring it).
 */
class DicomRoundTripTest {

    static List<Path> samples() throws IOException {
        return SampleFiles.all();
    }

    @Test
    void theSampleFolderHoldsAllNineteenFiles() throws IOException {
        assertThat(samples()).hasSize(19);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whenSampleIsReadWrittenAndReadAgain_thenTheFileIsEqual(Path file) throws IOException {
        DicomFile first = DicomReader.read(file);
        DicomFile second = DicomReader.read(DicomWriter.write(first));

        assertThat(second).isEqualTo(first);
        assertThat(second.dataSet().size()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whenSampleIsWrittenBack_thenTheBytesAreTheInputBytes(Path file) throws IOException, DataFormatException {
        byte[] input = Files.readAllBytes(file);
        DicomFile dicom = DicomReader.read(input);
        byte[] output = DicomWriter.write(dicom);

        if (dicom.transferSyntax().deflated()) {
            int metaEnd = metaEnd(input);
            assertThat(Arrays.copyOf(output, metaEnd)).as("preamble and meta").isEqualTo(Arrays.copyOf(input, metaEnd));
            assertThat(inflate(output, metaEnd)).as("inflated data set").isEqualTo(inflate(input, metaEnd));
        } else {
            assertThat(Arrays.mismatch(input, output)).as("first differing byte offset of " + file.getFileName())
                    .isEqualTo(-1);
        }
    }

    @Test
    void whenDeflatedSamplesAreWrittenBack_thenThisJdkReproducesEvenTheCompressedBytes() throws IOException {
        for (String name : List.of("pydicom__image_dfl.dcm", "dcm4che__report_dfl.dcm")) {
            byte[] input = Files.readAllBytes(SampleFiles.directory().resolve(name));
            DicomFile dicom = DicomReader.read(input);
            assertThat(dicom.deflateTrailer()).as(name + " ends with a CRC-32 and length trailer").isTrue();
            int mismatch = Arrays.mismatch(input, DicomWriter.write(dicom));
            // Not a requirement: another zlib may compress differently while the data set stays equal.
            System.err.println("deflated " + name + ": first differing byte " + mismatch + " (-1 = identical)");
        }
    }

    private static int metaEnd(byte[] file) {
        int groupLength = (file[140] & 0xFF) | (file[141] & 0xFF) << 8 | (file[142] & 0xFF) << 16 | file[143] << 24;
        return 144 + groupLength;
    }

    private static byte[] inflate(byte[] file, int from) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(file, from, file.length - from);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!inflater.finished()) {
            out.write(buf, 0, inflater.inflate(buf));
        }
        inflater.end();
        return out.toByteArray();
    }
}

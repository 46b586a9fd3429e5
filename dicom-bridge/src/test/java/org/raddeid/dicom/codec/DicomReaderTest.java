package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DicomReaderTest {

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SampleFiles.directory().resolve(name));
    }

    // Cuts inside an element. A cut exactly between two elements leaves a shorter well-formed data set, which no
    // Part 10 parser can tell from a complete one; the de-identification layer checks required attributes.
    @ParameterizedTest(name = "cut at {0}")
    @ValueSource(ints = {140, 200, 401, 1000, 5000, 20000, 39205})
    void whenCtFileIsTruncated_thenItIsRejectedWithAnOffsetAndNoContent(int cut) throws IOException {
        byte[] truncated = Arrays.copyOf(sample("pydicom__CT_small.dcm"), cut);

        DicomFormatException e = catchThrowableOfType(DicomFormatException.class, () -> DicomReader.read(truncated));

        assertThat(e).as("truncated at " + cut).isNotNull();
        assertThat(e.offset()).isBetween(0L, (long) cut);
        assertThat(e.getMessage()).contains("byte offset " + e.offset()).doesNotContain("CompressedSamples");
    }

    @Test
    void whenDeflatedReportIsTruncated_thenItIsRejected() throws IOException {
        byte[] truncated = Arrays.copyOf(sample("dcm4che__report_dfl.dcm"), 1200);

        DicomFormatException e = catchThrowableOfType(DicomFormatException.class, () -> DicomReader.read(truncated));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("deflated").doesNotContain("Osterman");
    }

    @Test
    void whenImplicitFileLosesItsLastSequenceDelimiter_thenItIsRejectedWithTheTag() throws IOException {
        byte[] file = sample("pydicom__priv_SQ.dcm");
        byte[] truncated = Arrays.copyOf(file, file.length - 8);

        DicomFormatException e = catchThrowableOfType(DicomFormatException.class, () -> DicomReader.read(truncated));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("truncated");
    }

    @Test
    void whenInputIsText_thenItIsRejectedAsNotDicomAtOffsetZero() {
        byte[] text = "Patient: Jane Doe, DOB 1960-01-01. CT chest without contrast, no acute findings.\n"
                .getBytes(StandardCharsets.US_ASCII);

        DicomFormatException e = catchThrowableOfType(DicomFormatException.class, () -> DicomReader.read(text));

        assertThat(e).isNotNull();
        assertThat(e.offset()).isZero();
        assertThat(e.getMessage()).contains("not DICOM").doesNotContain("Jane");
    }

    @Test
    void whenDataSetHoldsAFileMetaElement_thenItIsRejectedAtThatElement() throws IOException {
        byte[] file = sample("pydicom__CT_small.dcm");
        int metaEnd = 144 + ((file[140] & 0xFF) | (file[141] & 0xFF) << 8);
        byte[] damaged = file.clone();
        damaged[metaEnd + 8 + 10] = 0x02; // group of the 2nd element; the 1st, (0008,0005), is 8 + 10 bytes
        damaged[metaEnd + 8 + 11] = 0x00;

        DicomFormatException e = catchThrowableOfType(DicomFormatException.class, () -> DicomReader.read(damaged));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("file meta element inside the data set");
        assertThat(e.tag().group()).isEqualTo(2);
    }

    @Test
    void whenInputIsEmpty_thenItIsRejected() {
        assertThat(catchThrowableOfType(DicomFormatException.class, () -> DicomReader.read(new byte[0])))
                .hasMessageContaining("too short");
    }

    @Test
    void whenPreambleIsFollowedByNoMeta_thenItIsRejected() {
        byte[] file = new byte[140];
        file[128] = 'D';
        file[129] = 'I';
        file[130] = 'C';
        file[131] = 'M';

        assertThat(catchThrowableOfType(DicomFormatException.class, () -> DicomReader.read(file)))
                .hasMessageContaining("no file meta information").extracting(DicomFormatException::offset)
                .isEqualTo(132L);
    }

    @Test
    void whenFileHasNoMeta_thenItIsReadAsImplicitLittleEndian() throws IOException {
        DicomFile rtstruct = DicomReader.read(sample("pydicom__rtstruct.dcm"));

        assertThat(rtstruct.hasMeta()).isFalse();
        assertThat(rtstruct.transferSyntax()).isEqualTo(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
        assertThat(rtstruct.dataSet().get(new Tag(0x0008, 0x0005)).vr()).isEqualTo(Vr.CS);
        DataElement structures = rtstruct.dataSet().get(new Tag(0x3006, 0x0020));
        assertThat(structures.isSequence()).as("StructureSetROISequence").isTrue();
    }

    @Test
    void whenUnHasUndefinedLength_thenItIsReadAsAnImplicitSequence() throws IOException {
        DicomFile file = DicomReader.read(sample("pydicom__UN_sequence.dcm"));

        DataElement un = file.dataSet().get(new Tag(0x4453, 0x100C));

        assertThat(un.vr()).isEqualTo(Vr.UN);
        assertThat(un.undefinedLength()).isTrue();
        assertThat(un.isSequence()).isTrue();
        assertThat(un.sequence().items()).isNotEmpty();
    }

    @Test
    void whenPixelDataIsEncapsulated_thenItIsKeptAsRawBytesEndingWithTheDelimiter() throws IOException {
        DicomFile file = DicomReader.read(sample("dicognito__burned_in_yes.dcm"));

        DataElement pixels = file.dataSet().get(Tag.PIXEL_DATA);

        assertThat(pixels.isEncapsulated()).isTrue();
        byte[] raw = pixels.bytes();
        assertThat(Arrays.copyOfRange(raw, raw.length - 8, raw.length))
                .containsExactly(0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0);
    }

    @Test
    void whenDeflatedReportIsRead_thenItsContentTreeIsNested() throws IOException {
        DicomFile file = DicomReader.read(sample("dcm4che__report_dfl.dcm"));

        DataElement content = file.dataSet().get(new Tag(0x0040, 0xA730));

        assertThat(file.transferSyntax()).isEqualTo(TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        assertThat(content.sequence().items()).hasSizeGreaterThan(1);
    }

    @Test
    void whenPrivateElementsAreRead_thenTheyAreKeptWithTheirCreator() throws IOException {
        DicomFile file = DicomReader.read(sample("pydicom__CT_small.dcm"));

        long privates = file.dataSet().elements().stream().filter(e -> e.tag().isPrivate()).count();

        assertThat(privates).isGreaterThan(10);
        assertThat(file.dataSet().elements()).anyMatch(e -> e.tag().isPrivateCreator());
    }
}

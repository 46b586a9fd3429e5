package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Crafted files for the encodings the samples do not cover: explicit VR big endian, UN sequences, nesting. */
class DicomWriterTest {

    private static final Tag PATIENT_NAME = new Tag(0x0010, 0x0010);
    private static final Tag ROWS = new Tag(0x0028, 0x0010);
    private static final Tag CONTENT = new Tag(0x0040, 0xA730);

    private static DataSet meta(TransferSyntax ts) {
        DataSet meta = new DataSet();
        meta.put(DataElement.ofBytes(new Tag(0x0002, 0x0001), Vr.OB, new byte[] {0, 1}));
        byte[] uid = ts.uid().getBytes(StandardCharsets.US_ASCII);
        meta.put(DataElement.ofBytes(Tag.TRANSFER_SYNTAX_UID, Vr.UI,
                uid.length % 2 == 0 ? uid : Arrays.copyOf(uid, uid.length + 1)));
        return meta;
    }

    private static DataSet nested(boolean bigEndian) {
        DataSet inner = new DataSet();
        inner.put(DataElement.ofBytes(new Tag(0x0040, 0xA160), Vr.UT, ascii("no acute findings ")));
        DataSet deeper = new DataSet();
        deeper.put(DataElement.ofBytes(ROWS, Vr.US, bigEndian ? new byte[] {0, 2} : new byte[] {2, 0}));
        inner.put(DataElement.ofSequence(CONTENT, Vr.SQ,
                new Sequence(List.of(new Item(deeper, false), new Item(new DataSet(), true))), false));
        DataSet ds = new DataSet();
        ds.put(DataElement.ofBytes(new Tag(0x0008, 0x0016), Vr.UI, ascii("1.2.840.10008.5.1.4.1.1.88.11")));
        ds.put(DataElement.ofBytes(PATIENT_NAME, Vr.PN, ascii("Doe^Jane")));
        ds.put(DataElement.ofSequence(CONTENT, Vr.SQ, new Sequence(List.of(new Item(inner, true))), true));
        return ds;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void whenBigEndianFileIsWrittenAndRead_thenItIsEqualAndNumbersAreBigEndian() throws DicomFormatException {
        DicomFile file = new DicomFile(new byte[128], meta(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN), nested(true));

        byte[] bytes = DicomWriter.write(file);
        DicomFile read = DicomReader.read(bytes);

        assertThat(read.dataSet()).isEqualTo(file.dataSet());
        assertThat(read.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
        int name = indexOf(bytes, new byte[] {0x00, 0x10, 0x00, 0x10, 'P', 'N', 0x00, 0x08});
        assertThat(name).as("(0010,0010) PN length 8, big endian").isPositive();
    }

    @Test
    void whenDeflatedFileIsWrittenAndRead_thenItIsEqual() throws DicomFormatException {
        DicomFile file = new DicomFile(new byte[128],
                meta(TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN), nested(false));

        assertThat(DicomReader.read(DicomWriter.write(file)).dataSet()).isEqualTo(file.dataSet());
    }

    @Test
    void whenUnSequenceIsWrittenInExplicitVr_thenItsContentIsImplicitLittleEndian() throws DicomFormatException {
        DataSet item = new DataSet();
        item.put(DataElement.ofBytes(new Tag(0x0011, 0x1001), Vr.UN, ascii("ab")));
        DataSet ds = new DataSet();
        ds.put(DataElement.ofSequence(new Tag(0x0011, 0x1010), Vr.UN,
                new Sequence(List.of(new Item(item, true))), true));
        DicomFile file = new DicomFile(new byte[128], meta(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), ds);

        byte[] bytes = DicomWriter.write(file);

        assertThat(indexOf(bytes, new byte[] {0x11, 0x00, 0x01, 0x10, 2, 0, 0, 0, 'a', 'b'}))
                .as("implicit VR header of the inner element").isPositive();
        assertThat(DicomReader.read(bytes).dataSet()).isEqualTo(file.dataSet());
    }

    @Test
    void whenMetaIsWritten_thenItsGroupLengthIsRecomputed() throws DicomFormatException {
        DataSet meta = meta(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        meta.put(DataElement.ofBytes(Tag.FILE_META_GROUP_LENGTH, Vr.UL, new byte[] {99, 0, 0, 0}));
        DicomFile file = new DicomFile(new byte[128], meta, new DataSet());

        byte[] bytes = DicomWriter.write(file);

        int groupLength = bytes[140] & 0xFF | (bytes[141] & 0xFF) << 8;
        assertThat(groupLength).isEqualTo(bytes.length - 144);
        assertThat(DicomReader.read(bytes).meta().get(Tag.FILE_META_GROUP_LENGTH).bytes()[0]).isNotEqualTo((byte) 99);
    }

    @Test
    void whenBareDataSetIsWritten_thenItHasNoPreambleAndReadsBackWithDictionaryVrs() throws DicomFormatException {
        DicomFile file = new DicomFile(null, null, nested(false));

        byte[] bytes = DicomWriter.write(file);
        DicomFile read = DicomReader.read(bytes);

        assertThat(bytes[0]).isEqualTo((byte) 0x08);
        assertThat(DicomWriter.write(read)).isEqualTo(bytes);
        assertThat(read.dataSet().get(PATIENT_NAME).vr()).isEqualTo(Vr.PN);
        DataSet deeper = read.dataSet().get(CONTENT).sequence().items().get(0).dataSet().get(CONTENT).sequence()
                .items().get(0).dataSet();
        assertThat(deeper.get(ROWS).vr()).as("implicit VR carries no VR; Rows takes US from the PS3.6 dictionary")
                .isEqualTo(Vr.US);
    }

    @Test
    void whenShortValueIsTooLongForItsVr_thenWritingFailsNamingTheTag() {
        DataSet ds = new DataSet();
        ds.put(DataElement.ofBytes(PATIENT_NAME, Vr.PN, new byte[70000]));
        DicomFile file = new DicomFile(new byte[128], meta(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), ds);

        assertThatThrownBy(() -> DicomWriter.write(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0010,0010)");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

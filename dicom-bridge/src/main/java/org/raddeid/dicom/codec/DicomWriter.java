package org.raddeid.dicom.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a {@link DicomFile} in the transfer syntax its meta names (implicit VR LE for a bare data set): preamble,
 * "DICM", meta with a recomputed (0002,0000), then the data set, deflated again for the deflated transfer syntax.
 * Element order, raw values, undefined lengths and encapsulated data are written as held. Stateless and thread-safe;
 * never changes its input.
 */
public final class DicomWriter {

    private static final int UNDEFINED = 0xFFFFFFFF;

    private DicomWriter() {
    }

    /** Writes the file to {@code path}, replacing it. */
    public static void write(DicomFile file, Path path) throws IOException {
        Files.write(path, write(file));
    }

    /**
     * Encodes the file.
     *
     * @return the encoded bytes
     * @throws IllegalArgumentException if a value is too long for its VR's 16-bit length field
     */
    public static byte[] write(DicomFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (file.hasMeta()) {
            out.writeBytes(file.preamble());
            out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(meta(file.meta()));
        }
        TransferSyntax ts = file.transferSyntax();
        Sink body = new Sink(new DicomReader.Encoding(ts.explicitVr(), ts.bigEndian()));
        body.dataSet(file.dataSet());
        byte[] encoded = body.out.toByteArray();
        if (ts.deflated()) {
            out.writeBytes(deflate(encoded));
            if (file.deflateTrailer()) {
                out.writeBytes(deflateTrailer(encoded));
            }
        } else {
            out.writeBytes(encoded);
        }
        return out.toByteArray();
    }

    /** Returns the gzip-style trailer some toolkits append to a deflated data set: CRC-32 and length, LE. */
    static byte[] deflateTrailer(byte[] inflated) {
        CRC32 crc = new CRC32();
        crc.update(inflated);
        long c = crc.getValue();
        int n = inflated.length;
        return new byte[] {(byte) c, (byte) (c >>> 8), (byte) (c >>> 16), (byte) (c >>> 24),
            (byte) n, (byte) (n >>> 8), (byte) (n >>> 16), (byte) (n >>> 24)};
    }

    private static byte[] meta(DataSet meta) {
        Sink rest = new Sink(DicomReader.Encoding.EXPLICIT_LE);
        for (DataElement e : meta.elements()) {
            if (!e.tag().equals(Tag.FILE_META_GROUP_LENGTH)) {
                rest.element(e);
            }
        }
        byte[] body = rest.out.toByteArray();
        Sink all = new Sink(DicomReader.Encoding.EXPLICIT_LE);
        all.element(DataElement.wrapBytes(Tag.FILE_META_GROUP_LENGTH, Vr.UL, new byte[] {
            (byte) body.length, (byte) (body.length >>> 8), (byte) (body.length >>> 16), (byte) (body.length >>> 24)}));
        all.out.writeBytes(body);
        return all.out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buf = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Encodes elements in one encoding into a buffer. */
    private static final class Sink {
        private final DicomReader.Encoding enc;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Sink(DicomReader.Encoding enc) {
            this.enc = enc;
        }

        void dataSet(DataSet ds) {
            for (DataElement e : ds.elements()) {
                element(e);
            }
        }

        void element(DataElement e) {
            if (e.isSequence()) {
                // A UN element that holds a sequence keeps it in implicit VR little endian (PS3.5 6.2.2).
                DicomReader.Encoding inner = enc.explicitVr() && e.vr() == Vr.UN
                        ? DicomReader.Encoding.IMPLICIT_LE : enc;
                Sink items = new Sink(inner);
                items.items(e.sequence());
                byte[] content = items.out.toByteArray();
                header(e, e.undefinedLength() ? UNDEFINED : content.length);
                out.writeBytes(content);
                if (e.undefinedLength()) {
                    items.out.reset();
                    items.tag(Tag.SEQUENCE_DELIMITATION);
                    items.u32(0);
                    out.writeBytes(items.out.toByteArray());
                }
            } else {
                byte[] value = e.rawBytes();
                header(e, e.isEncapsulated() ? UNDEFINED : value.length);
                out.writeBytes(value);
            }
        }

        private void items(Sequence sequence) {
            for (Item item : sequence.items()) {
                Sink inner = new Sink(enc);
                inner.dataSet(item.dataSet());
                byte[] content = inner.out.toByteArray();
                tag(Tag.ITEM);
                u32(item.undefinedLength() ? UNDEFINED : content.length);
                out.writeBytes(content);
                if (item.undefinedLength()) {
                    tag(Tag.ITEM_DELIMITATION);
                    u32(0);
                }
            }
        }

        private void header(DataElement e, int length) {
            tag(e.tag());
            if (!enc.explicitVr()) {
                u32(length);
                return;
            }
            String code = e.vr().name();
            out.write(code.charAt(0));
            out.write(code.charAt(1));
            if (e.vr().hasLongHeader()) {
                u16(0);
                u32(length);
            } else {
                if (length > 0xFFFF) {
                    throw new IllegalArgumentException("value of " + e.tag() + " too long for VR " + e.vr()
                            + ": " + length + " bytes");
                }
                u16(length);
            }
        }

        private void tag(Tag tag) {
            u16(tag.group());
            u16(tag.element());
        }

        private void u16(int v) {
            if (enc.bigEndian()) {
                out.write(v >>> 8);
                out.write(v);
            } else {
                out.write(v);
                out.write(v >>> 8);
            }
        }

        private void u32(int v) {
            if (enc.bigEndian()) {
                u16(v >>> 16);
                u16(v & 0xFFFF);
            } else {
                u16(v & 0xFFFF);
                u16(v >>> 16);
            }
        }
    }
}

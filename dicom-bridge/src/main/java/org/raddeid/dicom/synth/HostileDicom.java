package org.raddeid.dicom.synth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.raddeid.dicom.codec.DataElement;
import org.raddeid.dicom.codec.DicomFile;
import org.raddeid.dicom.codec.DicomFormatException;
import org.raddeid.dicom.codec.DicomReader;
import org.raddeid.dicom.codec.DicomWriter;
import org.raddeid.dicom.codec.Tag;
import org.raddeid.dicom.codec.Vr;

/**
 * DICOM files as an adversarial probe built them, for tests, fuzz seeds and trying a deployment's limits: a deflate
 * bomb, a file in a transfer syntax the standard does not define. Stateless and thread-safe.
 */
public final class HostileDicom {

    private HostileDicom() {
    }

    /**
     * Returns a Part 10 file in deflated explicit VR little endian whose data set, one pixel data element of zeros, inflates
     * to {@code inflatedBytes} (about a thousandth of that on disk).
     */
    public static byte[] deflateBomb(long inflatedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(metaElement("1.2.840.10008.1.2.1.99"));
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        long value = inflatedBytes - 12;
        byte[] header = {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'B', 0, 0, (byte) value, (byte) (value >> 8),
            (byte) (value >> 16), (byte) (value >> 24)};
        byte[] buf = new byte[1 << 16];
        d.setInput(header);
        drain(d, buf, out);
        byte[] zeros = new byte[1 << 20];
        for (long left = value; left > 0; left -= zeros.length) {
            d.setInput(zeros, 0, (int) Math.min(zeros.length, left));
            drain(d, buf, out);
        }
        d.finish();
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    private static void drain(Deflater d, byte[] buf, ByteArrayOutputStream out) {
        while (!d.needsInput()) {
            out.write(buf, 0, d.deflate(buf));
        }
    }

    /** Returns {@code file} (a Part 10 file) with its transfer syntax UID replaced by {@code uid}, data set unchanged. */
    public static byte[] withTransferSyntax(byte[] file, String uid) throws DicomFormatException {
        DicomFile f = DicomReader.read(file);
        byte[] v = uid.getBytes(StandardCharsets.US_ASCII);
        f.meta().put(DataElement.ofBytes(Tag.TRANSFER_SYNTAX_UID, Vr.UI,
                v.length % 2 == 0 ? v : java.util.Arrays.copyOf(v, v.length + 1)));
        return DicomWriter.write(f);
    }

    /** The transfer syntax element of a file meta, explicit VR little endian. */
    private static byte[] metaElement(String uid) {
        byte[] v = uid.getBytes(StandardCharsets.US_ASCII);
        if (v.length % 2 == 1) {
            v = java.util.Arrays.copyOf(v, v.length + 1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x02, 0x00, 0x10, 0x00, 'U', 'I', (byte) v.length, 0});
        out.writeBytes(v);
        return out.toByteArray();
    }
}

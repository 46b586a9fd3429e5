package org.raddeid.dicom.deid;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.raddeid.dicom.codec.DataElement;
import org.raddeid.dicom.codec.DataSet;
import org.raddeid.dicom.codec.DicomFile;
import org.raddeid.dicom.codec.Item;
import org.raddeid.dicom.codec.Sequence;
import org.raddeid.dicom.codec.Tag;
import org.raddeid.dicom.codec.TransferSyntax;
import org.raddeid.dicom.codec.Vr;

/** Builds crafted data sets for tests, and reads values back. */
final class Ds {

    private Ds() {
    }

    static Tag tag(int group, int element) {
        return new Tag(group, element);
    }

    static DataSet put(DataSet ds, int group, int element, Vr vr, String value) {
        return put(ds, group, element, vr, value, StandardCharsets.US_ASCII);
    }

    static DataSet put(DataSet ds, int group, int element, Vr vr, String value, Charset charset) {
        byte[] b = value.getBytes(charset);
        if (b.length % 2 != 0) {
            byte[] padded = java.util.Arrays.copyOf(b, b.length + 1);
            padded[b.length] = (byte) (vr == Vr.UI ? 0 : ' ');
            b = padded;
        }
        ds.put(DataElement.ofBytes(tag(group, element), vr, b));
        return ds;
    }

    static DataSet seq(DataSet ds, int group, int element, DataSet... items) {
        List<Item> list = new ArrayList<>();
        for (DataSet item : items) {
            list.add(new Item(item, false));
        }
        ds.put(DataElement.ofSequence(tag(group, element), Vr.SQ, new Sequence(list), false));
        return ds;
    }

    /** A minimal CT-like data set with a patient, study, series and instance. */
    static DataSet minimal() {
        DataSet ds = new DataSet();
        put(ds, 0x0008, 0x0016, Vr.UI, "1.2.840.10008.5.1.4.1.1.2");
        put(ds, 0x0008, 0x0018, Vr.UI, "1.2.3.4.5.6.7.8.9.1");
        put(ds, 0x0008, 0x0020, Vr.DA, "20240307");
        put(ds, 0x0008, 0x0060, Vr.CS, "CT");
        put(ds, 0x0010, 0x0010, Vr.PN, "Smith^John");
        put(ds, 0x0010, 0x0020, Vr.LO, "MRN12345");
        put(ds, 0x0010, 0x0030, Vr.DA, "19500102");
        put(ds, 0x0020, 0x000D, Vr.UI, "1.2.3.4.5.6.7.8.9.2");
        put(ds, 0x0020, 0x000E, Vr.UI, "1.2.3.4.5.6.7.8.9.3");
        return ds;
    }

    static DicomFile file(DataSet ds) {
        DataSet meta = new DataSet();
        put(meta, 0x0002, 0x0010, Vr.UI, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid());
        return new DicomFile(new byte[128], meta, ds);
    }

    /** The value of a top-level element as text (ISO 8859-1), padding removed; null when absent. */
    static String text(DataSet ds, int group, int element) {
        return text(ds, group, element, StandardCharsets.ISO_8859_1);
    }

    static String text(DataSet ds, int group, int element, Charset charset) {
        DataElement e = ds.get(tag(group, element));
        if (e == null) {
            return null;
        }
        String s = new String(e.bytes(), charset);
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == 0)) {
            end--;
        }
        return s.substring(0, end);
    }
}

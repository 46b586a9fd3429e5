package org.raddeid.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.raddeid.dicom.codec.DataElement;
import org.raddeid.dicom.codec.DataSet;
import org.raddeid.dicom.codec.DicomFile;
import org.raddeid.dicom.codec.DicomWriter;
import org.raddeid.dicom.codec.Tag;
import org.raddeid.dicom.codec.Vr;

/**
 * Writes fictional CT-like files for the {@code raddeid dicom} benchmark: Explicit VR Little Endian, 512x512 16-bit
 * pixels (about 0.5 MB), a header with made-up names, IDs, dates and institution, and free text holding a name and a
 * date in the study description and image comments, so the recognizers have work. Ten patients, one study each,
 * two series. File {@code n} depends only on {@code n}. A benchmark helper in test scope (not shipped); run it with
 * {@code java -cp cli/target/test-classes:cli/target/raddeid.jar org.raddeid.cli.DicomBenchFiles DIR N}.
 */
public final class DicomBenchFiles {

    private static final String CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2";
    private static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    private static final String ROOT = "2.25.1000000000000000000000000000000";
    private static final String[] FIRST = {"Jane", "John", "Maria", "Sam", "Chris"};
    private static final String[] LAST = {"Doe", "Roe", "Miller", "Garcia", "Novak"};

    private DicomBenchFiles() {
    }

    /** {@code DIR N}: writes {@code N} files named {@code ct00001.dcm}... into {@code DIR}. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        for (int i = 0; i < n; i++) {
            Files.write(dir.resolve(String.format(Locale.ROOT, "ct%05d.dcm", i + 1)), file(i));
        }
    }

    /** Returns file {@code n} as Part 10 bytes. */
    static byte[] file(int n) {
        int patient = n % 10;
        int series = n / 10 % 2;
        String first = FIRST[patient % FIRST.length];
        String last = LAST[patient / FIRST.length % LAST.length] + (patient >= 5 ? "-Lee" : "");
        String study = ROOT + patient;
        String seriesUid = study + "." + (series + 1);
        String sop = seriesUid + "." + (n + 1);
        String date = String.format(Locale.ROOT, "2024%02d%02d", 1 + patient, 1 + n % 27);
        DataSet ds = new DataSet();
        text(ds, 0x0008, 0x0005, Vr.CS, "ISO_IR 100");
        text(ds, 0x0008, 0x0016, Vr.UI, CT_IMAGE_STORAGE);
        text(ds, 0x0008, 0x0018, Vr.UI, sop);
        text(ds, 0x0008, 0x0020, Vr.DA, date);
        text(ds, 0x0008, 0x0030, Vr.TM, "101500");
        text(ds, 0x0008, 0x0050, Vr.SH, "ACC" + (40000 + patient));
        text(ds, 0x0008, 0x0060, Vr.CS, "CT");
        text(ds, 0x0008, 0x0080, Vr.LO, "Springfield General Hospital");
        text(ds, 0x0008, 0x0090, Vr.PN, "Okafor^Ada^^Dr.");
        text(ds, 0x0008, 0x1030, Vr.LO, "CT chest f/u for " + first + " " + last);
        text(ds, 0x0008, 0x103E, Vr.LO, series == 0 ? "Axial 5mm soft tissue" : "Axial 1.25mm lung");
        text(ds, 0x0010, 0x0010, Vr.PN, last + "^" + first);
        text(ds, 0x0010, 0x0020, Vr.LO, "MRN" + (880000 + patient));
        text(ds, 0x0010, 0x0030, Vr.DA, String.format(Locale.ROOT, "19%02d0%d1%d", 40 + patient * 3, 1 + patient % 9,
                patient % 10));
        text(ds, 0x0010, 0x0040, Vr.CS, patient % 2 == 0 ? "F" : "M");
        text(ds, 0x0018, 0x0050, Vr.DS, "5");
        text(ds, 0x0020, 0x000D, Vr.UI, study);
        text(ds, 0x0020, 0x000E, Vr.UI, seriesUid);
        text(ds, 0x0020, 0x0013, Vr.IS, Integer.toString(n + 1));
        text(ds, 0x0020, 0x4000, Vr.LT, "Compared with the study of " + date.substring(4, 6) + "/"
                + date.substring(6) + "/2023; seen by Dr. Okafor.");
        ds.put(DataElement.ofBytes(new Tag(0x0028, 0x0002), Vr.US, us(1)));
        text(ds, 0x0028, 0x0004, Vr.CS, "MONOCHROME2");
        ds.put(DataElement.ofBytes(new Tag(0x0028, 0x0010), Vr.US, us(512)));
        ds.put(DataElement.ofBytes(new Tag(0x0028, 0x0011), Vr.US, us(512)));
        ds.put(DataElement.ofBytes(new Tag(0x0028, 0x0100), Vr.US, us(16)));
        ds.put(DataElement.ofBytes(new Tag(0x0028, 0x0101), Vr.US, us(12)));
        ds.put(DataElement.ofBytes(new Tag(0x0028, 0x0102), Vr.US, us(11)));
        ds.put(DataElement.ofBytes(new Tag(0x0028, 0x0103), Vr.US, us(0)));
        text(ds, 0x0028, 0x0301, Vr.CS, "NO");
        byte[] pixels = new byte[512 * 512 * 2];
        new SplittableRandom(n).nextBytes(pixels);
        for (int i = 1; i < pixels.length; i += 2) {
            pixels[i] &= 0x0F;
        }
        ds.put(DataElement.ofBytes(Tag.PIXEL_DATA, Vr.OW, pixels));
        DataSet meta = new DataSet();
        meta.put(DataElement.ofBytes(new Tag(0x0002, 0x0001), Vr.OB, new byte[] {0, 1}));
        text(meta, 0x0002, 0x0002, Vr.UI, CT_IMAGE_STORAGE);
        text(meta, 0x0002, 0x0003, Vr.UI, sop);
        text(meta, 0x0002, 0x0010, Vr.UI, EXPLICIT_LE);
        text(meta, 0x0002, 0x0012, Vr.UI, ROOT + "9");
        return DicomWriter.write(new DicomFile(new byte[128], meta, ds));
    }

    private static void text(DataSet ds, int group, int element, Vr vr, String value) {
        if (value == null) {
            return;
        }
        byte[] b = value.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length % 2 == 1) {
            b = java.util.Arrays.copyOf(b, b.length + 1);
            b[b.length - 1] = (byte) (vr == Vr.UI ? 0 : ' ');
        }
        ds.put(DataElement.ofBytes(new Tag(group, element), vr, b));
    }

    private static byte[] us(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8)};
    }
}

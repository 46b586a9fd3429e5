package org.raddeid.dicom.synth;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.raddeid.dicom.codec.DataElement;
import org.raddeid.dicom.codec.DataSet;
import org.raddeid.dicom.codec.DicomFile;
import org.raddeid.dicom.codec.DicomWriter;
import org.raddeid.dicom.codec.Item;
import org.raddeid.dicom.codec.Sequence;
import org.raddeid.dicom.codec.Tag;
import org.raddeid.dicom.codec.TransferSyntax;
import org.raddeid.dicom.codec.Vr;

/**
 * Writes realistic, entirely fictional CT images for benchmarks and tests: Explicit VR Little Endian files of about
 * 0.5 MB (512x512 16-bit pixels) with a full patient, study, series and instance header full of made-up PHI (names,
 * birth dates, IDs, accession numbers, institution, physicians, and free text such as "CT chest f/u for Jane Doe
 * 03/07/2024" in the study and series descriptions and image comments), a small private block, and UIDs that hang
 * together: {@value #SERIES_PER_STUDY} series per study of {@value #INSTANCES_PER_SERIES} instances each, one
 * patient per study, every image but a study's first referencing that first image.
 *
 * <p>File {@code n} depends only on the seed and {@code n}, never on how many files are written, so a larger run
 * extends a smaller one. Nothing here is real: names come from a short list of placeholder names, UIDs are
 * {@code 2.25} UIDs derived from the seed. Stateless and thread-safe.
 */
public final class SyntheticCt {

    /** Series in each study. */
    public static final int SERIES_PER_STUDY = 3;
    /** Instances in each series. */
    public static final int INSTANCES_PER_SERIES = 24;
    /** Rows and columns. */
    public static final int SIZE = 512;

    static final String CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2";
    private static final String IMPLEMENTATION_CLASS_UID = "2.25.329800735698586629295641978511506172918";

    private static final String[] FIRST_NAMES = {"Jane", "John", "Alex", "Maria", "Sam", "Chris", "Pat", "Dana",
        "Robin", "Kim", "Lee", "Jordan"};
    private static final String[] LAST_NAMES = {"Doe", "Roe", "Smith", "Miller", "Garcia", "Nguyen", "Novak",
        "Okafor", "Schmidt", "Kowalski", "Tanaka", "Jensen"};
    private static final String[] INSTITUTIONS = {"Springfield General Hospital", "Riverside Imaging Center",
        "Lakeview Medical Clinic", "Northgate University Hospital"};
    private static final String[] STREETS = {"Maple Street", "Oak Avenue", "Elm Road", "Cedar Lane", "Birch Way"};
    private static final String[] STUDIES = {"CT chest", "CT abdomen pelvis", "CT chest abdomen", "CT thorax"};
    private static final String[] REASONS = {"f/u", "r/o PE", "staging", "nodule f/u", "trauma"};
    private static final String[] SERIES = {"Axial 5mm soft tissue", "Axial 1.25mm lung", "Coronal MPR 3mm"};
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    private SyntheticCt() {
    }

    /**
     * Writes {@code files} images named {@code synthetic-ct-00000.dcm} and so on into {@code dir}, creating it.
     *
     * @return the files written, in order
     */
    public static List<Path> write(Path dir, int files, long seed) throws IOException {
        if (files < 0) {
            throw new IllegalArgumentException("files must not be negative: " + files);
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>(files);
        for (int n = 0; n < files; n++) {
            Path path = dir.resolve(String.format(Locale.ROOT, "synthetic-ct-%05d.dcm", n));
            DicomWriter.write(image(n, seed), path);
            written.add(path);
        }
        return written;
    }

    /** Returns image {@code n} of the run with this seed. */
    public static DicomFile image(int n, long seed) {
        int perStudy = SERIES_PER_STUDY * INSTANCES_PER_SERIES;
        int studyIndex = n / perStudy;
        int seriesIndex = n % perStudy / INSTANCES_PER_SERIES;
        int instanceIndex = n % INSTANCES_PER_SERIES;
        Study study = new Study(seed, studyIndex);
        String seriesUid = uid(new SplittableRandom(mix(seed, studyIndex, seriesIndex + 1L, 0)));
        String sopUid = instanceUid(seed, studyIndex, seriesIndex, instanceIndex);
        SplittableRandom rnd = new SplittableRandom(mix(seed, studyIndex, seriesIndex + 1L, instanceIndex + 1L));

        DataSet meta = new DataSet();
        meta.put(DataElement.ofBytes(new Tag(0x0002, 0x0001), Vr.OB, new byte[] {0, 1}));
        meta.put(text(0x0002_0002, Vr.UI, CT_IMAGE_STORAGE));
        meta.put(text(0x0002_0003, Vr.UI, sopUid));
        meta.put(text(0x0002_0010, Vr.UI, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid()));
        meta.put(text(0x0002_0012, Vr.UI, IMPLEMENTATION_CLASS_UID));
        meta.put(text(0x0002_0013, Vr.SH, "RADDEID_SYNTH"));

        DataSet ds = new DataSet();
        String seriesTime = time(9 + seriesIndex, 5 * seriesIndex + 3, 0);
        String contentTime = time(9 + seriesIndex, 5 * seriesIndex + 4, instanceIndex % 60);
        ds.put(text(0x0008_0005, Vr.CS, "ISO_IR 100"));
        ds.put(text(0x0008_0008, Vr.CS, "ORIGINAL\\PRIMARY\\AXIAL"));
        ds.put(text(0x0008_0012, Vr.DA, study.date.format(DA)));
        ds.put(text(0x0008_0013, Vr.TM, contentTime));
        ds.put(text(0x0008_0016, Vr.UI, CT_IMAGE_STORAGE));
        ds.put(text(0x0008_0018, Vr.UI, sopUid));
        for (int element : new int[] {0x0020, 0x0021, 0x0022, 0x0023}) {
            ds.put(text(0x0008_0000 | element, Vr.DA, study.date.format(DA)));
        }
        ds.put(text(0x0008_0030, Vr.TM, time(9, 0, 0)));
        ds.put(text(0x0008_0031, Vr.TM, seriesTime));
        ds.put(text(0x0008_0032, Vr.TM, seriesTime));
        ds.put(text(0x0008_0033, Vr.TM, contentTime));
        ds.put(text(0x0008_0050, Vr.SH, study.accession));
        ds.put(text(0x0008_0060, Vr.CS, "CT"));
        ds.put(text(0x0008_0070, Vr.LO, "RADDEID SYNTHETIC"));
        ds.put(text(0x0008_0080, Vr.LO, study.institution));
        ds.put(text(0x0008_0081, Vr.ST, study.institutionAddress));
        ds.put(text(0x0008_0090, Vr.PN, study.referring));
        ds.put(text(0x0008_1010, Vr.SH, "CTSCAN" + (1 + studyIndex % 3)));
        ds.put(text(0x0008_1030, Vr.LO, study.description));
        ds.put(text(0x0008_103E, Vr.LO, SERIES[seriesIndex % SERIES.length] + " per Dr. " + study.readingLast
                + " " + study.date.format(US_DATE)));
        ds.put(text(0x0008_1040, Vr.LO, "Radiology"));
        ds.put(text(0x0008_1050, Vr.PN, study.performing));
        ds.put(text(0x0008_1060, Vr.PN, study.reading));
        ds.put(text(0x0008_1070, Vr.PN, study.operator));
        ds.put(text(0x0008_1090, Vr.LO, "Synthetica 64"));
        if (n % perStudy != 0) {
            // Every image but the study's first references that first image, as images reference their localizer.
            DataSet ref = new DataSet();
            ref.put(text(0x0008_1150, Vr.UI, CT_IMAGE_STORAGE));
            ref.put(text(0x0008_1155, Vr.UI, instanceUid(seed, studyIndex, 0, 0)));
            ds.put(DataElement.ofSequence(new Tag(0x0008, 0x1140), Vr.SQ,
                    new Sequence(List.of(new Item(ref, false))), false));
        }

        ds.put(text(0x0009_0010, Vr.LO, "RADDEID SYNTH 1.0"));
        ds.put(text(0x0009_1001, Vr.LO, "scan-" + study.patientId + "-" + (seriesIndex + 1)));
        ds.put(text(0x0009_1002, Vr.SH, study.patientFirst.toUpperCase(Locale.ROOT)));
        ds.put(text(0x0009_1003, Vr.DS, "1.25"));
        ds.put(text(0x0009_1010, Vr.LT, "Tech note: " + study.patientFirst + " " + study.patientLast
                + " moved at " + study.date.format(US_DATE) + ", rescanned"));

        ds.put(text(0x0010_0010, Vr.PN, study.patientLast + "^" + study.patientFirst));
        ds.put(text(0x0010_0020, Vr.LO, study.patientId));
        ds.put(text(0x0010_0021, Vr.LO, "SPRINGFIELD-MRN"));
        ds.put(text(0x0010_0030, Vr.DA, study.birthDate.format(DA)));
        ds.put(text(0x0010_0040, Vr.CS, study.sex));
        ds.put(text(0x0010_1010, Vr.AS, String.format(Locale.ROOT, "%03dY", study.age)));
        ds.put(text(0x0010_1040, Vr.LO, study.patientAddress));
        ds.put(text(0x0010_2154, Vr.SH, study.phone));
        ds.put(text(0x0010_4000, Vr.LT, "Prior exam " + study.prior.format(US_DATE) + " at " + study.institution
                + "; contact " + study.patientFirst + " " + study.patientLast + " at " + study.phone));

        ds.put(text(0x0018_0015, Vr.CS, "CHEST"));
        ds.put(text(0x0018_0050, Vr.DS, seriesIndex == 1 ? "1.25" : "5"));
        ds.put(text(0x0018_0060, Vr.DS, "120"));
        ds.put(text(0x0018_1030, Vr.LO, "CHEST ROUTINE"));
        ds.put(text(0x0018_1151, Vr.IS, Integer.toString(180 + rnd.nextInt(120))));
        ds.put(text(0x0018_5100, Vr.CS, "HFS"));

        double z = -100.0 - 5.0 * instanceIndex;
        ds.put(text(0x0020_000D, Vr.UI, study.studyUid));
        ds.put(text(0x0020_000E, Vr.UI, seriesUid));
        ds.put(text(0x0020_0010, Vr.SH, study.studyId));
        ds.put(text(0x0020_0011, Vr.IS, Integer.toString(seriesIndex + 1)));
        ds.put(text(0x0020_0013, Vr.IS, Integer.toString(instanceIndex + 1)));
        ds.put(text(0x0020_0032, Vr.DS, "-250\\-250\\" + ds(z)));
        ds.put(text(0x0020_0037, Vr.DS, "1\\0\\0\\0\\1\\0"));
        ds.put(text(0x0020_0052, Vr.UI, study.frameOfReferenceUid));
        ds.put(text(0x0020_1041, Vr.DS, ds(z)));
        ds.put(text(0x0020_4000, Vr.LT, "Compared with " + study.prior.format(US_DATE) + "; discussed with Dr. "
                + study.referringLast + " on " + study.date.format(US_DATE)));

        ds.put(us(0x0028_0002, 1));
        ds.put(text(0x0028_0004, Vr.CS, "MONOCHROME2"));
        ds.put(us(0x0028_0010, SIZE));
        ds.put(us(0x0028_0011, SIZE));
        ds.put(text(0x0028_0030, Vr.DS, "0.9765625\\0.9765625"));
        ds.put(us(0x0028_0100, 16));
        ds.put(us(0x0028_0101, 12));
        ds.put(us(0x0028_0102, 11));
        ds.put(us(0x0028_0103, 0));
        ds.put(text(0x0028_1050, Vr.DS, "40"));
        ds.put(text(0x0028_1051, Vr.DS, "400"));
        ds.put(text(0x0028_1052, Vr.DS, "-1024"));
        ds.put(text(0x0028_1053, Vr.DS, "1"));
        ds.put(DataElement.ofBytes(new Tag(0x7FE0, 0x0010), Vr.OW, pixels(rnd, instanceIndex)));

        return new DicomFile(new byte[128], meta, ds);
    }

    /** Everything shared by the images of one study (and its one patient), drawn from the study's own stream. */
    private static final class Study {
        final String patientFirst;
        final String patientLast;
        final String patientId;
        final String sex;
        final LocalDate birthDate;
        final LocalDate date;
        final LocalDate prior;
        final int age;
        final String accession;
        final String studyId;
        final String institution;
        final String institutionAddress;
        final String patientAddress;
        final String phone;
        final String referring;
        final String referringLast;
        final String performing;
        final String reading;
        final String readingLast;
        final String operator;
        final String description;
        final String studyUid;
        final String frameOfReferenceUid;

        Study(long seed, int index) {
            SplittableRandom r = new SplittableRandom(mix(seed, index, 0, 0));
            patientFirst = pick(r, FIRST_NAMES);
            patientLast = pick(r, LAST_NAMES);
            patientId = String.format(Locale.ROOT, "SYN%07d", r.nextInt(10_000_000));
            sex = r.nextBoolean() ? "F" : "M";
            date = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(6 * 365));
            birthDate = LocalDate.of(1935, 1, 1).plusDays(r.nextInt(65 * 365));
            age = birthDate.until(date).getYears();
            prior = date.minusDays(30 + r.nextInt(700));
            accession = String.format(Locale.ROOT, "ACC%08d", r.nextInt(100_000_000));
            studyId = Integer.toString(1000 + r.nextInt(9000));
            institution = pick(r, INSTITUTIONS);
            institutionAddress = (1 + r.nextInt(999)) + " " + pick(r, STREETS) + ", Springfield";
            patientAddress = (1 + r.nextInt(999)) + " " + pick(r, STREETS) + ", Shelbyville";
            phone = String.format(Locale.ROOT, "555-01%02d", r.nextInt(100));
            referringLast = pick(r, LAST_NAMES);
            referring = referringLast + "^" + pick(r, FIRST_NAMES) + "^^Dr.";
            performing = pick(r, LAST_NAMES) + "^" + pick(r, FIRST_NAMES);
            readingLast = pick(r, LAST_NAMES);
            reading = readingLast + "^" + pick(r, FIRST_NAMES) + "^^Dr.";
            operator = pick(r, LAST_NAMES) + "^" + pick(r, FIRST_NAMES);
            description = pick(r, STUDIES) + " " + pick(r, REASONS) + " for " + patientFirst + " " + patientLast
                    + " " + prior.format(US_DATE);
            studyUid = uid(r);
            frameOfReferenceUid = uid(r);
        }
    }

    /**
     * A 12-bit axial slice (stored value = HU + 1024): air around an elliptical body of soft tissue with two lungs,
     * a spine and noise, the anatomy shifting with the slice so series look like volumes; little-endian 16-bit.
     */
    private static byte[] pixels(SplittableRandom rnd, int slice) {
        byte[] out = new byte[SIZE * SIZE * 2];
        double c = SIZE / 2.0;
        double lungScale = 0.85 + 0.15 * Math.sin(slice / 6.0);
        int i = 0;
        for (int y = 0; y < SIZE; y++) {
            double dy = (y - c) / c;
            for (int x = 0; x < SIZE; x++) {
                double dx = (x - c) / c;
                int hu;
                if (dx * dx / 0.81 + dy * dy / 0.49 > 1) {
                    hu = -1000;
                } else if (inEllipse(dx, dy, -0.38, -0.05, 0.25 * lungScale, 0.42 * lungScale)
                        || inEllipse(dx, dy, 0.38, -0.05, 0.25 * lungScale, 0.42 * lungScale)) {
                    hu = -850;
                } else if (inEllipse(dx, dy, 0, 0.45, 0.09, 0.09)) {
                    hu = 700;
                } else {
                    hu = 40;
                }
                int v = Math.max(0, Math.min(4095, hu + 1024 + rnd.nextInt(41) - 20));
                out[i++] = (byte) v;
                out[i++] = (byte) (v >>> 8);
            }
        }
        return out;
    }

    private static boolean inEllipse(double x, double y, double cx, double cy, double rx, double ry) {
        double u = (x - cx) / rx;
        double v = (y - cy) / ry;
        return u * u + v * v <= 1;
    }

    private static String instanceUid(long seed, int study, int series, int instance) {
        return uid(new SplittableRandom(mix(seed, study, series + 1L, instance + 1L) ^ 0x5EED_0F_1D_0000L));
    }

    /** A UUID-derived UID (PS3.5 B.2): 2.25 and a random 128-bit number in decimal, at most 44 characters. */
    private static String uid(SplittableRandom r) {
        byte[] bits = new byte[16];
        r.nextBytes(bits);
        return "2.25." + new BigInteger(1, bits);
    }

    /** Hashes the parts into one seed (SplitMix64's finaliser after each), so each file's stream is independent. */
    private static long mix(long seed, long a, long b, long c) {
        long h = seed;
        for (long part : new long[] {a, b, c}) {
            h = fmix(h + 0x9E37_79B9_7F4A_7C15L + part);
        }
        return h;
    }

    private static long fmix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String time(int h, int m, int s) {
        return String.format(Locale.ROOT, "%02d%02d%02d", h, m, s);
    }

    private static String ds(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** A text element padded to even length: UI with a NUL, everything else with a space (PS3.5 6.2). */
    private static DataElement text(int tag, Vr vr, String value) {
        byte[] raw = value.getBytes(StandardCharsets.ISO_8859_1);
        if (raw.length % 2 == 1) {
            byte[] padded = new byte[raw.length + 1];
            System.arraycopy(raw, 0, padded, 0, raw.length);
            padded[raw.length] = vr == Vr.UI ? 0 : (byte) ' ';
            raw = padded;
        }
        return DataElement.ofBytes(Tag.of(tag), vr, raw);
    }

    private static DataElement us(int tag, int value) {
        return DataElement.ofBytes(Tag.of(tag), Vr.US, new byte[] {(byte) value, (byte) (value >>> 8)});
    }
}

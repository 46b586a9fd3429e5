package org.raddeid.dicom.deid;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.rewrite.DateShift;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Pseudonyms;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.residual.Evidence;
import org.raddeid.dicom.codec.DataDictionary;
import org.raddeid.dicom.codec.DataElement;
import org.raddeid.dicom.codec.DataSet;
import org.raddeid.dicom.codec.DicomFile;
import org.raddeid.dicom.codec.DicomFormatException;
import org.raddeid.dicom.codec.DicomReader;
import org.raddeid.dicom.codec.DicomWriter;
import org.raddeid.dicom.codec.Item;
import org.raddeid.dicom.codec.Sequence;
import org.raddeid.dicom.codec.SpecificCharacterSet;
import org.raddeid.dicom.codec.Tag;
import org.raddeid.dicom.codec.Vr;

/**
 * De-identifies a DICOM data set by PS3.15 Table E.1-1 and the chosen options, with the text of descriptors and
 * structured reports going through the same {@link Deidentifier}, policy and patient key as report text.
 *
 * <ul>
 *   <li>Every attribute, at any depth of sequences, gets the table's action under the options ({@link Action}).</li>
 *   <li>Attributes the table does not list: text (SH, LO, ST, LT, UT, UC, UR) is cleaned through the recognizers
 *       (the MIDI task group's advice, rather than kept blindly), person names are replaced, dates follow the
 *       longitudinal options, UIDs other than the standard's own are remapped, sequences are walked, codes and
 *       numbers are kept.</li>
 *   <li>Private attributes are removed unless Retain Safe Private is on and the site's {@link SafePrivate} list names
 *       them; their creators stay only for blocks with something kept.</li>
 *   <li>Consistency: the patient key is the Patient ID (else the Study, else the SOP Instance UID), so names, IDs and
 *       dates get the surrogates, pseudonym and shift that report text of the same patient key gets; UIDs map through
 *       {@link Uids}.</li>
 *   <li>Group 0004 and group lengths are dropped, the markers PS3.15 asks for are added (Patient Identity Removed,
 *       De-identification Method and its CID 7050 codes, Longitudinal Temporal Information Modified), and new file
 *       meta information is written.</li>
 * </ul>
 *
 * Anything that cannot be done completely ends in a {@link QuarantineException}: nothing leaves half-processed. The
 * instance is immutable and thread-safe when its {@link Deidentifier} is.
 */
public final class DicomDeidentifier {

    static final Tag PATIENT_NAME = new Tag(0x0010, 0x0010);
    static final Tag PATIENT_ID = new Tag(0x0010, 0x0020);
    static final Tag PATIENT_BIRTH_DATE = new Tag(0x0010, 0x0030);
    static final Tag OTHER_PATIENT_IDS = new Tag(0x0010, 0x1000);
    static final Tag OTHER_PATIENT_NAMES = new Tag(0x0010, 0x1001);
    static final Tag PATIENT_BIRTH_NAME = new Tag(0x0010, 0x1005);
    static final Tag PATIENT_MOTHER_BIRTH_NAME = new Tag(0x0010, 0x1060);
    static final Tag ACCESSION_NUMBER = new Tag(0x0008, 0x0050);
    static final Tag SOP_CLASS_UID = new Tag(0x0008, 0x0016);
    static final Tag SOP_INSTANCE_UID = new Tag(0x0008, 0x0018);
    static final Tag MODALITY = new Tag(0x0008, 0x0060);
    static final Tag STUDY_INSTANCE_UID = new Tag(0x0020, 0x000D);
    static final Tag SERIES_INSTANCE_UID = new Tag(0x0020, 0x000E);
    static final Tag BURNED_IN_ANNOTATION = new Tag(0x0028, 0x0301);
    static final Tag LONGITUDINAL_MODIFIED = new Tag(0x0028, 0x0303);
    static final Tag PATIENT_IDENTITY_REMOVED = new Tag(0x0012, 0x0062);
    static final Tag DEIDENTIFICATION_METHOD = new Tag(0x0012, 0x0063);
    static final Tag DEIDENTIFICATION_METHOD_CODES = new Tag(0x0012, 0x0064);
    static final Tag CODE_VALUE = new Tag(0x0008, 0x0100);
    static final Tag CODING_SCHEME_DESIGNATOR = new Tag(0x0008, 0x0102);
    static final Tag CODE_MEANING = new Tag(0x0008, 0x0104);

    /** raddeid's implementation class UID for the file meta information (a fixed 2.25 UUID UID). */
    public static final String IMPLEMENTATION_CLASS_UID = "2.25.176361430224519329306541436960128437617";

    /** raddeid's implementation version name (SH, at most 16 characters). */
    public static final String IMPLEMENTATION_VERSION = "RADDEID_0_1";

    /** The keyword reported for private attributes. */
    public static final String PRIVATE = "private";

    /** Modalities whose images often show text in the pixels, whatever they declare. */
    private static final Set<String> BURN_IN_PRONE = Set.of("US", "XA", "RF", "ES", "XC", "OT", "SC", "DOC", "GM");
    /** Modalities whose images often show text in the pixels when they do not declare Burned In Annotation. */
    private static final Set<String> BURN_IN_IF_UNDECLARED = Set.of("CR", "DX", "MG", "PX", "IO");
    /** UIDs of classes and syntaxes, not of instances: kept, whatever their root (a private SOP class included). */
    private static final Pattern CLASS_UID = Pattern.compile(
            ".*(ClassUID|ClassUIDInFile|TransferSyntaxUID|SOPClassesInStudy|CodingSchemeUID)");
    private static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";

    private static final Pattern ID_KEYWORD = Pattern.compile(".*(ID|Identifier|Number|Numbers|IDs)$");
    private static final Pattern AGE = Pattern.compile("(\\d{3})([DWMY])");
    private static final String REMOVED = "REMOVED";

    private final DicomText text;
    private final DicomSettings settings;
    private final ConfidentialityTable table;
    private final KeptAttributes kept = KeptAttributes.standard();
    private final DateShift fallbackShift = new DateShift(Policy.DEFAULT_MIN_SHIFT_DAYS, Policy.DEFAULT_MAX_SHIFT_DAYS);

    /** Creates the de-identifier over the text engine {@code text}. */
    public DicomDeidentifier(Deidentifier text, DicomSettings settings) {
        this(text, settings, ConfidentialityTable.standard());
    }

    DicomDeidentifier(Deidentifier text, DicomSettings settings, ConfidentialityTable table) {
        this.text = new DicomText(Objects.requireNonNull(text, "text"));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Returns the settings. */
    public DicomSettings settings() {
        return settings;
    }

    /** The de-identified file and what was done to it. */
    public record Result(DicomFile file, FileReport report) {
    }

    /**
     * De-identifies {@code in} (which is not modified).
     *
     * @throws QuarantineException when the file must not be released: burned-in annotation under the quarantine
     *     setting, no SOP Instance UID, or any value that could not be processed
     */
    public Result process(DicomFile in) throws QuarantineException {
        FileReport report = new FileReport();
        DataSet ds = in.dataSet();
        SpecificCharacterSet cs = charset(ds, SpecificCharacterSet.DEFAULT, report);
        checkBurnedIn(ds, cs, report);
        String key = patientKey(ds, cs);
        RewriteContext context = new RewriteContext(settings.secret(), key);
        Walk walk = new Walk(context, known(ds, cs), report);
        DataSet out;
        try {
            out = walk.dataSet(ds, SpecificCharacterSet.DEFAULT, "");
        } catch (RuntimeException e) {
            throw new QuarantineException("could not process " + walk.where + " (" + e.getClass().getSimpleName()
                    + ")", null);
        }
        addMarkers(out);
        DicomFile file = new DicomFile(new byte[128], newMeta(in, out), out);
        if (settings.residualCheck()) {
            walk.residual(out);
        }
        return new Result(file, report);
    }

    /** A de-identified file encoded as Part 10 bytes, and its report. */
    public record Encoded(byte[] bytes, FileReport report) {
    }

    /**
     * Reads, de-identifies and encodes one Part 10 file (or a bare data set in implicit VR little endian).
     *
     * @throws QuarantineException when the bytes are not readable DICOM, or as {@link #process(DicomFile)}
     */
    public Encoded process(byte[] in) throws QuarantineException {
        DicomFile parsed;
        try {
            parsed = DicomReader.read(in);
        } catch (DicomFormatException e) {
            throw new QuarantineException("not readable as DICOM: " + e.getMessage());
        }
        Result r = process(parsed);
        try {
            return new Encoded(DicomWriter.write(r.file()), r.report());
        } catch (RuntimeException e) {
            throw new QuarantineException("de-identified data set could not be encoded (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    // ---------------------------------------------------------------------------------------------- whole-file rules

    private void checkBurnedIn(DataSet ds, SpecificCharacterSet cs, FileReport report) throws QuarantineException {
        String burned = ascii(ds.get(BURNED_IN_ANNOTATION)).strip().toUpperCase(Locale.ROOT);
        boolean pixels = ds.contains(Tag.PIXEL_DATA);
        if (burned.equals("YES")) {
            if (settings.burnedIn() != DicomSettings.BurnedIn.FLAG) {
                throw new QuarantineException("Burned In Annotation (0028,0301) is YES: the pixel data shows text and "
                        + "raddeid does not clean pixels (--burned-in flag releases such files with a flag)");
            }
            report.flag("burned-in-annotation: YES, pixel data not cleaned");
        } else if (pixels) {
            String modality = ascii(ds.get(MODALITY)).strip().toUpperCase(Locale.ROOT);
            boolean secondary = Uids.of(ds, SOP_CLASS_UID).startsWith(SECONDARY_CAPTURE);
            boolean prone = BURN_IN_PRONE.contains(modality) || secondary;
            if (prone || burned.isEmpty() && BURN_IN_IF_UNDECLARED.contains(modality)) {
                String what = (modality.isEmpty() ? "secondary capture" : "modality " + modality)
                        + (burned.isEmpty() ? " without Burned In Annotation" : " (Burned In Annotation " + burned
                        .replaceAll("[^A-Z]", "") + ")");
                if (settings.burnedIn() == DicomSettings.BurnedIn.STRICT) {
                    throw new QuarantineException("burned-in text risk: " + what + " often shows text in the "
                            + "pixels, and raddeid does not clean pixels (--burned-in strict quarantines such files)");
                }
                report.flag("burned-in-risk: " + what + " often shows text in the pixels; pixel data not cleaned, "
                        + "review");
            }
        }
    }

    /** The patient key of report text: the Patient ID, else the Study Instance UID, else the SOP Instance UID. */
    private static String patientKey(DataSet ds, SpecificCharacterSet cs) throws QuarantineException {
        DataElement id = ds.get(PATIENT_ID);
        if (id != null && !id.isSequence() && cs != null
                && cs.decode(id.bytes(), Vr.LO) instanceof SpecificCharacterSet.Text text && !text.value().isBlank()) {
            return text.value().strip();
        }
        for (Tag t : List.of(STUDY_INSTANCE_UID, SOP_INSTANCE_UID)) {
            String uid = Uids.of(ds, t); // UIDs are ASCII whatever the character set
            if (!uid.isEmpty()) {
                return uid;
            }
        }
        throw new QuarantineException("no Patient ID (0010,0020), Study Instance UID (0020,000D) or SOP Instance UID "
                + "(0008,0018) to key consistent replacements");
    }

    /** Names, IDs and the birth date of the header, to be found in free text wherever they occur. */
    private static KnownIdentifiers known(DataSet ds, SpecificCharacterSet cs) {
        if (cs == null) {
            return KnownIdentifiers.NONE;
        }
        List<String> names = new ArrayList<>();
        for (Tag t : List.of(PATIENT_NAME, OTHER_PATIENT_NAMES, PATIENT_BIRTH_NAME, PATIENT_MOTHER_BIRTH_NAME)) {
            for (String part : decoded(ds.get(t), cs).split("[\\^=\\\\ ,]+")) {
                if (part.codePointCount(0, part.length()) >= 2 && part.chars().anyMatch(Character::isLetter)) {
                    names.add(part);
                }
            }
        }
        List<KnownIdentifiers.KnownId> ids = new ArrayList<>();
        for (Tag t : List.of(PATIENT_ID, OTHER_PATIENT_IDS, ACCESSION_NUMBER)) {
            for (String v : decoded(ds.get(t), cs).split("\\\\")) {
                if (v.strip().length() >= 3) {
                    ids.add(new KnownIdentifiers.KnownId(v.strip(), t.equals(ACCESSION_NUMBER) ? PhiSubtype.ACCESSION
                            : PhiSubtype.MEDICALRECORD));
                }
            }
        }
        List<KnownIdentifiers.KnownDate> dates = new ArrayList<>();
        String birth = ascii(ds.get(PATIENT_BIRTH_DATE)).strip();
        try {
            if (birth.length() == 8) {
                dates.add(new KnownIdentifiers.KnownDate(LocalDate.parse(birth, DateTimeFormatter.BASIC_ISO_DATE),
                        PhiSubtype.DOB));
            }
        } catch (DateTimeParseException ignored) {
            // not a date: nothing to look for
        }
        return new KnownIdentifiers(names, ids, dates);
    }

    private void addMarkers(DataSet out) {
        Set<ProfileOption> options = EnumSet.noneOf(ProfileOption.class);
        options.addAll(settings.options());
        out.put(ascii(PATIENT_IDENTITY_REMOVED, Vr.CS, "YES"));
        List<String> method = new ArrayList<>();
        method.add("raddeid PS3.15 Basic Profile (E.1-1 2024b)");
        for (ProfileOption o : options) {
            method.add(o.meaning().replace(" Option", ""));
        }
        method.add(fit("raddeid policy " + settings.policy().name(), Vr.LO));
        out.put(text(DEIDENTIFICATION_METHOD, Vr.LO, String.join("\\", method)));
        List<Item> codes = new ArrayList<>();
        codes.add(code(ProfileOption.BASIC_PROFILE_CODE, ProfileOption.BASIC_PROFILE_MEANING));
        for (ProfileOption o : options) {
            codes.add(code(o.code(), o.meaning()));
        }
        out.put(DataElement.ofSequence(DEIDENTIFICATION_METHOD_CODES, Vr.SQ, new Sequence(codes), false));
        String longitudinal = options.contains(ProfileOption.RETAIN_LONGITUDINAL_MODIFIED_DATES) ? "MODIFIED"
                : options.contains(ProfileOption.RETAIN_LONGITUDINAL_FULL_DATES) ? "UNMODIFIED" : "REMOVED";
        out.put(ascii(LONGITUDINAL_MODIFIED, Vr.CS, longitudinal));
    }

    private static Item code(String value, String meaning) {
        DataSet item = new DataSet();
        item.put(ascii(CODE_VALUE, Vr.SH, value));
        item.put(ascii(CODING_SCHEME_DESIGNATOR, Vr.SH, "DCM"));
        item.put(text(CODE_MEANING, Vr.LO, meaning));
        return new Item(item, false);
    }

    private static DataSet newMeta(DicomFile in, DataSet out) throws QuarantineException {
        String sopClass = Uids.of(out, SOP_CLASS_UID);
        String sopInstance = Uids.of(out, SOP_INSTANCE_UID);
        if (sopClass.isEmpty() || sopInstance.isEmpty()) {
            throw new QuarantineException("no SOP Class UID (0008,0016) or SOP Instance UID (0008,0018): a Part 10 "
                    + "file cannot be written");
        }
        DataSet meta = new DataSet();
        meta.put(DataElement.ofBytes(new Tag(0x0002, 0x0001), Vr.OB, new byte[] {0, 1}));
        meta.put(ascii(new Tag(0x0002, 0x0002), Vr.UI, sopClass));
        meta.put(ascii(new Tag(0x0002, 0x0003), Vr.UI, sopInstance));
        meta.put(ascii(Tag.TRANSFER_SYNTAX_UID, Vr.UI, in.transferSyntaxUid()));
        meta.put(ascii(new Tag(0x0002, 0x0012), Vr.UI, IMPLEMENTATION_CLASS_UID));
        meta.put(ascii(new Tag(0x0002, 0x0013), Vr.SH, IMPLEMENTATION_VERSION));
        return meta;
    }

    // ------------------------------------------------------------------------------------------------------ the walk

    /** One file's walk: its patient context, known identifiers, report, and the values raddeid wrote. */
    private final class Walk {
        private final RewriteContext context;
        private final KnownIdentifiers known;
        private final FileReport report;
        private final Set<String> written = new HashSet<>();
        /** Where the text engine's replacements stand in the values it rewrote, by path, for the residual check. */
        private final Map<String, List<org.raddeid.core.residual.ResidualCheck.Region>> textRegions = new HashMap<>();
        /** The PHI strings this file's values held, searched again in the output by the residual check. */
        private final List<Evidence.Found> found = new ArrayList<>();
        private String where = "the data set";

        Walk(RewriteContext context, KnownIdentifiers known, FileReport report) {
            this.context = context;
            this.known = known;
            this.report = report;
        }

        DataSet dataSet(DataSet in, SpecificCharacterSet inherited, String path) {
            SpecificCharacterSet cs = charset(in, inherited, report);
            DataSet out = new DataSet();
            Map<Integer, DataElement> creators = new HashMap<>();
            Map<Integer, String> creatorNames = new HashMap<>();
            for (DataElement e : in.elements()) {
                Tag t = e.tag();
                if (t.isPrivateCreator()) {
                    int block = t.group() << 8 | (t.element() & 0xFF);
                    creators.put(block, e);
                    creatorNames.put(block, new String(e.bytes(), StandardCharsets.ISO_8859_1).strip());
                }
            }
            // A code meaning of a standard coding scheme is vocabulary; one of a private scheme (99...) may name a
            // hospital or a person, so it goes through the recognizers like any unlisted text.
            String scheme = ascii(in.get(CODING_SCHEME_DESIGNATOR)).strip().toUpperCase(Locale.ROOT);
            boolean standardCode = !scheme.isEmpty() && !scheme.startsWith("99") && !scheme.equals("L")
                    && !scheme.equals("LOCAL");
            Set<Integer> keptBlocks = new HashSet<>();
            for (DataElement e : in.elements()) {
                Tag t = e.tag();
                where = path + tagText(t);
                if (t.isGroupLength() || t.isPrivateCreator()) {
                    continue;
                }
                if (t.group() == 0x0002 || t.group() == 0x0004) {
                    report.action(keyword(t), Action.X);
                    continue;
                }
                if (t.equals(SpecificCharacterSet.TAG)) {
                    out.put(e);
                    continue;
                }
                String p = path + keyword(t);
                if (t.isPrivate()) {
                    int block = t.group() << 8 | (t.element() >> 8);
                    String creator = creatorNames.get(block);
                    if (settings.options().contains(ProfileOption.RETAIN_SAFE_PRIVATE) && creator != null
                            && settings.safePrivate().isSafe(creator, t.group(), t.element() & 0xFF)) {
                        report.action(PRIVATE, Action.C);
                        if (apply(Action.C, e, e.vr(), Optional.empty(), out, cs, p, PRIVATE)) {
                            keptBlocks.add(block);
                        }
                    } else {
                        report.action(PRIVATE, Action.X);
                    }
                    continue;
                }
                Vr vr = e.vr() == Vr.UN && !e.isSequence() ? DataDictionary.implicitVr(t) : e.vr();
                Optional<ConfidentialityTable.Row> row = table.lookup(t);
                Action action = row.map(r -> r.actionFor(settings.options()))
                        .orElseGet(() -> standardCode && t.equals(CODE_MEANING) || kept.keeps(t, settings.options())
                                ? Action.K : KeptAttributes.inPatientModules(t) ? Action.X : unlisted(e, vr));
                String keyword = row.map(ConfidentialityTable.Row::keyword).orElseGet(() -> keyword(t));
                report.action(keyword, action);
                apply(action, e, vr, row, out, cs, p, keyword);
            }
            for (Integer block : keptBlocks) {
                DataElement creator = creators.get(block);
                if (creator != null) {
                    out.put(creator);
                }
            }
            return out;
        }

        /** The action for an attribute Table E.1-1 does not list. */
        private Action unlisted(DataElement e, Vr vr) {
            if (e.isSequence()) {
                return Action.C;
            }
            Set<ProfileOption> o = settings.options();
            boolean dates = o.contains(ProfileOption.RETAIN_LONGITUDINAL_FULL_DATES)
                    || o.contains(ProfileOption.RETAIN_LONGITUDINAL_MODIFIED_DATES);
            return switch (vr) {
                case SH, LO, ST, LT, UT, UC, UR -> Action.C;
                case PN -> Action.D;
                case DA, DT -> o.contains(ProfileOption.RETAIN_LONGITUDINAL_FULL_DATES) ? Action.K
                        : dates ? Action.C : Action.X;
                case TM -> dates ? Action.K : Action.X;
                case UI -> CLASS_UID.matcher(keyword(e.tag())).matches() ? Action.K : Action.U;
                case UN -> Action.X; // an attribute the dictionary does not know, of unknown content: removed
                default -> Action.K;
            };
        }

        /**
         * Keeps the names and identifiers of a removed or emptied attribute as evidence for the residual check, which
         * searches the output for them again. Other text (descriptions) is not kept: its ordinary words would recur.
         */
        private void removedEvidence(DataElement e, Vr vr, SpecificCharacterSet cs, String keyword) {
            if (e.isSequence() || cs == null || !settings.residualCheck()) {
                return;
            }
            PhiType type = vr == Vr.PN ? PhiType.NAME
                    : SpecificCharacterSet.isText(vr) && ID_KEYWORD.matcher(keyword).matches() ? PhiType.ID : null;
            if (type != null && cs.decode(e.bytes(), vr) instanceof SpecificCharacterSet.Text decoded) {
                String v = stripPadding(decoded.value());
                if (!v.isBlank()) {
                    found.add(new Evidence.Found(v, type));
                }
            }
        }

        /** Carries out {@code action}; returns whether something was put into {@code out}. */
        private boolean apply(Action action, DataElement e, Vr vr, Optional<ConfidentialityTable.Row> row, DataSet out,
                SpecificCharacterSet cs, String path, String keyword) {
            Tag t = e.tag();
            if (action == Action.X || action == Action.Z) {
                removedEvidence(e, vr, cs, keyword);
            }
            switch (action) {
                case X:
                    return false;
                case Z:
                    out.put(e.isSequence() ? DataElement.ofSequence(t, e.vr(), new Sequence(List.of()),
                            e.undefinedLength()) : DataElement.ofBytes(t, e.vr(), new byte[0]));
                    return true;
                case K:
                    return keep(e, vr, out, cs, path, keyword);
                case U:
                    if (e.isSequence()) {
                        out.put(items(e, cs, path));
                    } else {
                        out.put(uids(e));
                    }
                    return true;
                case C:
                    return clean(e, vr, out, cs, path, keyword);
                case D:
                    return dummy(e, vr, row, out, cs, path, keyword);
                default:
                    throw new IllegalStateException("unknown action " + action);
            }
        }

        private boolean clean(DataElement e, Vr vr, DataSet out, SpecificCharacterSet cs, String path,
                String keyword) {
            Tag t = e.tag();
            if (e.isSequence()) {
                out.put(items(e, cs, path));
                return true;
            }
            switch (vr) {
                case SH, LO, ST, LT, UT, UC, UR -> {
                    Optional<String> value = decode(e, vr, cs);
                    if (value.isEmpty()) {
                        return false;
                    }
                    return cleanText(e, vr, value.get(), out, cs, path, keyword);
                }
                case PN -> {
                    return name(e, out, cs, path, keyword);
                }
                case DA, DT -> {
                    if (settings.options().contains(ProfileOption.RETAIN_LONGITUDINAL_FULL_DATES)) {
                        return keep(e, vr, out, cs, path, keyword);
                    }
                    out.put(ascii(t, e.vr(), shiftDates(ascii(e))));
                    written.add(path);
                    return true;
                }
                case UI -> {
                    out.put(uids(e));
                    return true;
                }
                case OB, OW, OF, OD, OL, OV, UN -> {
                    // Overlay bitmaps, curves and other binary content cannot be cleaned by reading them: removed.
                    if (!keyword.equals(PRIVATE)) {
                        report.flag("removed, as binary content cannot be cleaned: " + keyword);
                        return false;
                    }
                    out.put(e);
                    return true;
                }
                default -> {
                    return keep(e, vr, out, cs, path, keyword); // codes, numbers, times, ages: checked, then kept
                }
            }
        }

        /** A text value through the text engine; a short one (SH, LO, CS) is read as a descriptor. */
        private boolean cleanText(DataElement e, Vr vr, String value, DataSet out, SpecificCharacterSet cs,
                String path, String keyword) {
            DeidResult r = text.deidentify(value, settings.policy(), context, known, descriptor(vr));
            for (DeidResult.Replacement rep : r.replacements()) {
                report.span(rep.span().type());
            }
            if (!r.replacements().isEmpty()) {
                textRegions.put(path, org.raddeid.core.residual.ResidualCheck.regions(r));
                found.addAll(Evidence.of(KnownIdentifiers.NONE, value, r).found());
            }
            if (r.replacements().isEmpty()) {
                out.put(e);
                report.kept(keyword);
            } else {
                out.put(encode(e.tag(), e.vr(), vr, cs, r.text(), path));
            }
            return true;
        }

        /**
         * Keeps a value, after checking it: a code, number, date, time or age that does not have its VR's syntax is
         * treated as text (CS) or removed (the others); a value that holds one of the file's known identifiers is
         * cleaned like text, or removed when it is no text. Sequences and binary values are kept as they are.
         */
        private boolean keep(DataElement e, Vr vr, DataSet out, SpecificCharacterSet cs, String path,
                String keyword) {
            Tag t = e.tag();
            if (e.isSequence() || !SpecificCharacterSet.isText(vr) && !ValueSyntax.checks(vr)) {
                out.put(e);
                report.kept(keyword);
                return true;
            }
            String v = SpecificCharacterSet.isText(vr) ? decode(e, vr, cs).orElse(null) : ascii(e);
            if (v == null) {
                return false;
            }
            boolean invalid = !ValueSyntax.valid(vr, v);
            boolean holdsKnown = !invalid && !text.known(v, known).isEmpty();
            if (invalid || holdsKnown) {
                report.checkedAsText(keyword);
                if (vr == Vr.CS || SpecificCharacterSet.isText(vr) && vr != Vr.PN) {
                    return cleanText(e, vr, v, out, cs, path, keyword);
                }
                out.put(vr == Vr.PN ? encode(t, e.vr(), vr, cs, personName(v, PhiSubtype.PATIENT), path)
                        : DataElement.ofBytes(t, e.vr(), new byte[0]));
                written.add(path);
                return true;
            }
            if (vr == Vr.AS) {
                String capped = cappedAge(v);
                out.put(ascii(t, e.vr(), capped));
                if (!capped.equals(v.strip())) {
                    written.add(path);
                    return true;
                }
            } else {
                out.put(e);
            }
            report.kept(keyword);
            return true;
        }

        private boolean dummy(DataElement e, Vr vr, Optional<ConfidentialityTable.Row> row, DataSet out,
                SpecificCharacterSet cs, String path, String keyword) {
            Tag t = e.tag();
            if (e.isSequence()) {
                // Content that an option would clean (the SR tree, graphic annotations) is dropped without it;
                // other sequences keep their items, whose attributes get their own actions.
                boolean optionCleans = row.isPresent() && row.get().options().values().contains(Action.C);
                out.put(optionCleans ? DataElement.ofSequence(t, e.vr(), new Sequence(List.of()), e.undefinedLength())
                        : items(e, cs, path));
                return true;
            }
            if (t.equals(PATIENT_ID)) {
                out.put(encode(t, e.vr(), Vr.LO, cs, Pseudonyms.patientId(settings.secret(), context.scope()), path));
                return true;
            }
            switch (vr) {
                case PN -> {
                    return name(e, out, cs, path, keyword);
                }
                case SH, LO, ST, LT, UT, UC -> {
                    Optional<String> value = decode(e, vr, cs);
                    if (value.isEmpty()) {
                        return false;
                    }
                    String replacement;
                    if (keyword.startsWith("Institution") && keyword.endsWith("Name")) {
                        PhiSpan span = PhiSpan.of(0, value.get().length(), PhiSubtype.HOSPITAL, 1, "dicom");
                        replacement = settings.policy().operatorFor(span).apply(value.get(), span, context);
                    } else if (ID_KEYWORD.matcher(keyword).matches()) {
                        found.add(new Evidence.Found(value.get(), PhiType.ID));
                        List<String> parts = new ArrayList<>();
                        for (String v : value.get().split("\\\\", -1)) {
                            parts.add(v.isBlank() ? v : Pseudonyms.of(settings.secret(), keyword, v.strip()));
                        }
                        replacement = String.join("\\", parts);
                    } else {
                        replacement = REMOVED;
                    }
                    out.put(encode(t, e.vr(), vr, cs, replacement, path));
                    return true;
                }
                case DA -> out.put(ascii(t, e.vr(), "19000101"));
                case DT -> out.put(ascii(t, e.vr(), "19000101000000"));
                case TM -> out.put(ascii(t, e.vr(), "000000"));
                case AS -> out.put(ascii(t, e.vr(), "000D"));
                case IS, DS -> out.put(ascii(t, e.vr(), "0"));
                case CS, AE -> out.put(ascii(t, e.vr(), REMOVED));
                case UI -> out.put(uids(e));
                case US, SS, UL, SL, FL, FD, AT, SV, UV ->
                        out.put(DataElement.ofBytes(t, e.vr(), new byte[e.length()]));
                default -> {
                    // Binary content (an encapsulated document, a selector's bytes) has no meaningful dummy.
                    report.flag("emptied, as binary content cannot be cleaned: " + keyword);
                    out.put(DataElement.ofBytes(t, e.vr(), new byte[0]));
                }
            }
            written.add(path);
            return true;
        }

        /** Replaces a person name by the policy's operator for names, word by word, keeping the PN structure. */
        private boolean name(DataElement e, DataSet out, SpecificCharacterSet cs, String path, String keyword) {
            Optional<String> value = decode(e, Vr.PN, cs);
            if (value.isEmpty()) {
                return false;
            }
            String v = value.get();
            if (v.isBlank()) {
                out.put(e);
                return true;
            }
            PhiSubtype subtype = keyword.startsWith("Patient") || keyword.equals("OtherPatientNames")
                    ? PhiSubtype.PATIENT : keyword.equals("ResponsiblePerson") ? PhiSubtype.RELATIVE
                    : PhiSubtype.DOCTOR;
            String replaced = personName(v, subtype);
            found.add(new Evidence.Found(v, PhiType.NAME));
            report.span(PhiType.NAME);
            out.put(encode(e.tag(), e.vr(), Vr.PN, cs, replaced, path));
            return true;
        }

        /**
         * Replaces the family, given and middle name components of each value and component group; the prefix and
         * suffix ({@code Dr.}, {@code M.D.}, {@code Jr.}) identify nobody and are kept.
         */
        private String personName(String value, PhiSubtype subtype) {
            StringBuilder out = new StringBuilder(value.length() + 8);
            String[] values = value.split("\\\\", -1);
            for (int v = 0; v < values.length; v++) {
                String[] groups = values[v].split("=", -1);
                for (int g = 0; g < groups.length; g++) {
                    String[] parts = groups[g].split("\\^", -1);
                    int names = Math.min(3, parts.length);
                    String namePart = String.join("^", java.util.Arrays.copyOf(parts, names));
                    if (!namePart.isBlank()) {
                        PhiSpan span = PhiSpan.of(0, namePart.length(), subtype, 1, "dicom");
                        namePart = settings.policy().operatorFor(span).apply(namePart, span, context);
                    }
                    out.append(namePart);
                    for (int i = names; i < parts.length; i++) {
                        out.append('^').append(parts[i]);
                    }
                    if (g + 1 < groups.length) {
                        out.append('=');
                    }
                }
                if (v + 1 < values.length) {
                    out.append('\\');
                }
            }
            return out.toString();
        }

        private DataElement items(DataElement e, SpecificCharacterSet cs, String path) {
            List<Item> items = new ArrayList<>();
            List<Item> in = e.sequence().items();
            for (int i = 0; i < in.size(); i++) {
                Item item = in.get(i);
                items.add(new Item(dataSet(item.dataSet(), cs, path + "[" + i + "]."), item.undefinedLength()));
            }
            return DataElement.ofSequence(e.tag(), e.vr(), new Sequence(items), e.undefinedLength());
        }

        private DataElement uids(DataElement e) {
            String[] values = ascii(e).split("\\\\", -1);
            for (int i = 0; i < values.length; i++) {
                values[i] = Uids.remap(settings.secret(), values[i]);
            }
            return ascii(e.tag(), e.vr(), String.join("\\", values), Vr.UI);
        }

        /** Decodes a text value, or removes it (reporting it) when its character set cannot decode it. */
        private Optional<String> decode(DataElement e, Vr vr, SpecificCharacterSet cs) {
            if (cs != null && cs.decode(e.bytes(), vr) instanceof SpecificCharacterSet.Text decoded) {
                return Optional.of(stripPadding(decoded.value()));
            }
            report.undecodable();
            return Optional.empty();
        }

        private DataElement encode(Tag t, Vr elementVr, Vr vr, SpecificCharacterSet cs, String value, String path) {
            written.add(path);
            String fitted = fit(value, vr);
            SpecificCharacterSet set = cs == null ? SpecificCharacterSet.DEFAULT : cs;
            try {
                return DataElement.ofBytes(t, elementVr, set.encode(fitted, vr));
            } catch (IllegalArgumentException notInSet) {
                // A surrogate may hold a letter the declared set lacks: fold accents, then replace what is left.
                String folded = Normalizer.normalize(fitted, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                try {
                    return DataElement.ofBytes(t, elementVr, set.encode(folded, vr));
                } catch (IllegalArgumentException stillNot) {
                    StringBuilder ascii = new StringBuilder();
                    folded.codePoints().forEach(c -> ascii.append(c < 0x7F ? (char) c : '?'));
                    return DataElement.ofBytes(t, elementVr, set.encode(ascii.toString(), vr));
                }
            }
        }

        private String shiftDates(String values) {
            String[] parts = values.split("\\\\", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = shiftDate(parts[i].strip());
            }
            return String.join("\\", parts);
        }

        /**
         * Shifts a DA or DT value by the patient's shift: through the policy's date operator when it shifts (so the
         * shift is exactly that of the patient's report text), else by raddeid's default shift.
         */
        private String shiftDate(String value) {
            if (value.length() < 8) {
                return value.isEmpty() ? value : "19000101".substring(0, Math.min(8, value.length()));
            }
            PhiSpan span = PhiSpan.of(0, value.length(), PhiSubtype.DATE, 1, "dicom");
            String out = settings.policy().operatorFor(span).apply(value, span, context);
            if (!sameShape(value, out)) {
                out = fallbackShift.apply(value, span, context);
            }
            return sameShape(value, out) ? out : "19000101" + value.substring(8).replaceAll("\\d", "0");
        }

        // ------------------------------------------------------------------------------------ the residual check

        void residual(DataSet ds) {
            new ResidualCheck(text, kept, settings.options(), new ResidualCheck.File(context.scope(), known, report,
                    written, new ResidualCheck.SecondOpinion(text.search(new Evidence(known, found)), textRegions)))
                    .scan(ds, SpecificCharacterSet.DEFAULT, "");
        }
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private SpecificCharacterSet charset(DataSet ds, SpecificCharacterSet inherited, FileReport report) {
        if (inherited == null && !ds.contains(SpecificCharacterSet.TAG)) {
            return null;
        }
        try {
            return SpecificCharacterSet.of(ds, inherited == null ? SpecificCharacterSet.DEFAULT : inherited);
        } catch (IllegalArgumentException unknown) {
            report.flag("text removed: Specific Character Set (0008,0005) is unknown or unsupported");
            return null;
        }
    }

    static SpecificCharacterSet charsetQuiet(DataSet ds, SpecificCharacterSet inherited) {
        try {
            return SpecificCharacterSet.of(ds, inherited == null ? SpecificCharacterSet.DEFAULT : inherited);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** True for the short text VRs whose values are descriptors written in imaging vocabulary. */
    static boolean descriptor(Vr vr) {
        return vr == Vr.SH || vr == Vr.LO || vr == Vr.CS;
    }

    private static boolean sameShape(String in, String out) {
        if (out == null || out.length() != in.length()) {
            return false;
        }
        for (int i = 0; i < in.length(); i++) {
            if (Character.isDigit(in.charAt(i)) != Character.isDigit(out.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Ages over 89 become 090Y, as Safe Harbor requires. */
    static String cappedAge(String value) {
        var m = AGE.matcher(value.strip());
        if (m.matches() && m.group(2).equals("Y") && Integer.parseInt(m.group(1)) > 89) {
            return "090Y";
        }
        return value.strip();
    }

    /** Cuts each value to the VR's maximum length in characters (PS3.5 6.2). */
    static String fit(String value, Vr vr) {
        int max = switch (vr) {
            case SH, CS, AE -> 16;
            case LO, PN -> 64;
            case ST -> 1024;
            case LT -> 10240;
            default -> Integer.MAX_VALUE;
        };
        if (max == Integer.MAX_VALUE) {
            return value;
        }
        boolean multi = vr == Vr.SH || vr == Vr.LO || vr == Vr.PN || vr == Vr.CS || vr == Vr.AE;
        String[] parts = multi ? value.split("\\\\", -1) : new String[] {value};
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].codePointCount(0, parts[i].length()) > max) {
                parts[i] = parts[i].substring(0, parts[i].offsetByCodePoints(0, max)).stripTrailing();
            }
        }
        return String.join("\\", parts);
    }

    static String stripPadding(String value) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == 0)) {
            end--;
        }
        return value.substring(0, end);
    }

    private static String decoded(DataElement e, SpecificCharacterSet cs) {
        if (e == null || e.isSequence()) {
            return "";
        }
        Vr vr = e.vr() == Vr.UN ? DataDictionary.implicitVr(e.tag()) : e.vr();
        return cs.decode(e.bytes(), vr) instanceof SpecificCharacterSet.Text t ? stripPadding(t.value()) : "";
    }

    static String ascii(DataElement e) {
        if (e == null || e.isSequence()) {
            return "";
        }
        return stripPadding(new String(e.bytes(), StandardCharsets.ISO_8859_1));
    }

    private static DataElement ascii(Tag t, Vr vr, String value) {
        return ascii(t, vr, value, vr);
    }

    private static DataElement ascii(Tag t, Vr elementVr, String value, Vr padAs) {
        return DataElement.ofBytes(t, elementVr, SpecificCharacterSet.DEFAULT.encode(value, padAs));
    }

    private static DataElement text(Tag t, Vr vr, String value) {
        return DataElement.ofBytes(t, vr, SpecificCharacterSet.DEFAULT.encode(value, vr));
    }

    static String keyword(Tag t) {
        if (t.isPrivate()) {
            return PRIVATE;
        }
        return DataDictionary.lookup(t).map(DataDictionary.Entry::keyword).filter(k -> !k.isBlank())
                .orElse(tagText(t));
    }

    private static String tagText(Tag t) {
        return String.format(Locale.ROOT, "(%04X,%04X)", t.group(), t.element());
    }
}

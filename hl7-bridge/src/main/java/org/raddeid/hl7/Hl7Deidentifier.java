package org.raddeid.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.NoValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.RecognitionException;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.rewrite.Operator;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Pseudonyms;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.rewrite.Secret;

/**
 * De-identifies one HL7 v2 message (versions 2.3 to 2.8, any message type): HAPI's {@link PipeParser} without
 * validation, v2.5.1 classes for every version; structured fields by the {@link FieldMap}, each PHI value rewritten by
 * the policy's operator for a span of the field's subtype (so a family name in PID-5 gets the surrogate the text engine
 * gives that name, and a date the same shift) or by the keyed patient pseudonym; the narrative (OBX-5 text, NTE-3 and
 * other text fields) through the {@link Deidentifier} in one pass per message, with the patient's identifiers from PID
 * as known identifiers; embedded documents (OBX-5 of type ED or RP) removed. The output is encoded by HAPI and must
 * parse again. Fails closed: any problem rejects the whole message with a {@link Rejection} that names the place and
 * never quotes content.
 *
 * <p>Thread-safe: each call uses its own HAPI context and parser.
 */
public final class Hl7Deidentifier {

    /** Recognizer name on the synthetic spans made for structured fields. */
    static final String FIELD_MAP = "hl7-field-map";

    private static final Pattern VERSION = Pattern.compile("2\\.[345678](\\.\\d{1,2})?");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,9}");
    private static final Pattern HL7_DATE = Pattern.compile(
            "\\d{4}(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\.\\d{1,4})?)?)?)?)?)?(?:[+-]\\d{4})?");

    /**
     * What the bridge needs besides the text engine.
     *
     * @param policy the rewriting policy
     * @param secret the key of surrogates, shifts and pseudonyms
     * @param fieldMap the field map
     * @param patientKey where the patient key is read
     */
    public record Settings(Policy policy, Secret secret, FieldMap fieldMap, PatientKeyField patientKey) {
        public Settings {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(fieldMap, "fieldMap");
            Objects.requireNonNull(patientKey, "patientKey");
        }
    }

    /**
     * The outcome for one message: either its de-identified text and what was done, or why it was rejected.
     *
     * @param text the de-identified message (segments ended by CR), or null when rejected
     * @param stats what was done (empty when rejected)
     * @param rejection why it was rejected, or null
     */
    public record Outcome(String text, MessageStats stats, Rejection rejection) {

        /** Returns true when the message was de-identified. */
        public boolean ok() {
            return rejection == null;
        }

        static Outcome rejected(Rejection r) {
            return new Outcome(null, new MessageStats(), r);
        }
    }

    private final Deidentifier deid;
    private final Settings settings;

    /** Creates the bridge over {@code deid} (shared, thread-safe) and {@code settings}. */
    public Hl7Deidentifier(Deidentifier deid, Settings settings) {
        this.deid = Objects.requireNonNull(deid, "deid");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Returns the settings. */
    public Settings settings() {
        return settings;
    }

    /** One parser per thread: a HAPI context costs more to build than a small message costs to parse. */
    private static final ThreadLocal<PipeParser> PARSERS = ThreadLocal.withInitial(Hl7Deidentifier::parser);

    /** Returns a new parser that reads every version with v2.5.1 classes and validates nothing. */
    public static PipeParser parser() {
        HapiContext ctx = new DefaultHapiContext();
        ctx.setValidationContext(new NoValidation());
        ctx.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        return ctx.getPipeParser();
    }

    /** De-identifies one message read by {@link MessageSplitter}; its own rejection, if any, is passed on. */
    public Outcome process(MessageSplitter.RawMessage raw) {
        return raw.rejection() != null ? Outcome.rejected(raw.rejection()) : process(raw.text());
    }

    /**
     * De-identifies {@code message} (segments separated by CR, LF or CRLF). Never throws for bad input: a message that
     * cannot be parsed, rewritten or re-parsed comes back rejected.
     */
    public Outcome process(String message) {
        String text = message.replace("\r\n", "\r").replace('\n', '\r');
        Rejection pre = precheck(text);
        if (pre != null) {
            return Outcome.rejected(pre);
        }
        PipeParser parser = PARSERS.get();
        Message msg;
        try {
            msg = parser.parse(text);
        } catch (HL7Exception | RuntimeException e) {
            return Outcome.rejected(parseFailure(e, text));
        }
        Run run;
        try {
            run = new Run(msg);
            run.structured();
            run.narrative();
        } catch (Rejected r) {
            return Outcome.rejected(r.rejection);
        } catch (RecognitionException e) {
            return Outcome.rejected(Rejection.message("report text not analysed: " + e.getMessage()));
        } catch (HL7Exception | RuntimeException e) {
            return Outcome.rejected(Rejection.message("rewriting failed (" + e.getClass().getSimpleName() + ")"));
        }
        String out;
        try {
            out = parser.encode(msg);
        } catch (HL7Exception | RuntimeException e) {
            return Outcome.rejected(Rejection.message("the de-identified message could not be encoded ("
                    + e.getClass().getSimpleName() + ")"));
        }
        try {
            parser.parse(out);
        } catch (HL7Exception | RuntimeException e) {
            return Outcome.rejected(Rejection.message("the de-identified message does not parse again ("
                    + e.getClass().getSimpleName() + ")"));
        }
        return new Outcome(out.endsWith("\r") ? out : out + "\r", run.stats, null);
    }

    /** Checks what HAPI would report vaguely: the MSH, its delimiters and the version. */
    private static Rejection precheck(String text) {
        if (!text.startsWith("MSH") || text.length() < 8) {
            return new Rejection(1, null, 0, "the message does not start with an MSH segment");
        }
        char sep = text.charAt(3);
        if (Character.isLetterOrDigit(sep) || sep == '\r') {
            return new Rejection(1, "MSH", 1, "the field separator must be a punctuation character");
        }
        int end = text.indexOf('\r');
        String msh = end < 0 ? text : text.substring(0, end);
        String[] f = msh.split(Pattern.quote(String.valueOf(sep)), -1);
        if (f.length < 12) {
            return new Rejection(1, "MSH", 12, "MSH ends before the version field (MSH-12)");
        }
        String enc = f[1];
        if (enc.length() < 2 || enc.length() > 5 || enc.chars().anyMatch(Character::isLetterOrDigit)) {
            return new Rejection(1, "MSH", 2, "the encoding characters are not 2 to 5 punctuation characters");
        }
        String version = f[11].split(Pattern.quote(String.valueOf(enc.charAt(0))), 2)[0].strip();
        if (!VERSION.matcher(version).matches()) {
            return new Rejection(1, "MSH", 12, "version "
                    + (version.matches("[0-9.]{1,8}") ? version : "(not a version number)")
                    + " is not supported (2.3 to 2.8 are)");
        }
        int i = 0;
        for (String seg : text.split("\r")) {
            i++;
            if (!seg.isEmpty() && !(seg.length() >= 3 && seg.substring(0, 3).matches("[A-Z][A-Z0-9]{2}")
                    && (seg.length() == 3 || seg.charAt(3) == sep))) {
                return new Rejection(i, null, 0, "not a segment (a segment starts with a three-character name and"
                        + " the field separator)");
            }
        }
        return null;
    }

    /** A rejection from a HAPI parse failure: HAPI's message may quote the input, so only its location is used. */
    private static Rejection parseFailure(Exception e, String text) {
        if (e instanceof HL7Exception h && h.getLocation() != null && h.getLocation().getSegmentName() != null) {
            var loc = h.getLocation();
            int idx = 0;
            int i = 0;
            for (String seg : text.split("\r")) {
                i++;
                if (seg.startsWith(loc.getSegmentName())) {
                    idx = i;
                    break;
                }
            }
            return new Rejection(idx, loc.getSegmentName(), Math.max(0, loc.getField()),
                    "HAPI could not parse it (" + e.getClass().getSimpleName() + ")");
        }
        return Rejection.message("HAPI could not parse the message (" + e.getClass().getSimpleName() + ")");
    }

    /** A rejection found while rewriting, thrown to leave the run. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Rejection rejection;

        Rejected(Rejection rejection) {
            super(rejection.reason(), null, false, false);
            this.rejection = rejection;
        }
    }

    /** One narrative value: where it is and its decoded text. */
    private record Piece(Primitive value, Hl7Text text) {
    }

    /** The state of one message's de-identification. */
    private final class Run {
        private final Message msg;
        private final List<Segment> segments = new ArrayList<>();
        private final List<Piece> pieces = new ArrayList<>();
        private final MessageStats stats = new MessageStats();
        private final RewriteContext context;
        private final KnownIdentifiers known;

        Run(Message msg) throws HL7Exception {
            this.msg = msg;
            collect(msg, segments);
            String key = patientKey();
            if (key == null) {
                stats.countNoPatientKey();
                String control = first("MSH", 10, 1);
                key = "hl7-message:" + (control != null ? control : UUID.randomUUID().toString());
            }
            this.context = new RewriteContext(settings.secret(), key);
            this.known = PatientIdentifiers.from(segments);
        }

        private void collect(Group g, List<Segment> out) throws HL7Exception {
            for (String name : g.getNames()) {
                for (Structure s : g.getAll(name)) {
                    if (s instanceof Group gg) {
                        collect(gg, out);
                    } else if (s instanceof Segment seg) {
                        out.add(seg);
                    }
                }
            }
        }

        private String patientKey() throws HL7Exception {
            PatientKeyField f = settings.patientKey();
            String v = first(f.segment(), f.field(), f.component());
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** The first repetition's component value of the first segment called {@code name}, or null. */
        private String first(String name, int field, int comp) throws HL7Exception {
            for (Segment s : segments) {
                if (s.getName().equals(name)) {
                    if (field > s.numFields() || s.getField(field).length == 0) {
                        return null;
                    }
                    String[] found = {null};
                    Leaves.visit(s.getField(field)[0], (p, c, sub) -> {
                        if (c == comp && sub == 1 && found[0] == null) {
                            found[0] = p.getValue();
                        }
                    });
                    return found[0];
                }
            }
            return null;
        }

        void structured() throws HL7Exception {
            FieldMap map = settings.fieldMap();
            for (int i = 0; i < segments.size(); i++) {
                Segment seg = segments.get(i);
                String name = seg.getName();
                if (!map.covers(name)) {
                    for (int f = 1; f <= seg.numFields(); f++) {
                        emptyField(seg, f, name + "-" + f);
                    }
                    stats.segmentEmptied(name);
                    continue;
                }
                for (int f = 1; f <= seg.numFields(); f++) {
                    try {
                        field(seg, name, f);
                    } catch (HL7Exception | RuntimeException e) {
                        if (e instanceof Rejected r) {
                            throw r;
                        }
                        throw new Rejected(new Rejection(i + 1, name, f, "could not be rewritten ("
                                + e.getClass().getSimpleName() + ")"));
                    }
                }
            }
        }

        private void field(Segment seg, String name, int f) throws HL7Exception {
            String label = name + "-" + f;
            FieldMap map = settings.fieldMap();
            FieldMap.Rule whole = map.rule(name, f, 0, 0);
            if (whole != null && whole.layout() == Layout.CLEAR && !map.hasComponentRows(name, f)) {
                emptyField(seg, f, label);
                return;
            }
            for (Type rep : seg.getField(f)) {
                if (whole != null && whole.layout() == Layout.OBSERVATION) {
                    observation(seg, rep, label);
                    continue;
                }
                Leaves.visit(rep, (p, c, s) -> {
                    FieldMap.Rule r = map.rule(name, f, c, s);
                    if (r != null) {
                        apply(p, leafOf(r, c, s), r, label);
                    }
                });
            }
        }

        /** Empties a field and drops its repetitions, so that not even their number shows. */
        private void emptyField(Segment seg, int f, String label) throws HL7Exception {
            Type[] reps = seg.getField(f);
            for (int k = reps.length - 1; k >= 0; k--) {
                if (clearAll(reps[k])) {
                    stats.field(label, "remove");
                }
                if (seg instanceof ca.uhn.hl7v2.model.AbstractSegment a) {
                    a.removeRepetition(f, k);
                }
            }
        }

        private Leaf leafOf(FieldMap.Rule r, int c, int s) {
            if (r.component() == 0) {
                return r.layout().leaf(c, s, r.subtype());
            }
            return r.subcomponent() > 0 ? r.layout().leaf(1, 1, r.subtype()) : r.layout().leaf(s, 1, r.subtype());
        }

        /** OBX-5 by its value type (OBX-2). */
        private void observation(Segment obx, Type rep, String label) throws HL7Exception {
            String type = Objects.requireNonNullElse(first(obx, 2), "").strip().toUpperCase(Locale.ROOT);
            Layout layout;
            PhiSubtype subtype = null;
            switch (type) {
                case "ED", "RP" -> {
                    boolean any = clearAll(rep);
                    if (any) {
                        stats.countEmbeddedRemoved();
                        stats.field(label, "remove-embedded");
                    }
                    return;
                }
                case "TX", "FT", "ST", "TN" -> layout = isUid(rep) ? Layout.UID : Layout.TEXT;
                case "HD", "EI" -> {
                    layout = isUid(rep) ? Layout.UID : Layout.VALUE;
                    subtype = PhiSubtype.IDNUM;
                }
                case "CE", "CWE", "CNE", "CF" -> layout = Layout.CODED;
                case "NM", "SN", "CQ", "NA", "MA", "ID", "IS", "TM", "NR", "MO" -> layout = Layout.KEEP;
                case "DT", "DTM", "TS", "DR" -> {
                    layout = Layout.DATE;
                    subtype = PhiSubtype.DATE;
                }
                case "XPN", "PN" -> {
                    layout = Layout.NAME;
                    subtype = PhiSubtype.PATIENT;
                }
                case "XCN", "CN" -> {
                    layout = Layout.PERSON;
                    subtype = PhiSubtype.DOCTOR;
                }
                case "XAD", "AD" -> layout = Layout.ADDRESS;
                case "XTN", "TEL" -> layout = Layout.PHONE;
                case "CX" -> {
                    layout = Layout.ID;
                    subtype = PhiSubtype.IDNUM;
                }
                default -> layout = Layout.CLEAR; // a value type raddeid does not know: removed
            }
            Layout l = layout;
            PhiSubtype st = subtype;
            FieldMap.Rule pseudo = new FieldMap.Rule("OBX", 5, 0, 0, l, st, FieldMap.FieldOperator.POLICY, 0);
            Leaves.visit(rep, (p, c, s) -> apply(p, l.leaf(c, s, st), pseudo, label));
        }

        private String first(Segment s, int field) throws HL7Exception {
            if (field > s.numFields() || s.getField(field).length == 0) {
                return null;
            }
            String[] v = {null};
            Leaves.visit(s.getField(field)[0], (p, c, sub) -> {
                if (c == 1 && sub == 1) {
                    v[0] = p.getValue();
                }
            });
            return v[0];
        }

        /** True when the value's first component is shaped like a DICOM UID. */
        private boolean isUid(Type rep) throws HL7Exception {
            boolean[] uid = {false};
            Leaves.visit(rep, (p, c, s) -> {
                if (c == 1 && s == 1 && p.getValue() != null && StudyUids.looksLikeUid(p.getValue())) {
                    uid[0] = true;
                }
            });
            return uid[0];
        }

        private boolean clearAll(Type rep) throws HL7Exception {
            boolean[] any = {false};
            Leaves.visit(rep, (p, c, s) -> {
                if (p.getValue() != null && !p.getValue().isEmpty()) {
                    any[0] = true;
                    p.setValue("");
                }
            });
            return any[0];
        }

        private void apply(Primitive p, Leaf leaf, FieldMap.Rule rule, String label) throws HL7Exception {
            String v = p.getValue();
            if (v == null || v.isEmpty() || leaf.kind() == Leaf.Kind.KEEP) {
                return;
            }
            switch (leaf.kind()) {
                case CLEAR -> {
                    p.setValue("");
                    stats.field(label, "remove");
                }
                case TEXT -> pieces.add(new Piece(p, Hl7Text.decode(v)));
                case UID -> uid(p, v, label);
                case PHI -> phi(p, v, leaf, rule, label);
                default -> throw new IllegalStateException("unhandled leaf kind " + leaf.kind());
            }
        }

        /** A UID is remapped; a short code beside it (ISO, DCM) kept; anything else removed. */
        private void uid(Primitive p, String v, String label) throws HL7Exception {
            if (StudyUids.looksLikeUid(v)) {
                p.setValue(StudyUids.remap(settings.secret(), v));
                stats.field(label, "uid");
            } else if (!CODE.matcher(v).matches()) {
                p.setValue("");
                stats.field(label, "remove");
            }
        }

        private void phi(Primitive p, String v, Leaf leaf, FieldMap.Rule rule, String label) throws HL7Exception {
            FieldMap.FieldOperator op = leaf.own() ? rule.operator() : FieldMap.FieldOperator.POLICY;
            PhiSubtype sub = leaf.subtype();
            String out;
            String action;
            switch (op) {
                case KEEP -> {
                    return;
                }
                case REMOVE -> {
                    out = "";
                    action = "remove";
                }
                case PSEUDONYM -> {
                    out = sub == PhiSubtype.MEDICALRECORD ? Pseudonyms.patientId(settings.secret(), v)
                            : Pseudonyms.of(settings.secret(), "hl7-" + sub.name().toLowerCase(Locale.ROOT), v);
                    action = "pseudonym";
                }
                default -> {
                    if (sub.type() == PhiType.ID && StudyUids.looksLikeUid(v)) {
                        uid(p, v, label); // a document or instance UID maps as the DICOM bridge maps it
                        return;
                    }
                    PhiSpan span = new PhiSpan(0, v.length(), sub.type(), sub, 1.0, FIELD_MAP);
                    Operator o = settings.policy().operatorFor(span);
                    out = o.apply(v, span, context);
                    action = o.nameFor(v, span);
                }
            }
            if (sub.type() == PhiType.DATE && !out.isEmpty() && !HL7_DATE.matcher(out).matches()) {
                out = ""; // a redacting policy's tag is no HL7 date: the field is emptied instead
                action = action + "+emptied";
            }
            p.setValue(Hl7Text.encode(out));
            stats.field(label, action);
        }

        /** The narrative of the whole message through the text engine in one pass, written back piece by piece. */
        void narrative() throws HL7Exception {
            if (pieces.isEmpty()) {
                return;
            }
            StringBuilder doc = new StringBuilder();
            int[] starts = new int[pieces.size()];
            for (int i = 0; i < pieces.size(); i++) {
                if (i > 0) {
                    doc.append('\n');
                }
                starts[i] = doc.length();
                doc.append(pieces.get(i).text().text());
            }
            if (doc.toString().isBlank()) {
                return;
            }
            DeidResult result = deid.deidentify(doc.toString(), settings.policy(), context, known);
            List<List<Hl7Text.Edit>> edits = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                edits.add(new ArrayList<>());
            }
            for (DeidResult.Replacement r : result.replacements()) {
                stats.textSpan(r.span().type().name());
                String replacement = result.text().substring(r.outStart(), r.outEnd());
                boolean placed = false;
                for (int i = 0; i < pieces.size(); i++) {
                    int ps = starts[i];
                    int pe = ps + pieces.get(i).text().text().length();
                    int s = Math.max(r.span().start(), ps);
                    int e = Math.min(r.span().end(), pe);
                    if (s < e || s == e && r.span().start() == s && s < pe) {
                        // the first piece the span touches takes the replacement; later ones lose their part
                        edits.get(i).add(new Hl7Text.Edit(s - ps, e - ps, placed ? "" : replacement));
                        placed = true;
                    }
                }
            }
            for (int i = 0; i < pieces.size(); i++) {
                if (!edits.get(i).isEmpty()) {
                    Piece piece = pieces.get(i);
                    piece.value().setValue(piece.text().apply(edits.get(i)));
                }
            }
        }
    }
}

package org.raddeid.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.model.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.residual.Evidence;
import org.raddeid.core.residual.ResidualCheck;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.rewrite.Operator;
import org.raddeid.core.rewrite.Pseudonyms;
import org.raddeid.core.rewrite.RewriteContext;

/**
 * The de-identification of one parsed message: structured fields by the field map, then the narrative through the
 * text engine in one pass. Used once, by one thread; a problem is thrown as {@link Rejected} with its place.
 */
final class MessageRun {

    /** Recognizer name on the synthetic spans made for structured fields. */
    static final String FIELD_MAP = "hl7-field-map";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,9}");
    private static final Pattern HL7_DATE = Pattern.compile(
            "\\d{4}(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\.\\d{1,4})?)?)?)?)?)?(?:[+-]\\d{4})?");

    /** A rejection found while rewriting, thrown to leave the run. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Rejection rejection;

        Rejected(Rejection rejection) {
            super(rejection.reason(), null, false, false);
            this.rejection = rejection;
        }

        /** Returns where and why. */
        Rejection rejection() {
            return rejection;
        }
    }

    /** One narrative value: where it is (segment position and field, for the residual check) and its decoded text. */
    private record Piece(Primitive value, Hl7Text text, int segment, String field) {
    }

    private final Hl7Deidentifier.Settings settings;
    private final Deidentifier deid;
    private final Message msg;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Piece> pieces = new ArrayList<>();
    private final MessageStats stats = new MessageStats();
    private final RewriteContext context;
    private final KnownIdentifiers known;
    private final ResidualCheck residualCheck;
    /** The PHI values of the structured fields, searched again in the narrative by the residual check. */
    private final List<Evidence.Found> found = new ArrayList<>();
    private int segment;
    private final KnownCheck knownCheck;
    /** The values raddeid wrote (by identity): the final check looks at every other value. */
    private final Set<Primitive> written = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Prepares the run of {@code msg}; {@code residualCheck} is null when the narrative is not checked again. */
    MessageRun(Message msg, Hl7Deidentifier.Settings settings, Deidentifier deid, ResidualCheck residualCheck)
            throws HL7Exception {
        this.settings = settings;
        this.deid = deid;
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
        this.residualCheck = residualCheck;
        this.knownCheck = new KnownCheck(known);
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

    /** Returns what was done so far. */
    MessageStats stats() {
        return stats;
    }

    void structured() throws HL7Exception {
        FieldMap map = settings.fieldMap();
        for (int i = 0; i < segments.size(); i++) {
            segment = i + 1;
            Segment seg = segments.get(i);
            String name = seg.getName();
            if (!map.covers(name)) {
                for (int f = 1; f <= seg.numFields(); f++) {
                    emptyField(seg, f, name + "-" + f);
                }
                stats.segmentEmptied(name);
                continue;
            }
            if (name.startsWith("Z") && !map.hasOwnRows(name)) {
                stats.zSegmentEmptied(name); // emptied field by field below, by the Z* row
            } else if (map.allPhi(name)) {
                stats.allPhiSegmentEmptied(name);
            }
            // MSH-1 and MSH-2 are the delimiters themselves
            for (int f = name.equals("MSH") ? 3 : 1; f <= seg.numFields(); f++) {
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
            if (whole != null && whole.layout() == Layout.KEEP && whole.component() == 0
                    && TypedValues.CODED_TYPES.contains(TypedValues.typeOf(rep))) {
                // a coded value kept whole would keep its text too: codes are kept, text goes to the text engine
                Leaves.visit(rep, (p, c, s) -> apply(p, Layout.CODED.leaf(c, s, null), whole, label));
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
        if (type.equals("ED") || type.equals("RP")) {
            if (clearAll(rep)) {
                stats.countEmbeddedRemoved();
                stats.field(label, "remove-embedded");
            }
            return;
        }
        ObservationTypes.Reading r = ObservationTypes.read(type, isUid(rep));
        FieldMap.Rule pseudo = new FieldMap.Rule("OBX", 5, 0, 0, r.layout(), r.subtype(),
                FieldMap.FieldOperator.POLICY, 0);
        Leaves.visit(rep, (p, c, s) -> apply(p, r.layout().leaf(c, s, r.subtype()), pseudo, label));
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
        if (v == null || v.isEmpty()) {
            return;
        }
        switch (leaf.kind()) {
            case KEEP -> check(p, v, label);
            case CLEAR -> {
                p.setValue("");
                written.add(p);
                stats.field(label, "remove");
            }
            case TEXT -> pieces.add(new Piece(p, Hl7Text.decode(v), segment, label));
            case UID -> uid(p, v, label);
            case PHI -> phi(p, v, leaf, rule, label);
            default -> throw new IllegalStateException("unhandled leaf kind " + leaf.kind());
        }
    }

    /**
     * A value to keep, checked first: one shaped like a full date is shifted; one that is not what its type says, or
     * that holds a known identifier, goes through the text engine; the rest is kept and counted as kept verbatim.
     */
    private void check(Primitive p, String v, String label) throws HL7Exception {
        if (TypedValues.isFullDate(v)) {
            phi(p, v, Leaf.phi(PhiSubtype.DATE), null, label);
        } else if (!TypedValues.fits(p, v) || knownCheck.hits(v)) {
            pieces.add(new Piece(p, Hl7Text.decode(v), segment, label));
            stats.field(label, "checked-as-text");
        } else {
            stats.keptVerbatim(label);
        }
    }

    /** The last check before the message is written ({@link OutputChecks#knownIdentifiers}). */
    void finalCheck() throws HL7Exception {
        OutputChecks.knownIdentifiers(segments, written, knownCheck);
    }

    /** {@code encoded} with the standard segments HAPI left out put back ({@link OutputChecks#emptySegments}). */
    String restoreEmptySegments(String encoded) throws HL7Exception {
        return OutputChecks.emptySegments(segments, settings.fieldMap(), encoded);
    }

    /** A UID is remapped; a short code beside it (ISO, DCM) kept; anything else removed. */
    private void uid(Primitive p, String v, String label) throws HL7Exception {
        if (StudyUids.looksLikeUid(v)) {
            p.setValue(StudyUids.remap(settings.secret(), v));
            written.add(p);
            stats.field(label, "uid");
        } else if (!CODE.matcher(v).matches()) {
            p.setValue("");
            written.add(p);
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
                found.add(new Evidence.Found(Hl7Text.decode(v).text(), sub.type()));
                out = sub == PhiSubtype.MEDICALRECORD ? Pseudonyms.patientId(settings.secret(), v)
                        : Pseudonyms.of(settings.secret(), "hl7-" + sub.name().toLowerCase(Locale.ROOT), v);
                action = "pseudonym";
            }
            default -> {
                found.add(new Evidence.Found(Hl7Text.decode(v).text(), sub.type()));
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
        written.add(p);
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
                written.add(piece.value());
            }
        }
        if (residualCheck != null) {
            List<NarrativeCheck.Place> places = new ArrayList<>();
            pieces.forEach(p -> places.add(new NarrativeCheck.Place(p.segment(), p.field())));
            NarrativeCheck.leftovers(residualCheck, Evidence.of(known, doc.toString(), result).with(found), result,
                    new NarrativeCheck.Pieces(places, starts)).forEach(stats::leftover);
        }
    }
}

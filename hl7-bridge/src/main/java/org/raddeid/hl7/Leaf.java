package org.raddeid.hl7;

import org.raddeid.core.PhiSubtype;

/**
 * What happens to one leaf of a field (a component or subcomponent value).
 *
 * @param kind the treatment
 * @param subtype the PHI subtype for {@link Kind#PHI}, else null
 * @param own true when the leaf carries the field map row's own subtype and operator; false for a fixed part of the
 *     layout (a facility inside an identifier, a date inside a name), which always takes the policy's operator
 */
public record Leaf(Kind kind, PhiSubtype subtype, boolean own) {

    /** The treatments of a leaf. */
    public enum Kind {
        /** PHI of {@link Leaf#subtype()}: rewritten by the operator. */
        PHI,
        /**
         * Kept after a check (codes, flags, units): a date-shaped value is shifted, one that fails its type's syntax or
         * holds a known identifier goes through the text engine.
         */
        KEEP,
        /** Emptied: a part of the layout raddeid does not know, so it is removed. */
        CLEAR,
        /** Free text: through the {@link org.raddeid.core.Deidentifier} with the patient's known identifiers. */
        TEXT,
        /** A DICOM UID: remapped by {@link StudyUids}. */
        UID
    }

    static final Leaf KEEP = new Leaf(Kind.KEEP, null, false);
    static final Leaf CLEAR = new Leaf(Kind.CLEAR, null, false);
    static final Leaf TEXT = new Leaf(Kind.TEXT, null, false);
    static final Leaf UID = new Leaf(Kind.UID, null, false);

    /** A fixed PHI part of a layout, rewritten by the policy. */
    static Leaf phi(PhiSubtype subtype) {
        return new Leaf(Kind.PHI, subtype, false);
    }

    /** The row's own PHI part. */
    static Leaf own(PhiSubtype subtype) {
        return new Leaf(Kind.PHI, subtype, true);
    }
}

package org.raddeid.dicom.deid;

/**
 * The actions of PS3.15 Table E.1-1 as raddeid carries them out. Compound codes of the table ({@code X/Z},
 * {@code X/D}, {@code Z/D}, {@code X/Z/D}, {@code X/Z/U*}) depend on the attribute's type in its IOD, which a
 * de-identifier of arbitrary objects cannot know; raddeid takes the alternative that keeps the object conformant
 * (Z over X, D over X and Z, U over X and Z), none of which keeps the original value.
 */
public enum Action {
    /** Remove the attribute. */
    X,
    /** Replace with a zero-length value (a sequence loses its items). */
    Z,
    /** Replace with a non-zero-length dummy value consistent with the VR (a keyed surrogate where one fits). */
    D,
    /** Keep the value (for a sequence: keep it, cleaning its items by the same table). */
    K,
    /** Clean: replace identifying information with values of similar meaning (text through the recognizers). */
    C,
    /** Replace a UID with a keyed, consistent {@code 2.25.} UID. */
    U;

    /** Parses a cell of the table, resolving compound codes as described in the class comment. */
    public static Action parse(String cell) {
        String c = cell.strip();
        if (c.contains("U")) {
            return U;
        }
        if (c.contains("D")) {
            return D;
        }
        if (c.contains("Z")) {
            return Z;
        }
        return switch (c) {
            case "X" -> X;
            case "K" -> K;
            case "C" -> C;
            default -> throw new IllegalArgumentException("unknown Table E.1-1 action '" + c + "'");
        };
    }
}

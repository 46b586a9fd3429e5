package org.raddeid.corpora;

import java.util.Objects;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

/**
 * A gold-standard PHI label: {@code [start, end)} in Java char offsets (readers and writers convert from and to code
 * points), its type, optional subtype and, for names, optional origin (the generator records which name pool a name
 * came from, such as {@code HISPANIC}). Immutable.
 *
 * @param start first char, inclusive
 * @param end last char, exclusive
 * @param type the PHI type
 * @param subtype the subtype, or null; when given it belongs to {@code type}
 * @param origin the name origin, or null when unknown or not a name
 */
public record Annotation(int start, int end, PhiType type, PhiSubtype subtype, String origin) {

    public Annotation {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("annotation needs 0 <= start < end, was start=" + start + " end=" + end);
        }
        Objects.requireNonNull(type, "annotation type");
        if (subtype != null && subtype.type() != type) {
            throw new IllegalArgumentException("subtype " + subtype + " does not belong to type " + type);
        }
        if (origin != null && origin.isBlank()) {
            origin = null;
        }
    }

    /** An annotation typed by its subtype, with no origin. */
    public static Annotation of(int start, int end, PhiSubtype subtype) {
        return new Annotation(start, end, subtype.type(), subtype, null);
    }

    /** Returns {@code end - start}. */
    public int length() {
        return end - start;
    }
}

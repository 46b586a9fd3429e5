package org.raddeid.corpora.format;

import java.util.Objects;
import java.util.Optional;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.corpora.Annotation;

/**
 * A type with an optional subtype, written as one label: the subtype name when there is one, otherwise the type name
 * (BRAT entity labels, PhysioNet categories). Immutable.
 *
 * <p>{@code AGE}, {@code DATE} and {@code PROFESSION} name both a type and a subtype; such a label is read as the
 * subtype, so a type-only annotation of one of these types comes back with its same-named subtype.
 *
 * @param type the PHI type
 * @param subtype the subtype, or null
 */
record PhiLabel(PhiType type, PhiSubtype subtype) {

    PhiLabel {
        Objects.requireNonNull(type, "type");
        if (subtype != null && subtype.type() != type) {
            throw new IllegalArgumentException("subtype " + subtype + " does not belong to type " + type);
        }
    }

    /** Returns the label of an annotation. */
    static PhiLabel of(Annotation a) {
        return new PhiLabel(a.type(), a.subtype());
    }

    /** Returns the label as written: the subtype's constant name, or the type name. */
    String text() {
        return subtype != null ? subtype.name() : type.name();
    }

    /** Parses a label: a subtype name (either spelling) first, then a type name; empty when it is neither. */
    static Optional<PhiLabel> parse(String label) {
        try {
            PhiSubtype s = PhiSubtype.parse(label);
            return Optional.of(new PhiLabel(s.type(), s));
        } catch (IllegalArgumentException notSubtype) {
            try {
                return Optional.of(new PhiLabel(PhiType.parse(label), null));
            } catch (IllegalArgumentException notType) {
                return Optional.empty();
            }
        }
    }

    /**
     * Returns a label or name from a file in a form safe for a problem message: quoted when it looks like an identifier
     * of at most 40 characters, otherwise only its length, so free text that landed in a label field is never echoed.
     */
    static String quoteSafely(String value) {
        if (value != null && value.matches("[A-Za-z][A-Za-z0-9_-]{0,39}")) {
            return "'" + value + "'";
        }
        return "a value of " + (value == null ? 0 : value.length()) + " chars";
    }
}

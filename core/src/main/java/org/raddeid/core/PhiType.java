package org.raddeid.core;

/**
 * The coarse PHI categories, close to the i2b2 2014 de-identification scheme.
 *
 * <p>{@link #precedence()} is the fixed tie-break the ensemble uses when overlapping spans of different types score the
 * same: more structured types (identifiers, contacts, dates) win over free-text ones, because their patterns are more
 * specific.
 */
public enum PhiType {
    NAME(4),
    DATE(2),
    AGE(3),
    LOCATION(5),
    CONTACT(1),
    ID(0),
    PROFESSION(6);

    private final int precedence;

    PhiType(int precedence) {
        this.precedence = precedence;
    }

    /** Returns the tie-break rank: lower wins. */
    public int precedence() {
        return precedence;
    }

    /**
     * Parses a type name case-insensitively.
     *
     * @throws IllegalArgumentException naming the value when it is not a type
     */
    public static PhiType parse(String name) {
        if (name != null) {
            for (PhiType t : values()) {
                if (t.name().equalsIgnoreCase(name.trim())) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("unknown PHI type '" + name + "'");
    }
}

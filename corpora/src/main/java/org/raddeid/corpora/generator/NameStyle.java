package org.raddeid.corpora.generator;

import java.util.Locale;

/**
 * The surface forms a person name is written in. Titles ({@code Dr.}) and credentials ({@code MD}, {@code RT(R)})
 * are never part of the rendered name: following the i2b2 2014 convention they stay outside the NAME span.
 */
public enum NameStyle {
    /** {@code John Doe} */
    FIRST_LAST,
    /** {@code Doe, John} */
    LAST_COMMA_FIRST,
    /** {@code DOE, JOHN} */
    CAPS_LAST_COMMA_FIRST,
    /** {@code Doe, John A.} (falls back to {@code Doe, John} without a middle initial) */
    LAST_COMMA_FIRST_MIDDLE,
    /** {@code John A. Doe} */
    FIRST_MIDDLE_LAST,
    /** {@code J. Doe} */
    INITIAL_LAST,
    /** {@code Doe} */
    LAST_ONLY,
    /** {@code JOHN DOE} */
    CAPS_FIRST_LAST,
    /** {@code JD} */
    INITIALS;

    /** Returns {@code name} written in this style; never blank, never with outer whitespace. */
    public String render(PersonName name) {
        String mi = name.hasMiddle() ? name.middleInitial() + "." : "";
        return switch (this) {
            case FIRST_LAST -> name.given() + " " + name.family();
            case LAST_COMMA_FIRST -> name.family() + ", " + name.given();
            case CAPS_LAST_COMMA_FIRST -> upper(name.family() + ", " + name.given());
            case LAST_COMMA_FIRST_MIDDLE -> name.family() + ", " + name.given() + (mi.isEmpty() ? "" : " " + mi);
            case FIRST_MIDDLE_LAST -> name.given() + (mi.isEmpty() ? "" : " " + mi) + " " + name.family();
            case INITIAL_LAST -> name.given().charAt(0) + ". " + name.family();
            case LAST_ONLY -> name.family();
            case CAPS_FIRST_LAST -> upper(name.given() + " " + name.family());
            case INITIALS -> initials(name);
        };
    }

    /** Returns the upper-case initials of given name and the first word of the surname, such as {@code JD}. */
    public static String initials(PersonName name) {
        String family = name.family().replaceAll("^(?i)(van der |van den |van |de la |de |o')", "");
        return upper(name.given().substring(0, 1) + family.substring(0, 1));
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}

package org.raddeid.hl7;

import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a value an HL7 field keeps is what its type says: numbers (NM, SI) are numbers, times (TM) times, codes and
 * flags (ID, IS and the code parts of CE/CWE/CNE) one short token, and whether any kept value is shaped like a full
 * date (which is shifted, whatever field it sits in). HAPI's v2.5.1 class of each primitive gives its type; a value of
 * a field later versions added has no type and is read as a code. Stateless.
 */
final class TypedValues {

    /** Data types read as coded values (codes kept after their check, text through the text engine). */
    static final Set<String> CODED_TYPES = Set.of("CE", "CWE", "CNE", "CF");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)");
    private static final Pattern SEQUENCE = Pattern.compile("\\d{1,10}");
    private static final Pattern TIME = Pattern.compile("\\d{2}(?:\\d{2}(?:\\d{2}(?:\\.\\d{1,4})?)?)?(?:[+-]\\d{4})?");
    /** One token of the characters codes, units, versions and OIDs are written with; no white space. */
    private static final Pattern CODE = Pattern.compile("[\\p{Alnum}._\\-+/:#*%=<>!?()\\[\\]'&,^~|]{1,40}");
    private static final Pattern FULL_DATE = Pattern.compile(
            "((?:18|19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\.\\d{1,4})?)?)?)?"
            + "(?:[+-]\\d{4})?");

    private TypedValues() {
    }

    /** Returns the HL7 type name of a field repetition or primitive ({@code CWE}, {@code NM}), from its HAPI class. */
    static String typeOf(Type t) {
        return t.getClass().getSimpleName();
    }

    /** True when {@code value} is a full calendar date of HL7 form ({@code 20240307}, {@code 202403071230}). */
    static boolean isFullDate(String value) {
        var m = FULL_DATE.matcher(value.strip());
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** True when {@code value} fits the syntax of {@code p}'s type; text types (ST, TX, FT) are read as codes here. */
    static boolean fits(Primitive p, String value) {
        String v = value.strip();
        return switch (typeOf(p)) {
            case "NM" -> NUMBER.matcher(v).matches();
            case "SI" -> SEQUENCE.matcher(v).matches();
            case "TM" -> TIME.matcher(v).matches();
            default -> CODE.matcher(v).matches();
        };
    }
}

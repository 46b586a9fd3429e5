package org.raddeid.hl7;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the patient key is read: a segment, field and component, first repetition, such as {@code PID-3.1} (the
 * default: the first patient identifier's ID). Immutable.
 *
 * @param segment segment name
 * @param field field number from 1
 * @param component component number from 1
 */
public record PatientKeyField(String segment, int field, int component) {

    /** {@code PID-3.1}: the ID of the first repetition of the patient identifier list. */
    public static final PatientKeyField DEFAULT = new PatientKeyField("PID", 3, 1);

    private static final Pattern FORM = Pattern.compile("([A-Z][A-Z0-9]{2})-(\\d{1,3})(?:\\.(\\d{1,3}))?");

    /**
     * Parses {@code SEG-F} or {@code SEG-F.C}.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static PatientKeyField parse(String spec) {
        Matcher m = FORM.matcher(spec.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || m.group(3) != null && Integer.parseInt(m.group(3)) < 1) {
            throw new IllegalArgumentException("patient key field must look like PID-3.1 (segment-field.component), was '"
                    + spec + "'");
        }
        return new PatientKeyField(m.group(1), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        return segment + "-" + field + "." + component;
    }
}

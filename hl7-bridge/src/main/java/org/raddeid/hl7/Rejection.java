package org.raddeid.hl7;

/**
 * Why a message was not de-identified: where (segment position and name, field) and what, never any content of the
 * message. Immutable.
 *
 * @param segmentIndex the segment's position in the message, from 1; 0 when it concerns the whole message
 * @param segment the segment's name, or null
 * @param field the field number, or 0 when it concerns the whole segment or message
 * @param reason what is wrong, in words that quote nothing from the message
 */
public record Rejection(int segmentIndex, String segment, int field, String reason) {

    /** A rejection of the whole message. */
    public static Rejection message(String reason) {
        return new Rejection(0, null, 0, reason);
    }

    /** Returns the place and reason in one line: {@code segment 5 (OBX) field 5: …}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (segmentIndex > 0) {
            b.append("segment ").append(segmentIndex);
            if (segment != null) {
                b.append(" (").append(segment).append(')');
            }
            if (field > 0) {
                b.append(" field ").append(field);
            }
            b.append(": ");
        } else if (segment != null) {
            b.append(segment).append(field > 0 ? "-" + field : "").append(": ");
        }
        return b.append(reason).toString();
    }
}

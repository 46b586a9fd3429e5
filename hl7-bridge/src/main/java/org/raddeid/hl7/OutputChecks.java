package org.raddeid.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What is checked and repaired on a de-identified message before it is written: no value raddeid did not write may
 * hold a known identifier, and no standard segment of the input may go missing because nothing was left in it.
 * Stateless.
 */
final class OutputChecks {

    private OutputChecks() {
    }

    /**
     * The last check before the message is written: no value raddeid did not write itself may hold one of the
     * message's known identifiers.
     *
     * @throws MessageRun.Rejected naming the segment and field of the first such value
     */
    static void knownIdentifiers(List<Segment> segments, Set<Primitive> written, KnownCheck knownCheck)
            throws HL7Exception {
        for (int i = 0; i < segments.size(); i++) {
            Segment seg = segments.get(i);
            for (int f = seg.getName().equals("MSH") ? 3 : 1; f <= seg.numFields(); f++) {
                for (Type rep : seg.getField(f)) {
                    int field = f;
                    int index = i + 1;
                    Leaves.visit(rep, (p, c, s) -> {
                        if (!written.contains(p) && knownCheck.hits(p.getValue())) {
                            throw new MessageRun.Rejected(new Rejection(index, seg.getName(), field, "a value that was kept "
                                    + "holds one of the message's known identifiers"));
                        }
                    });
                }
            }
        }
    }

    /**
     * Puts back the standard segments HAPI left out of {@code encoded} because nothing was left in them (a TQ1 that
     * held only dates, under a redacting policy): each as its bare name, where it stood, so that no segment of the
     * input is lost. Z-segments and segments the map empties stay out. When the encoded segments do not line up with
     * the parsed ones, {@code encoded} is returned as it is.
     */
    static String emptySegments(List<Segment> segments, FieldMap map, String encoded) throws HL7Exception {
        String[] lines = encoded.split("\r");
        List<String> out = new ArrayList<>();
        int at = 0;
        boolean any = false;
        for (Segment seg : segments) {
            if (!isEmpty(seg)) {
                if (at >= lines.length || !lines[at].startsWith(seg.getName())) {
                    return encoded;
                }
                out.add(lines[at++]);
            } else if (!seg.getName().startsWith("Z") && !map.allPhi(seg.getName())
                    && map.hasOwnRows(seg.getName())) {
                out.add(seg.getName());
                any = true;
            }
        }
        if (!any || at != lines.length) {
            return encoded;
        }
        return String.join("\r", out) + "\r";
    }

    private static boolean isEmpty(Segment seg) throws HL7Exception {
        boolean[] value = {false};
        for (int f = 1; f <= seg.numFields() && !value[0]; f++) {
            for (Type rep : seg.getField(f)) {
                Leaves.visit(rep, (p, c, s) -> value[0] |= p.getValue() != null && !p.getValue().isEmpty());
            }
        }
        return !value[0];
    }
}

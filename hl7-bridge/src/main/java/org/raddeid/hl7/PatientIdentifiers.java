package org.raddeid.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.KnownIdentifiers.KnownDate;
import org.raddeid.core.KnownIdentifiers.KnownId;
import org.raddeid.core.PhiSubtype;

/**
 * The patient's own identifiers, read from PID (and MRG, NK1) before anything is rewritten, handed to the text engine
 * as {@link KnownIdentifiers} so the narrative loses them wherever they occur (as NLM Scrubber does): names (PID-5,
 * PID-6, PID-9, MRG-7, NK1-2, the guarantor GT1-3 and the insured IN1-16), identifiers of four characters or more
 * (PID-2, PID-3, PID-4, PID-18, PID-19, PID-20, MRG-1, GT1-2, GT1-12, IN1-49) and the birth date (PID-7). Shorter identifiers are left to the recognizers: {@code 12} would match every
 * "12" in a report. Stateless.
 */
final class PatientIdentifiers {

    private static final int MIN_ID_CHARS = 4;

    private PatientIdentifiers() {
    }

    /** Returns the known identifiers found in {@code segments}. */
    static KnownIdentifiers from(List<Segment> segments) throws HL7Exception {
        List<String> names = new ArrayList<>();
        List<KnownId> ids = new ArrayList<>();
        List<KnownDate> dates = new ArrayList<>();
        for (Segment s : segments) {
            switch (s.getName()) {
                case "PID" -> {
                    for (int f : new int[] {5, 6, 9}) {
                        names(s, f, 1, names);
                    }
                    for (int f : new int[] {2, 3, 4}) {
                        ids(s, f, PhiSubtype.MEDICALRECORD, ids);
                    }
                    ids(s, 18, PhiSubtype.ACCOUNT, ids);
                    ids(s, 19, PhiSubtype.SSN, ids);
                    ids(s, 20, PhiSubtype.LICENSE, ids);
                    birthDate(s, dates);
                }
                case "MRG" -> {
                    names(s, 7, 1, names);
                    ids(s, 1, PhiSubtype.MEDICALRECORD, ids);
                }
                case "NK1" -> names(s, 2, 1, names);
                case "GT1" -> {
                    names(s, 3, 1, names);
                    ids(s, 2, PhiSubtype.IDNUM, ids);
                    ids(s, 12, PhiSubtype.SSN, ids);
                }
                case "IN1" -> {
                    names(s, 16, 1, names);
                    ids(s, 49, PhiSubtype.HEALTHPLAN, ids);
                }
                default -> {
                    // other segments hold other people
                }
            }
        }
        return new KnownIdentifiers(names, ids, dates);
    }

    /** XPN names: given, middle and family name (components 2, 3, 1) as one name per repetition. */
    private static void names(Segment s, int field, int family, List<String> out) throws HL7Exception {
        for (Type rep : reps(s, field)) {
            Map<Integer, StringBuilder> parts = new TreeMap<>();
            Leaves.visit(rep, (p, c, sub) -> {
                if (c <= 3 && p.getValue() != null && !p.getValue().isBlank()) {
                    parts.computeIfAbsent(c, k -> new StringBuilder()).append(' ').append(p.getValue().strip());
                }
            });
            StringBuilder name = new StringBuilder();
            for (int c : new int[] {2, 3, family}) {
                if (parts.containsKey(c)) {
                    name.append(parts.get(c));
                }
            }
            if (!name.toString().isBlank()) {
                out.add(name.toString().strip());
            }
        }
    }

    private static void ids(Segment s, int field, PhiSubtype subtype, List<KnownId> out) throws HL7Exception {
        for (Type rep : reps(s, field)) {
            String v = firstComponent(rep);
            if (v != null && v.codePoints().filter(Character::isLetterOrDigit).count() >= MIN_ID_CHARS) {
                out.add(new KnownId(v.strip(), subtype));
            }
        }
    }

    private static void birthDate(Segment s, List<KnownDate> out) throws HL7Exception {
        for (Type rep : reps(s, 7)) {
            String v = firstComponent(rep);
            if (v != null && v.length() >= 8 && v.substring(0, 8).chars().allMatch(Character::isDigit)) {
                try {
                    out.add(new KnownDate(LocalDate.of(Integer.parseInt(v.substring(0, 4)),
                            Integer.parseInt(v.substring(4, 6)), Integer.parseInt(v.substring(6, 8))),
                            PhiSubtype.DOB));
                } catch (DateTimeException e) {
                    // not a calendar date: the field is rewritten anyway, the text has nothing to match
                }
            }
        }
    }

    private static String firstComponent(Type rep) throws HL7Exception {
        String[] v = {null};
        Leaves.visit(rep, (p, c, sub) -> {
            if (c == 1 && sub == 1) {
                v[0] = p.getValue();
            }
        });
        return v[0];
    }

    private static Type[] reps(Segment s, int field) throws HL7Exception {
        return field <= s.numFields() ? s.getField(field) : new Type[0];
    }
}

package org.raddeid.llm;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

/**
 * Maps a model's label onto raddeid's types. Accepted: every {@link PhiSubtype} name (typed by it), every
 * {@link PhiType} name (no subtype), and common synonyms models use ({@code PERSON}, {@code MRN}, {@code ADDRESS}, …).
 *
 * <p>An unknown or missing label maps to {@link PhiType#NAME} without a subtype. A quote that anchors in the text is
 * PHI by the model's account whatever it called it, so the label only picks the replacement; NAME is removed by every
 * shipped policy (the limited data set keeps dates, places and ages, so those would be unsafe defaults) and it is the
 * most common PHI models find beyond what patterns catch. Thread-safe.
 */
final class Labels {

    /** A label's meaning: a type and, when known, a subtype. */
    record Label(PhiType type, PhiSubtype subtype) {
    }

    static final Label UNKNOWN = new Label(PhiType.NAME, null);

    private static final Map<String, PhiSubtype> SYNONYMS = Map.ofEntries(
            Map.entry("DOCTOR_NAME", PhiSubtype.DOCTOR), Map.entry("PHYSICIAN", PhiSubtype.DOCTOR),
            Map.entry("CLINICIAN", PhiSubtype.DOCTOR), Map.entry("PATIENT_NAME", PhiSubtype.PATIENT),
            Map.entry("FAMILY", PhiSubtype.RELATIVE), Map.entry("ADDRESS", PhiSubtype.STREET),
            Map.entry("STREET_ADDRESS", PhiSubtype.STREET), Map.entry("POSTCODE", PhiSubtype.ZIP),
            Map.entry("ZIPCODE", PhiSubtype.ZIP), Map.entry("ZIP_CODE", PhiSubtype.ZIP),
            Map.entry("FACILITY", PhiSubtype.HOSPITAL), Map.entry("ORG", PhiSubtype.ORGANIZATION),
            Map.entry("PHONE_NUMBER", PhiSubtype.PHONE), Map.entry("TELEPHONE", PhiSubtype.PHONE),
            Map.entry("EMAIL_ADDRESS", PhiSubtype.EMAIL), Map.entry("IP_ADDRESS", PhiSubtype.IPADDR),
            Map.entry("MRN", PhiSubtype.MEDICALRECORD), Map.entry("MEDICAL_RECORD", PhiSubtype.MEDICALRECORD),
            Map.entry("MEDICAL_RECORD_NUMBER", PhiSubtype.MEDICALRECORD),
            Map.entry("ACCESSION_NUMBER", PhiSubtype.ACCESSION), Map.entry("DATE_OF_BIRTH", PhiSubtype.DOB),
            Map.entry("BIRTHDATE", PhiSubtype.DOB), Map.entry("TIME", PhiSubtype.DATE),
            Map.entry("DATETIME", PhiSubtype.DATE), Map.entry("ID_NUMBER", PhiSubtype.IDNUM),
            Map.entry("IDENTIFIER", PhiSubtype.IDNUM), Map.entry("SERIAL", PhiSubtype.DEVICE),
            Map.entry("OCCUPATION", PhiSubtype.PROFESSION), Map.entry("JOB", PhiSubtype.PROFESSION));

    /** Labels for a person of unknown role: NAME without a subtype. */
    private static final Set<String> PERSON = Set.of("PERSON", "PER", "PERSON_NAME", "FULL_NAME");

    private Labels() {
    }

    /** Returns the meaning of {@code label}, or {@link #UNKNOWN}. */
    static Label map(String label) {
        if (label == null || label.isBlank()) {
            return UNKNOWN;
        }
        String key = key(label);
        if (PERSON.contains(key)) {
            return new Label(PhiType.NAME, null);
        }
        PhiSubtype synonym = SYNONYMS.get(key);
        if (synonym != null) {
            return new Label(synonym.type(), synonym);
        }
        for (PhiSubtype s : PhiSubtype.values()) {
            if (s.name().equals(key)) {
                return new Label(s.type(), s);
            }
        }
        for (PhiType t : PhiType.values()) {
            if (t.name().equals(key)) {
                return new Label(t, null);
            }
        }
        return UNKNOWN;
    }

    /** Returns true when {@code label} is one this class knows (so an unknown one can be counted). */
    static boolean known(String label) {
        if (label == null || label.isBlank()) {
            return false;
        }
        return PERSON.contains(key(label)) || map(label) != UNKNOWN;
    }

    private static String key(String label) {
        return label.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}

package org.raddeid.core;

import java.util.Locale;

/**
 * Fine PHI categories, each belonging to one {@link PhiType}. Names follow the i2b2 2014 scheme ({@code LOCATION-OTHER}
 * is written {@code LOCATION_OTHER} here; {@link #parse} accepts both), plus {@code RELATIVE}, {@code ACCESSION} and
 * {@code DOB}, which radiology needs.
 */
public enum PhiSubtype {
    PATIENT(PhiType.NAME),
    DOCTOR(PhiType.NAME),
    RELATIVE(PhiType.NAME),
    USERNAME(PhiType.NAME),
    PROFESSION(PhiType.PROFESSION),
    HOSPITAL(PhiType.LOCATION),
    DEPARTMENT(PhiType.LOCATION),
    ORGANIZATION(PhiType.LOCATION),
    ROOM(PhiType.LOCATION),
    STREET(PhiType.LOCATION),
    CITY(PhiType.LOCATION),
    STATE(PhiType.LOCATION),
    COUNTRY(PhiType.LOCATION),
    ZIP(PhiType.LOCATION),
    LOCATION_OTHER(PhiType.LOCATION),
    AGE(PhiType.AGE),
    DATE(PhiType.DATE),
    DOB(PhiType.DATE),
    PHONE(PhiType.CONTACT),
    FAX(PhiType.CONTACT),
    EMAIL(PhiType.CONTACT),
    URL(PhiType.CONTACT),
    IPADDR(PhiType.CONTACT),
    SSN(PhiType.ID),
    MEDICALRECORD(PhiType.ID),
    ACCESSION(PhiType.ID),
    HEALTHPLAN(PhiType.ID),
    ACCOUNT(PhiType.ID),
    LICENSE(PhiType.ID),
    VEHICLE(PhiType.ID),
    DEVICE(PhiType.ID),
    BIOID(PhiType.ID),
    IDNUM(PhiType.ID);

    private final PhiType type;

    PhiSubtype(PhiType type) {
        this.type = type;
    }

    /** Returns the type this subtype belongs to. */
    public PhiType type() {
        return type;
    }

    /** Returns the i2b2 spelling ({@code LOCATION-OTHER} for {@link #LOCATION_OTHER}, otherwise the constant name). */
    public String i2b2Name() {
        return this == LOCATION_OTHER ? "LOCATION-OTHER" : name();
    }

    /**
     * Parses a subtype name case-insensitively, accepting {@code -} for {@code _}.
     *
     * @throws IllegalArgumentException naming the value when it is not a subtype
     */
    public static PhiSubtype parse(String name) {
        if (name != null) {
            String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (PhiSubtype s : values()) {
                if (s.name().equals(key)) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("unknown PHI subtype '" + name + "'");
    }
}

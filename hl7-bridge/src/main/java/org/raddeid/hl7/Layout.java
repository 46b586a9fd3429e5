package org.raddeid.hl7;

import java.util.Locale;
import org.raddeid.core.PhiSubtype;

/**
 * The shape of an HL7 v2 data type as the field map sees it: which component (and subcomponent) of a field holds the
 * row's PHI, which holds other PHI (a facility, a date), which is a code to keep and which is free text. Components a
 * layout does not name are cleared: what raddeid does not know, it removes (later HL7 versions add components).
 */
public enum Layout {
    /** The whole field, every leaf, is the row's subtype (a simple ST, ID or NM value). */
    VALUE,
    /** XPN: family, given and middle names are the row's subtype; suffix, prefix, degree and codes kept; dates shifted. */
    NAME,
    /** XCN / CNN: an identifier, then a name (the row's subtype), then codes and assigning facilities. */
    PERSON,
    /** NDL (OBR-32..35): a CNN person in component 1, then dates, location parts and a facility. */
    PERSON_LOCATION,
    /** XAD: street, city, state, ZIP, country and county; the row's subtype is unused. */
    ADDRESS,
    /** XTN: telephone number parts and e-mail. */
    PHONE,
    /** CX: an identifier (the row's subtype), its assigning authority and facility, dates. */
    ID,
    /** EI: an identifier (the row's subtype) and its namespace (a facility). */
    ENTITY,
    /**
     * TS / DTM / DR: each leaf a date of the row's subtype (DATE or DOB); a TS precision code is not a date and so
     * is emptied.
     */
    DATE,
    /** HD: a facility or application name of the row's subtype; OIDs and their type kept. */
    FACILITY,
    /** PL: point of care, room, bed, facility, building, floor. */
    LOCATION,
    /** CE / CWE / CNE: codes kept after their check, text components through the text engine. */
    CODED,
    /** Free text: every leaf through the text engine. */
    TEXT,
    /** OBX-5: decided per value by OBX-2. */
    OBSERVATION,
    /** Every leaf a DICOM UID, remapped. */
    UID,
    /**
     * Kept after a check of each value: a value shaped like a date is shifted, one that is not what its HAPI type says
     * (a number, a code, a time) or that holds a known identifier goes through the text engine; a coded type (CE, CWE,
     * CNE) is read as {@link #CODED}.
     */
    KEEP,
    /** Emptied. */
    CLEAR;

    /** Parses a layout name case-insensitively ({@code person-location} or {@code PERSON_LOCATION}). */
    static Layout parse(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Layout l : values()) {
            if (l.name().equals(key)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown layout '" + name + "'");
    }

    /** Returns the name as written in field maps ({@code person-location}). */
    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the treatment of the leaf at component {@code comp}, subcomponent {@code sub} (both from 1) of a field
     * whose map row has subtype {@code own}. {@link #OBSERVATION} is decided elsewhere and answers {@link Leaf#CLEAR}.
     */
    Leaf leaf(int comp, int sub, PhiSubtype own) {
        return switch (this) {
            case VALUE -> Leaf.own(own);
            case NAME -> name(comp, own);
            case PERSON -> person(comp, sub, own);
            case PERSON_LOCATION -> comp == 1 ? person(sub, 1, own)
                    : comp == 2 || comp == 3 ? Leaf.phi(PhiSubtype.DATE)
                    : comp >= 4 && comp <= 6 || comp == 9 || comp == 10 ? Leaf.phi(PhiSubtype.ROOM)
                    : comp == 7 ? facility(sub, PhiSubtype.HOSPITAL) : Leaf.CLEAR;
            case ADDRESS -> address(comp);
            case PHONE -> phone(comp);
            case ID -> comp == 1 ? Leaf.own(own)
                    : comp == 3 || comp == 5 ? Leaf.KEEP
                    : comp == 4 || comp == 6 ? facility(sub, PhiSubtype.HOSPITAL)
                    : comp == 7 || comp == 8 ? Leaf.phi(PhiSubtype.DATE) : Leaf.CLEAR;
            case ENTITY -> comp == 1 ? Leaf.own(own) : comp == 2 ? Leaf.phi(PhiSubtype.HOSPITAL)
                    : comp == 3 || comp == 4 ? Leaf.KEEP : Leaf.CLEAR;
            case DATE -> Leaf.own(own);
            case FACILITY -> comp == 1 ? Leaf.own(own) : facility(comp, own);
            case LOCATION -> comp <= 3 || comp == 7 || comp == 8 ? Leaf.phi(PhiSubtype.ROOM)
                    : comp == 4 || comp == 11 ? facility(sub, PhiSubtype.HOSPITAL)
                    : comp == 5 || comp == 6 ? Leaf.KEEP : Leaf.CLEAR;
            case CODED -> coded(comp);
            case TEXT -> Leaf.TEXT;
            case UID -> Leaf.UID;
            case KEEP -> Leaf.KEEP;
            case CLEAR, OBSERVATION -> Leaf.CLEAR;
        };
    }

    /**
     * CE / CWE / CNE: the texts (2, 5, 9, and 11 of v2.7+) through the text engine, the value set version dates (16,
     * 19, 22) shifted, the codes, coding systems, versions and OIDs kept after their check.
     */
    private static Leaf coded(int comp) {
        return switch (comp) {
            case 2, 5, 9, 11 -> Leaf.TEXT;
            case 16, 19, 22 -> Leaf.phi(PhiSubtype.DATE);
            default -> comp <= 22 ? Leaf.KEEP : Leaf.CLEAR;
        };
    }

    private static Leaf name(int comp, PhiSubtype own) {
        return switch (comp) {
            case 1, 2, 3 -> Leaf.own(own);
            case 4, 5, 6, 7, 8, 9, 11, 14 -> Leaf.KEEP;
            case 10, 12, 13 -> Leaf.phi(PhiSubtype.DATE);
            default -> Leaf.CLEAR;
        };
    }

    private static Leaf person(int comp, int sub, PhiSubtype own) {
        return switch (comp) {
            case 1 -> Leaf.phi(PhiSubtype.IDNUM);
            case 2, 3, 4 -> Leaf.own(own);
            case 5, 6, 7, 8, 10, 12, 13, 15, 16, 18, 21 -> Leaf.KEEP;
            case 9, 14 -> facility(sub, PhiSubtype.HOSPITAL);
            case 17, 19, 20 -> Leaf.phi(PhiSubtype.DATE);
            default -> Leaf.CLEAR;
        };
    }

    private static Leaf address(int comp) {
        return switch (comp) {
            case 1, 2 -> Leaf.phi(PhiSubtype.STREET);
            case 3 -> Leaf.phi(PhiSubtype.CITY);
            case 4 -> Leaf.phi(PhiSubtype.STATE);
            case 5 -> Leaf.phi(PhiSubtype.ZIP);
            case 6 -> Leaf.phi(PhiSubtype.COUNTRY);
            case 7, 11 -> Leaf.KEEP;
            case 8, 9, 10 -> Leaf.phi(PhiSubtype.LOCATION_OTHER);
            case 12, 13, 14 -> Leaf.phi(PhiSubtype.DATE);
            default -> Leaf.CLEAR;
        };
    }

    private static Leaf phone(int comp) {
        return switch (comp) {
            case 1, 6, 7, 8, 12 -> Leaf.phi(PhiSubtype.PHONE);
            case 4 -> Leaf.phi(PhiSubtype.EMAIL);
            case 2, 3, 5 -> Leaf.KEEP;
            case 13, 14 -> Leaf.phi(PhiSubtype.DATE);
            default -> Leaf.CLEAR;
        };
    }

    /** HD: the namespace is {@code subtype}; the universal id (an OID) and its type are kept. */
    private static Leaf facility(int part, PhiSubtype subtype) {
        return part == 1 ? Leaf.phi(subtype) : part == 2 || part == 3 ? Leaf.KEEP : Leaf.CLEAR;
    }
}

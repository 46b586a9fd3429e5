package org.raddeid.hl7;

import org.raddeid.core.PhiSubtype;

/**
 * How an OBX-5 value is read, by its value type (OBX-2): text through the text engine (a DICOM UID in it remapped),
 * coded values by {@link Layout#CODED}, numbers, codes and times kept after their check (a value that is not what its
 * type says goes through the text engine), dates shifted, names, people, addresses, phones and identifiers by their
 * layouts; a type raddeid does not know is emptied. Embedded data (ED, RP) is handled by the caller. Stateless.
 */
final class ObservationTypes {

    /** The layout and subtype to read one OBX-5 value with. */
    record Reading(Layout layout, PhiSubtype subtype) {
    }

    private ObservationTypes() {
    }

    /** Returns how to read a value of type {@code type} (upper case); {@code uid}: its first component is a UID. */
    static Reading read(String type, boolean uid) {
        return switch (type) {
            case "TX", "FT", "ST", "TN" -> new Reading(uid ? Layout.UID : Layout.TEXT, null);
            case "HD", "EI" -> new Reading(uid ? Layout.UID : Layout.VALUE, PhiSubtype.IDNUM);
            case "CE", "CWE", "CNE", "CF" -> new Reading(Layout.CODED, null);
            case "NM", "SN", "CQ", "NA", "MA", "ID", "IS", "TM", "NR", "MO" -> new Reading(Layout.KEEP, null);
            case "DT", "DTM", "TS", "DR" -> new Reading(Layout.DATE, PhiSubtype.DATE);
            case "XPN", "PN" -> new Reading(Layout.NAME, PhiSubtype.PATIENT);
            case "XCN", "CN" -> new Reading(Layout.PERSON, PhiSubtype.DOCTOR);
            case "XAD", "AD" -> new Reading(Layout.ADDRESS, null);
            case "XTN", "TEL" -> new Reading(Layout.PHONE, null);
            case "CX" -> new Reading(Layout.ID, PhiSubtype.IDNUM);
            default -> new Reading(Layout.CLEAR, null); // a value type raddeid does not know: removed
        };
    }
}

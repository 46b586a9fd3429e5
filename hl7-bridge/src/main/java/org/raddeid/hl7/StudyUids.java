package org.raddeid.hl7;

import java.util.regex.Pattern;
import org.raddeid.core.rewrite.Pseudonyms;
import org.raddeid.core.rewrite.Secret;

/**
 * Keyed replacement of DICOM UIDs found in HL7 (IPC-3, OBX-5 values that are UIDs), the same function the DICOM
 * bridge uses ({@code org.raddeid.dicom.deid.Uids#remap}): {@code 2.25.} and the decimal value of a 128-bit UUID (PS3.5
 * B.2) made from HMAC-SHA256(secret, "dicom-uid", UID) with the version 8 and variant bits set. So a study UID in an
 * HL7 order or report maps to the UID the study's images get. UIDs of the DICOM standard ({@code 1.2.840.10008.}) are
 * kept. Thread-safe.
 *
 * <p>The function itself is {@link Pseudonyms#dicomUid}, which the DICOM bridge uses too; {@code StudyUidsTest} pins
 * its values.
 */
public final class StudyUids {

    /** The root of UIDs defined by the DICOM standard. */
    public static final String STANDARD_ROOT = Pseudonyms.DICOM_STANDARD_ROOT;

    private static final Pattern UID = Pattern.compile("[0-2](?:\\.(?:0|[1-9][0-9]*)){3,}");

    private StudyUids() {
    }

    /** Returns true when {@code value} (stripped) is shaped like a UID of at least four arcs and at most 64 chars. */
    public static boolean looksLikeUid(String value) {
        String v = value.strip();
        return v.length() <= 64 && UID.matcher(v).matches();
    }

    /** Returns the replacement of {@code uid} (surrounding spaces ignored); an empty UID stays empty. */
    public static String remap(Secret secret, String uid) {
        return Pseudonyms.dicomUid(secret, uid.strip());
    }
}

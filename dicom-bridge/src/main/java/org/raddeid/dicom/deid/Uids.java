package org.raddeid.dicom.deid;

import java.nio.charset.StandardCharsets;
import org.raddeid.core.rewrite.Pseudonyms;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.dicom.codec.DataElement;
import org.raddeid.dicom.codec.DataSet;
import org.raddeid.dicom.codec.Tag;

/**
 * Keyed UID replacement ({@link Pseudonyms#dicomUid}, shared with the HL7 bridge): a UID maps to {@code 2.25.}
 * followed by the decimal value of a 128-bit UUID (PS3.5 B.2) made from HMAC-SHA256(secret, UID), with the RFC 9562
 * version 8 and variant bits set. The same UID maps the same way in
 * every file and every run with the same secret, so references between files (series to study, SR to images,
 * registrations) survive, and the original cannot be recovered without the secret. UIDs of the DICOM standard itself
 * ({@code 1.2.840.10008.}: SOP classes, transfer syntaxes, well-known frames of reference) identify nobody and are
 * kept. Thread-safe.
 */
public final class Uids {

    /** The root of UIDs defined by the DICOM standard. */
    public static final String STANDARD_ROOT = Pseudonyms.DICOM_STANDARD_ROOT;

    private Uids() {
    }

    /** Returns the replacement of {@code uid} (NUL and space padding ignored); an empty UID stays empty. */
    public static String remap(Secret secret, String uid) {
        return Pseudonyms.dicomUid(secret, strip(uid));
    }

    /** Returns the UID held by {@code tag} in {@code ds} (bytes as ISO 8859-1, padding removed), or "" when absent. */
    static String of(DataSet ds, Tag tag) {
        DataElement e = ds.get(tag);
        return e == null || e.isSequence() ? "" : strip(new String(e.bytes(), StandardCharsets.ISO_8859_1));
    }

    /** Returns a UID value without its NUL or space padding. */
    static String strip(String uid) {
        int end = uid.length();
        while (end > 0 && (uid.charAt(end - 1) == 0 || uid.charAt(end - 1) == ' ')) {
            end--;
        }
        int start = 0;
        while (start < end && uid.charAt(start) == ' ') {
            start++;
        }
        return uid.substring(start, end);
    }
}

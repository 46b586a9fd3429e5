package org.raddeid.core.rewrite;

import java.util.Objects;

/**
 * Random-looking, stable pseudonymous identifiers for patients (and anything else with a key): a keyed function of
 * (secret, kind, key), so the same patient gets the same pseudonym in every file, run and bridge, nobody without the
 * secret can link a pseudonym back, and different secrets give unrelated pseudonyms.
 */
public final class Pseudonyms {

    /** Crockford's base 32: no I, L, O or U, so a pseudonym is easy to read aloud and never spells a word. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /** Characters in a pseudonym: 80 bits, collision-free for any realistic number of patients. */
    public static final int LENGTH = 16;

    private Pseudonyms() {
    }

    /** Returns the pseudonymous patient id for {@code patientKey}, such as {@code 7KQ2M0XH4TZ9WB3C}. */
    public static String patientId(Secret secret, String patientKey) {
        return of(secret, "patient", patientKey);
    }

    /** Returns a {@link #LENGTH}-character pseudonym for {@code key} in the namespace {@code kind}. */
    public static String of(Secret secret, String kind, String key) {
        Objects.requireNonNull(secret, "secret");
        byte[] mac = secret.hmac("pseudonym", kind, Objects.requireNonNull(key, "key").strip());
        StringBuilder b = new StringBuilder(LENGTH);
        long bits = 0;
        int have = 0;
        for (int i = 0; b.length() < LENGTH; ) {
            if (have < 5) {
                bits = (bits << 8) | (mac[i++] & 0xff);
                have += 8;
            }
            b.append(ALPHABET[(int) (bits >>> (have - 5)) & 31]);
            have -= 5;
        }
        return b.toString();
    }

    /** The root of UIDs defined by the DICOM standard. */
    public static final String DICOM_STANDARD_ROOT = "1.2.840.10008.";

    /**
     * Returns the keyed replacement of a DICOM UID, the one function the DICOM and HL7 bridges share so that a study
     * UID in an HL7 order maps to the UID its images get: {@code 2.25.} and the decimal value of a 128-bit UUID (PS3.5
     * B.2) made from HMAC-SHA256(secret, UID) with the RFC 9562 version 8 and variant bits set. UIDs of the standard
     * itself ({@value #DICOM_STANDARD_ROOT}) identify nobody and are kept; an empty UID stays empty. {@code uid} must
     * come without padding.
     */
    public static String dicomUid(Secret secret, String uid) {
        Objects.requireNonNull(secret, "secret");
        if (uid.isEmpty() || uid.startsWith(DICOM_STANDARD_ROOT)) {
            return uid;
        }
        byte[] b = java.util.Arrays.copyOf(secret.hmac("dicom-uid", uid), 16);
        b[6] = (byte) ((b[6] & 0x0F) | 0x80);
        b[8] = (byte) ((b[8] & 0x3F) | 0x80);
        return "2.25." + new java.math.BigInteger(1, b);
    }
}

package org.raddeid.dicom.deid;

import java.math.BigInteger;
import java.util.Arrays;
import org.raddeid.core.rewrite.Secret;

/**
 * Keyed UID replacement: a UID maps to {@code 2.25.} followed by the decimal value of a 128-bit UUID (PS3.5 B.2) made
 * from HMAC-SHA256(secret, UID), with the RFC 9562 version 8 and variant bits set. The same UID maps the same way in
 * every file and every run with the same secret, so references between files (series to study, SR to images,
 * registrations) survive, and the original cannot be recovered without the secret. UIDs of the DICOM standard itself
 * ({@code 1.2.840.10008.}: SOP classes, transfer syntaxes, well-known frames of reference) identify nobody and are
 * kept. Thread-safe.
 */
public final class Uids {

    /** The root of UIDs defined by the DICOM standard. */
    public static final String STANDARD_ROOT = "1.2.840.10008.";

    private Uids() {
    }

    /** Returns the replacement of {@code uid} (trailing NUL and spaces ignored); an empty UID stays empty. */
    public static String remap(Secret secret, String uid) {
        String u = strip(uid);
        if (u.isEmpty() || u.startsWith(STANDARD_ROOT)) {
            return u;
        }
        byte[] b = Arrays.copyOf(secret.hmac("dicom-uid", u), 16);
        b[6] = (byte) ((b[6] & 0x0F) | 0x80);
        b[8] = (byte) ((b[8] & 0x3F) | 0x80);
        return "2.25." + new BigInteger(1, b);
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

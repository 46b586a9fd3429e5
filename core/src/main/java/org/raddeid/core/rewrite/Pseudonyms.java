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
}

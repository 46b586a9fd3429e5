package org.raddeid.core.rewrite;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret key behind every keyed replacement (hashes, and later surrogates and date shifts). Its bytes never leave
 * this class: {@link #toString()} is redacted, and only HMACs of it are handed out. Immutable and thread-safe.
 */
public final class Secret {

    /** The fewest bytes a secret may have. */
    public static final int MIN_BYTES = 16;

    private final byte[] key;
    private final ThreadLocal<Mac> macs = new ThreadLocal<>();

    private Secret(byte[] key) {
        this.key = key;
    }

    /**
     * Wraps {@code key}, copied.
     *
     * @throws IllegalArgumentException when it is shorter than {@link #MIN_BYTES} (the message gives the length only)
     */
    public static Secret of(byte[] key) {
        if (key == null || key.length < MIN_BYTES) {
            throw new IllegalArgumentException("a secret needs at least " + MIN_BYTES + " bytes, got "
                    + (key == null ? 0 : key.length));
        }
        return new Secret(key.clone());
    }

    /**
     * Returns a fresh random secret (32 bytes from a strong random source): surrogates made with it are consistent
     * within the run that holds it, and never again.
     */
    public static Secret random() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return new Secret(key);
    }

    /** Returns HMAC-SHA256 of the parts, each length-prefixed so that ("ab","c") and ("a","bc") differ. */
    public byte[] hmac(String... parts) {
        Mac mac = mac();
        for (String p : parts) {
            byte[] b = p.getBytes(StandardCharsets.UTF_8);
            mac.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8),
                (byte) b.length});
            mac.update(b);
        }
        return mac.doFinal(); // doFinal also resets the Mac for the thread's next call
    }

    /** This thread's Mac, keyed once: looking up and keying a Mac per call costs more than the HMAC itself. */
    private Mac mac() {
        Mac mac = macs.get();
        if (mac == null) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
            }
            macs.set(mac);
        }
        return mac;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && java.security.MessageDigest.isEqual(key, s.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hmac("hashCode"));
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}

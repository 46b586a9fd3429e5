package org.raddeid.server.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The API keys a caller may present in the {@code X-API-Key} header. Keys are kept as SHA-256 digests and compared in
 * constant time against every key, so neither timing nor an early exit tells how much of a key was right. Immutable
 * and thread-safe.
 */
public final class ApiKeys {

    /** The request header holding the key. */
    public static final String HEADER = "X-API-Key";

    private final List<byte[]> digests;

    /** Creates the set from {@code keys}; empty means no key is required. */
    public ApiKeys(List<String> keys) {
        List<byte[]> d = new ArrayList<>();
        for (String k : keys) {
            d.add(digest(k));
        }
        this.digests = List.copyOf(d);
    }

    /** Returns true when a key is required. */
    public boolean required() {
        return !digests.isEmpty();
    }

    /** Returns true when no key is required or {@code presented} is one of the keys. */
    public boolean accepts(String presented) {
        if (digests.isEmpty()) {
            return true;
        }
        if (presented == null) {
            return false;
        }
        byte[] p = digest(presented);
        boolean ok = false;
        for (byte[] d : digests) {
            ok |= MessageDigest.isEqual(d, p);
        }
        return ok;
    }

    /**
     * Returns who a request acts for: a digest of its key (hex, never the key) when keys are required, so jobs can
     * belong to the key that made them; null when no key is required (everyone is one caller then).
     *
     * @throws IllegalArgumentException when keys are required and {@code presented} is not one of them
     */
    public String owner(String presented) {
        if (digests.isEmpty()) {
            return null;
        }
        if (!accepts(presented)) {
            throw new IllegalArgumentException("not an accepted key");
        }
        return HexFormat.of().formatHex(digest("raddeid-job-owner\n" + presented));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}

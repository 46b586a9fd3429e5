package org.raddeid.corpora.generator;

import java.nio.charset.StandardCharsets;

/**
 * The three corpus splits. A document's split depends only on its id (FNV-1a hash of the UTF-8 id, modulo 10:
 * 0-7 train, 8 dev, 9 test, so about 80/10/10), so it stays the same whatever the corpus size.
 */
public enum Split {
    TRAIN,
    DEV,
    TEST;

    /** Returns the split of the document with {@code id}. Pure function; thread-safe. */
    public static Split of(String id) {
        int hash = 0x811c9dc5;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        int bucket = Integer.remainderUnsigned(hash, 10);
        return bucket < 8 ? TRAIN : bucket == 8 ? DEV : TEST;
    }

    /** Returns the directory name of this split: {@code train}, {@code dev} or {@code test}. */
    public String directoryName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

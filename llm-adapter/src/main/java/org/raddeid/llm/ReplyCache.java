package org.raddeid.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raddeid.core.PhiSpan;

/**
 * The spans found in recently seen chunks, least recently used evicted first. Keyed by the SHA-256 of the chunk, the
 * prompt version and the model, so a key never holds text; the values are chunk-relative spans (offsets and types),
 * no text either. Thread-safe.
 */
final class ReplyCache {

    /** A cache key: no text, only its hash. */
    record Key(String sha256, String promptVersion, String model) {
    }

    private final int capacity;
    private final Map<Key, List<PhiSpan>> map;

    ReplyCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, List<PhiSpan>> eldest) {
                return size() > ReplyCache.this.capacity;
            }
        };
    }

    /** Returns the key of {@code chunk} for {@code model} under the current prompt. */
    static Key key(String chunk, String model) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(chunk.getBytes(StandardCharsets.UTF_8));
            return new Key(HexFormat.of().formatHex(digest), Prompt.VERSION, model);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    /** Returns the cached spans, or null. */
    synchronized List<PhiSpan> get(Key key) {
        return capacity == 0 ? null : map.get(key);
    }

    /** Remembers {@code spans} (copied). */
    synchronized void put(Key key, List<PhiSpan> spans) {
        if (capacity > 0) {
            map.put(key, List.copyOf(spans));
        }
    }

    synchronized int size() {
        return map.size();
    }
}

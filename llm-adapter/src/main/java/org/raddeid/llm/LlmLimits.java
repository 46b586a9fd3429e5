package org.raddeid.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * How the recognizer cuts texts and treats the endpoint: chunk sizes, parallel calls, retries, circuit breaker and
 * cache. Immutable; {@link #DEFAULTS} suits a local model serving one or two requests at a time.
 *
 * @param chunkChars longest chunk sent in one call, in chars (a radiology report usually fits in one)
 * @param overlapChars how far consecutive chunks overlap, so PHI on a cut is seen whole at least once
 * @param concurrency calls in flight at once, over all threads
 * @param maxAttempts attempts per call (1 = no retry); retried on 429, 5xx, timeouts and connection errors
 * @param backoff the first retry's delay; doubled per attempt, with full jitter, capped at {@code maxBackoff}
 * @param maxBackoff longest delay between attempts, also the cap on a server's Retry-After
 * @param breakerFailures consecutive failed attempts that open the circuit
 * @param breakerCooldown how long an open circuit refuses calls before letting one trial call through
 * @param cacheEntries chunk results kept in memory (0 = no cache)
 * @param jsonSchema whether to ask for JSON-schema constrained output (turn off for servers that reject it)
 */
public record LlmLimits(int chunkChars, int overlapChars, int concurrency, int maxAttempts, Duration backoff,
        Duration maxBackoff, int breakerFailures, Duration breakerCooldown, int cacheEntries, boolean jsonSchema) {

    /** 2,000-char chunks with 200 chars of overlap, 4 calls at once, 3 attempts, breaker at 5 failures for 30 s. */
    public static final LlmLimits DEFAULTS = new LlmLimits(2000, 200, 4, 3, Duration.ofMillis(250),
            Duration.ofSeconds(8), 5, Duration.ofSeconds(30), 1024, true);

    public LlmLimits {
        if (chunkChars < 100) {
            throw new IllegalArgumentException("chunkChars must be >= 100, was " + chunkChars);
        }
        if (overlapChars < 0 || overlapChars > chunkChars / 2) {
            throw new IllegalArgumentException("overlapChars must be in [0, chunkChars/2], was " + overlapChars);
        }
        if (concurrency < 1 || maxAttempts < 1 || breakerFailures < 1 || cacheEntries < 0) {
            throw new IllegalArgumentException("concurrency, maxAttempts and breakerFailures must be >= 1 and "
                    + "cacheEntries >= 0, were " + concurrency + ", " + maxAttempts + ", " + breakerFailures + ", "
                    + cacheEntries);
        }
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(breakerCooldown, "breakerCooldown");
    }

    /** Returns a copy with other retry and breaker settings. */
    public LlmLimits withResilience(int attempts, Duration firstBackoff, int failuresToOpen, Duration cooldown) {
        return new LlmLimits(chunkChars, overlapChars, concurrency, attempts, firstBackoff, maxBackoff, failuresToOpen,
                cooldown, cacheEntries, jsonSchema);
    }

    /** Returns a copy with other chunk sizes. */
    public LlmLimits withChunks(int chars, int overlap) {
        return new LlmLimits(chars, overlap, concurrency, maxAttempts, backoff, maxBackoff, breakerFailures,
                breakerCooldown, cacheEntries, jsonSchema);
    }

    /** Returns a copy with another cache size (0 turns the cache off). */
    public LlmLimits withCacheEntries(int entries) {
        return new LlmLimits(chunkChars, overlapChars, concurrency, maxAttempts, backoff, maxBackoff, breakerFailures,
                breakerCooldown, entries, jsonSchema);
    }

    /** Returns a copy that does or does not ask for JSON-schema output. */
    public LlmLimits withJsonSchema(boolean schema) {
        return new LlmLimits(chunkChars, overlapChars, concurrency, maxAttempts, backoff, maxBackoff, breakerFailures,
                breakerCooldown, cacheEntries, schema);
    }
}

package org.raddeid.llm;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Running counts of what the LLM recognizer did, for logs, metrics and tests: no text, only numbers. Thread-safe.
 */
public final class LlmStats {

    final AtomicLong chunks = new AtomicLong();
    final AtomicLong cacheHits = new AtomicLong();
    final AtomicLong calls = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong failedCalls = new AtomicLong();
    final AtomicLong refusedByBreaker = new AtomicLong();
    final AtomicLong quotes = new AtomicLong();
    final AtomicLong unanchored = new AtomicLong();
    final AtomicLong unknownLabels = new AtomicLong();
    final AtomicLong truncatedReplies = new AtomicLong();
    final AtomicLong spans = new AtomicLong();

    /**
     * A consistent-enough copy of the counters.
     *
     * @param chunks chunks analysed (from the cache or the endpoint)
     * @param cacheHits chunks answered from the cache
     * @param calls HTTP calls attempted
     * @param retries calls that were retries of a failed one
     * @param failedCalls chunks that failed after every attempt (or were refused by the breaker)
     * @param refusedByBreaker calls refused because the circuit was open
     * @param quotes entities the model quoted
     * @param unanchored quotes not found in the text, dropped (hallucinations)
     * @param unknownLabels quotes whose label was unknown (typed as NAME)
     * @param truncatedReplies replies whose list was cut off (complete items kept)
     * @param spans spans produced (one per anchored occurrence)
     */
    public record Snapshot(long chunks, long cacheHits, long calls, long retries, long failedCalls,
            long refusedByBreaker, long quotes, long unanchored, long unknownLabels, long truncatedReplies,
            long spans) {
    }

    /** Returns the current counts. */
    public Snapshot snapshot() {
        return new Snapshot(chunks.get(), cacheHits.get(), calls.get(), retries.get(), failedCalls.get(),
                refusedByBreaker.get(), quotes.get(), unanchored.get(), unknownLabels.get(), truncatedReplies.get(),
                spans.get());
    }
}

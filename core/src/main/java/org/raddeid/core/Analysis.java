package org.raddeid.core;

import java.util.List;
import java.util.Objects;

/**
 * What the {@link Deidentifier} found in one text. Immutable.
 *
 * @param spans the merged spans, non-overlapping, in {@link PhiSpan#ORDER}, char offsets
 * @param candidates every span any recognizer reported before merging, in {@link PhiSpan#ORDER}
 * @param nanos wall time spent analysing, in nanoseconds
 * @param degraded the optional recognizers that failed and were left out; empty when every recognizer answered
 */
public record Analysis(List<PhiSpan> spans, List<PhiSpan> candidates, long nanos, List<Degradation> degraded) {

    public Analysis {
        spans = List.copyOf(Objects.requireNonNull(spans, "spans"));
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        degraded = List.copyOf(Objects.requireNonNull(degraded, "degraded"));
        if (nanos < 0) {
            throw new IllegalArgumentException("nanos must be >= 0, was " + nanos);
        }
    }

    /** An analysis every recognizer contributed to. */
    public Analysis(List<PhiSpan> spans, List<PhiSpan> candidates, long nanos) {
        this(spans, candidates, nanos, List.of());
    }

    /** Returns true when an optional recognizer was left out, so the result is less complete than configured. */
    public boolean isDegraded() {
        return !degraded.isEmpty();
    }
}

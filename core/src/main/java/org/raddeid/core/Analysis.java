package org.raddeid.core;

import java.util.List;
import java.util.Objects;

/**
 * What the {@link Deidentifier} found in one text. Immutable.
 *
 * @param spans the merged spans, non-overlapping, in {@link PhiSpan#ORDER}, char offsets
 * @param candidates every span any recognizer reported before merging, in {@link PhiSpan#ORDER}
 * @param nanos wall time spent analysing, in nanoseconds
 */
public record Analysis(List<PhiSpan> spans, List<PhiSpan> candidates, long nanos) {

    public Analysis {
        spans = List.copyOf(Objects.requireNonNull(spans, "spans"));
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        if (nanos < 0) {
            throw new IllegalArgumentException("nanos must be >= 0, was " + nanos);
        }
    }
}

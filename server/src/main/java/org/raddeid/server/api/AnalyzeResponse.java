package org.raddeid.server.api;

import java.util.List;
import org.raddeid.core.Degradation;

/**
 * The answer of {@code POST /api/v1/analyze}. Immutable.
 *
 * @param ensemble the ensemble that ran
 * @param spans the PHI found, in text order, with the recognizers behind each
 * @param timings {@code elapsedMs}: time spent finding PHI
 * @param degraded optional recognizers (the LLM in degrade mode) that failed and were left out, with why; empty when
 *     every recognizer ran
 */
public record AnalyzeResponse(String ensemble, List<SpanJson> spans, Timings timings, List<Degradation> degraded) {

    /**
     * Wall times in milliseconds.
     *
     * @param elapsedMs finding PHI
     */
    public record Timings(double elapsedMs) {
    }
}

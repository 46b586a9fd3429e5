package org.raddeid.server.api;

import java.util.List;

/**
 * The answer of {@code POST /api/v1/analyze}. Immutable.
 *
 * @param ensemble the ensemble that ran
 * @param spans the PHI found, in text order, with the recognizers behind each
 * @param timings {@code analyzeMs}: time spent finding PHI
 */
public record AnalyzeResponse(String ensemble, List<SpanJson> spans, Timings timings) {

    /**
     * Wall times in milliseconds.
     *
     * @param analyzeMs finding PHI
     */
    public record Timings(double analyzeMs) {
    }
}

package org.raddeid.server.api;

import java.util.List;
import org.raddeid.core.Degradation;

/**
 * The answer of {@code POST /api/v1/deidentify}. Holds the rewritten text only, never the original. Immutable.
 *
 * @param text the de-identified text
 * @param policy the policy applied
 * @param ensemble the ensemble that ran
 * @param spans what was rewritten: offsets in the original and in {@code text}, and the operator
 * @param timings {@code elapsedMs}: time spent finding and rewriting PHI
 * @param degraded optional recognizers that failed and were left out, with why; empty when every recognizer ran
 */
public record DeidentifyResponse(String text, String policy, String ensemble, List<SpanJson> spans, Timings timings,
        List<Degradation> degraded) {

    /**
     * Wall times in milliseconds.
     *
     * @param elapsedMs finding and rewriting PHI
     */
    public record Timings(double elapsedMs) {
    }
}

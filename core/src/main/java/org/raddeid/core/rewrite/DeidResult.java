package org.raddeid.core.rewrite;

import java.util.List;
import java.util.Objects;
import org.raddeid.core.PhiSpan;

/**
 * A de-identified text and what was done to it. The audit never holds original text: only where each span was, what
 * type it had, which recognizers found it and which operator rewrote it.
 *
 * @param text the de-identified text
 * @param replacements one per rewritten span, in text order
 * @param policy the policy's name
 */
public record DeidResult(String text, List<Replacement> replacements, String policy) {

    /**
     * One rewritten span.
     *
     * @param span the span in the original text (char offsets)
     * @param outStart where its replacement starts in the output (char offset)
     * @param outEnd where its replacement ends in the output (char offset, exclusive)
     * @param operator the operator's name
     */
    public record Replacement(PhiSpan span, int outStart, int outEnd, String operator) {
    }

    public DeidResult {
        Objects.requireNonNull(text, "text");
        replacements = List.copyOf(replacements);
        Objects.requireNonNull(policy, "policy");
    }
}

package org.raddeid.core.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.raddeid.core.PhiSpan;

/** Applies a {@link Policy} to a text and its non-overlapping spans. Stateless. */
public final class Rewriter {

    private Rewriter() {
    }

    /**
     * Rewrites {@code text}: each span in {@code spans} (non-overlapping, in order) is replaced by its operator's output;
     * everything else is copied.
     *
     * @throws IllegalArgumentException when spans overlap, are out of order or outside the text (lengths only)
     */
    public static DeidResult rewrite(String text, List<PhiSpan> spans, Policy policy, RewriteContext context) {
        Objects.requireNonNull(policy, "policy");
        StringBuilder out = new StringBuilder(text.length());
        List<DeidResult.Replacement> done = new ArrayList<>(spans.size());
        int at = 0;
        for (PhiSpan s : spans) {
            if (s.start() < at || s.end() > text.length()) {
                throw new IllegalArgumentException("spans must be in order, apart and inside the text: span "
                        + s.start() + ".." + s.end() + " after offset " + at + " in a text of " + text.length());
            }
            out.append(text, at, s.start());
            Operator op = policy.operatorFor(s);
            int outStart = out.length();
            String original = text.substring(s.start(), s.end());
            out.append(op.apply(original, s, context));
            done.add(new DeidResult.Replacement(s, outStart, out.length(), op.nameFor(original, s)));
            at = s.end();
        }
        out.append(text, at, text.length());
        return new DeidResult(out.toString(), done, policy.name());
    }
}

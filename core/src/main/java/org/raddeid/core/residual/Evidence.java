package org.raddeid.core.residual;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiType;
import org.raddeid.core.rewrite.DeidResult;

/**
 * What the residual check searches the output for besides the recognizers' second opinion: the caller's known
 * identifiers, and every PHI string the first pass rewrote anywhere in the same document or row. Holds PHI: never log
 * or return it. Immutable.
 *
 * @param known the caller's known identifiers ({@link KnownIdentifiers#NONE} when none)
 * @param found the PHI strings rewritten in the document, with their types
 */
public record Evidence(KnownIdentifiers known, List<Found> found) {

    /** The operator that leaves a value as it was. */
    public static final String KEEP = "keep";

    /** No evidence beyond the recognizers. */
    public static final Evidence NONE = new Evidence(KnownIdentifiers.NONE, List.of());

    /**
     * One PHI string of the document.
     *
     * @param text the original text, as it stood in the input
     * @param type its type
     */
    public record Found(String text, PhiType type) {
        public Found {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(type, "type");
        }
    }

    public Evidence {
        Objects.requireNonNull(known, "known");
        found = List.copyOf(found);
    }

    /**
     * Returns the evidence of one rewritten text: {@code known}, and the original of each replacement in {@code result}
     * but those the policy kept (operator {@value #KEEP}: a value kept on purpose is no evidence of a leak).
     *
     * @param original the text {@code result} was made from
     */
    public static Evidence of(KnownIdentifiers known, String original, DeidResult result) {
        List<Found> found = new ArrayList<>();
        for (DeidResult.Replacement r : result.replacements()) {
            if (!KEEP.equals(r.operator())) {
                found.add(new Found(r.span().coveredText(original), r.span().type()));
            }
        }
        return new Evidence(known, found);
    }

    /** Returns this evidence with {@code more} found strings added. */
    public Evidence with(List<Found> more) {
        List<Found> all = new ArrayList<>(found);
        all.addAll(more);
        return new Evidence(known, all);
    }
}

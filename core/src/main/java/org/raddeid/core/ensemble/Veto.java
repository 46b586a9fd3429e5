package org.raddeid.core.ensemble;

import org.raddeid.core.PhiSpan;
import org.raddeid.core.text.AnalyzedText;

/**
 * Says that a candidate span is not PHI after all, for example because it lies inside a medical term ({@code Colles
 * fracture}). The ensemble consults a veto only for low-confidence name, location and profession candidates, never
 * for dates, identifiers, contacts or ages. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Veto {

    /** Returns true when {@code span} in {@code text} should be dropped. */
    boolean vetoes(AnalyzedText text, PhiSpan span);

    /** A veto that never vetoes. */
    Veto NONE = (text, span) -> false;
}

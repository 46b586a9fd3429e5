package org.raddeid.recognizers.pattern;

import org.raddeid.core.text.AnalyzedText;

/**
 * Judges a validated match by the text around it, where the value alone cannot tell ({@code 6/30} is a date after
 * {@code compared to}, a score after {@code strength}). Implementations are pure functions: thread-safe, and they never
 * change or log the text.
 */
@FunctionalInterface
public interface Guard {

    /** Keeps every match at its score. */
    Guard NONE = (text, start, end, score) -> score;

    /**
     * Returns the score the match {@code [start, end)} of {@code text} should have, {@code score} being what the
     * pattern and its context words gave it; 0 or less drops the match.
     */
    double score(AnalyzedText text, int start, int end, double score);
}

package org.raddeid.evaluation;

import org.raddeid.core.text.CodePoints;

/**
 * A piece of text with some context either side and its code point offsets, for the lists in reports. Immutable.
 *
 * @param start first code point, inclusive
 * @param end last code point, exclusive
 * @param text the piece
 * @param before up to {@link Scorer#CONTEXT_CODE_POINTS} code points before it
 * @param after up to {@link Scorer#CONTEXT_CODE_POINTS} code points after it
 */
record Excerpt(int start, int end, String text, String before, String after) {

    /** Cuts {@code [charStart, charEnd)} and its context out of {@code text}, never splitting a surrogate pair. */
    static Excerpt of(String text, CodePoints cps, int charStart, int charEnd) {
        int start = toCodePoint(cps, charStart, false);
        int end = toCodePoint(cps, charEnd, true);
        int from = cps.toChar(Math.max(0, start - Scorer.CONTEXT_CODE_POINTS));
        int to = cps.toChar(Math.min(cps.codePointLength(), end + Scorer.CONTEXT_CODE_POINTS));
        int s = cps.toChar(start);
        int e = cps.toChar(end);
        return new Excerpt(start, end, text.substring(s, e), text.substring(from, s), text.substring(e, to));
    }

    /** Converts, widening an offset that splits a surrogate pair (gold from a careless reader) outwards. */
    private static int toCodePoint(CodePoints cps, int charOffset, boolean isEnd) {
        try {
            return cps.toCodePoint(charOffset);
        } catch (IllegalArgumentException e) {
            int cp = cps.toCodePoint(charOffset - 1);
            return isEnd ? cp + 1 : cp;
        }
    }
}

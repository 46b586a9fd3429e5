package org.raddeid.core.text;

import java.util.Arrays;

/**
 * Converts between Java char offsets (UTF-16 units, used inside the JVM) and Unicode code point offsets (used in every
 * API and file format, as Python string indices are). This is the one place the conversion happens.
 *
 * <p>Immutable and thread-safe. Texts without surrogate pairs (nearly all reports) take a fast path where both offsets
 * are equal; otherwise a sorted table of surrogate-pair positions gives O(log n) lookups.
 */
public final class CodePoints {

    private final int charLength;
    private final int codePointLength;
    /** Char offsets of the high surrogate of each pair, ascending; empty on the fast path. */
    private final int[] pairStarts;

    private CodePoints(int charLength, int[] pairStarts) {
        this.charLength = charLength;
        this.pairStarts = pairStarts;
        this.codePointLength = charLength - pairStarts.length;
    }

    /** Indexes {@code text}. Unpaired surrogates count as one code point each, as Java and Python both do. */
    public static CodePoints of(CharSequence text) {
        int n = text.length();
        int[] pairs = null;
        int count = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (pairs == null) {
                    pairs = new int[8];
                } else if (count == pairs.length) {
                    pairs = Arrays.copyOf(pairs, count * 2);
                }
                pairs[count++] = i;
                i++;
            }
        }
        return new CodePoints(n, pairs == null ? new int[0] : Arrays.copyOf(pairs, count));
    }

    /** Returns true when every code point is one char, so offsets need no conversion. */
    public boolean isIdentity() {
        return pairStarts.length == 0;
    }

    /** Returns the text length in chars. */
    public int charLength() {
        return charLength;
    }

    /** Returns the text length in code points. */
    public int codePointLength() {
        return codePointLength;
    }

    /**
     * Converts a char offset (0..length inclusive) to a code point offset.
     *
     * @throws IllegalArgumentException when the offset is out of range or splits a surrogate pair
     */
    public int toCodePoint(int charOffset) {
        if (charOffset < 0 || charOffset > charLength) {
            throw new IllegalArgumentException(
                    "char offset " + charOffset + " is outside the text (0.." + charLength + ")");
        }
        if (pairStarts.length == 0) {
            return charOffset;
        }
        int pairsBefore = pairsStartingBefore(charOffset);
        if (pairsBefore > 0 && pairStarts[pairsBefore - 1] == charOffset - 1) {
            throw new IllegalArgumentException("char offset " + charOffset + " splits a surrogate pair");
        }
        return charOffset - pairsBefore;
    }

    /**
     * Converts a code point offset (0..length inclusive) to a char offset.
     *
     * @throws IllegalArgumentException when the offset is out of range
     */
    public int toChar(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePointLength) {
            throw new IllegalArgumentException("code point offset " + codePointOffset
                    + " is outside the text (0.." + codePointLength + ")");
        }
        if (pairStarts.length == 0) {
            return codePointOffset;
        }
        // The k-th pair starts at code point pairStarts[k] - k; count pairs starting before the offset.
        int lo = 0;
        int hi = pairStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairStarts[mid] - mid < codePointOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePointOffset + lo;
    }

    private int pairsStartingBefore(int charOffset) {
        int idx = Arrays.binarySearch(pairStarts, charOffset);
        return idx >= 0 ? idx : -idx - 1;
    }
}

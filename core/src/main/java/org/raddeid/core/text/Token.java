package org.raddeid.core.text;

/**
 * A token of an {@link AnalyzedText}: {@code [start, end)} in chars and its kind. Immutable.
 *
 * @param start first char, inclusive
 * @param end last char, exclusive
 * @param kind what the token is made of
 */
public record Token(int start, int end, Kind kind) {

    /** What a token is made of. */
    public enum Kind {
        /** Letters, possibly mixed with digits ({@code Smith}, {@code C5}, {@code MR123}). */
        WORD,
        /** Digits only. */
        NUMBER,
        /** One character that is neither a letter, a digit nor white space. */
        PUNCT
    }

    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token bounds start=" + start + " end=" + end);
        }
        if (kind == null) {
            throw new IllegalArgumentException("token kind must not be null");
        }
    }

    /** Returns the token's text. */
    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    /** Returns true for WORD and NUMBER tokens, the ones that carry content. */
    public boolean isAlphanumeric() {
        return kind != Kind.PUNCT;
    }
}

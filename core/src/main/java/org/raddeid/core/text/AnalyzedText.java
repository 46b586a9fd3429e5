package org.raddeid.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text plus analyses every recognizer may share: tokens, line starts, a lower-cased copy and code point offsets.
 * Each analysis is computed once, on first use, so recognizers do not re-tokenise.
 *
 * <p>Thread-safe: the lazy fields are computed idempotently and published through volatile fields, so concurrent
 * recognizers may at worst compute one twice. Never changes the text.
 */
public final class AnalyzedText {

    private final String text;
    private final AnalyzedText source;
    private volatile List<Token> tokens;
    private volatile int[] lineStarts;
    private volatile String lowerCase;
    private volatile CodePoints codePoints;
    private volatile String[] lowerTokens;
    private volatile boolean[] upperLines;

    /** Wraps {@code text}, which must not be null. */
    public AnalyzedText(String text) {
        this.text = Objects.requireNonNull(text, "text");
        this.source = this;
    }

    private AnalyzedText(String text, AnalyzedText source) {
        this.text = text;
        this.source = source;
        // Case changes no letter or digit into anything else, so the tokens and lines are the source's own.
        this.tokens = source.tokens();
        this.lineStarts = source.starts();
        this.codePoints = source.codePoints();
        this.lowerCase = source.lowerCase();
    }

    /**
     * Returns a view of {@code source} whose text differs from it only in the case of letters ({@code recased}, of the
     * same length): recognizers read restored case ({@code GOMEZ, RAFAEL} as {@code Gomez, Rafael}) while every offset
     * stays valid for the source. Tokens, lines and code points are shared with the source.
     *
     * @throws IllegalArgumentException when {@code recased} differs from the source other than in case (the message
     *     gives an offset only)
     */
    public static AnalyzedText recased(AnalyzedText source, String recased) {
        Objects.requireNonNull(recased, "recased");
        String s = source.text();
        if (recased.length() != s.length()) {
            throw new IllegalArgumentException("recased text has " + recased.length() + " chars, source " + s.length());
        }
        for (int i = 0; i < s.length(); i++) {
            char a = s.charAt(i);
            char b = recased.charAt(i);
            if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)) {
                throw new IllegalArgumentException("recased text differs from its source other than in case at " + i);
            }
        }
        return new AnalyzedText(recased, source.source);
    }

    /** Returns the text this one was recased from, or this text itself when it is no view. */
    public AnalyzedText source() {
        return source;
    }

    /** Returns true when this is a {@link #recased} view of another text. */
    public boolean isRecased() {
        return source != this;
    }

    /** Returns the text. */
    public String text() {
        return text;
    }

    /** Returns the text length in chars. */
    public int length() {
        return text.length();
    }

    /**
     * Returns the tokens in order: maximal runs of letters and digits ({@link Token.Kind#WORD} or
     * {@link Token.Kind#NUMBER}) and single punctuation characters; white space separates and is not a token.
     * Unmodifiable.
     */
    public List<Token> tokens() {
        List<Token> t = tokens;
        if (t == null) {
            t = Collections.unmodifiableList(tokenize(text));
            tokens = t;
        }
        return t;
    }

    /**
     * Returns the lower-cased text of token {@code i} of {@link #tokens()}; all of them are cut once, on first use, so
     * dictionary lookups by several recognizers share them.
     */
    public String lowerToken(int i) {
        if (source != this) {
            return source.lowerToken(i); // the same letters: share the source's cache
        }
        String[] lt = lowerTokens;
        if (lt == null) {
            List<Token> t = tokens();
            String lower = lowerCase();
            lt = new String[t.size()];
            for (int k = 0; k < lt.length; k++) {
                lt[k] = lower.substring(t.get(k).start(), t.get(k).end());
            }
            lowerTokens = lt;
        }
        return lt[i];
    }

    /** Returns the index in {@link #tokens()} of the first token ending after {@code charOffset}, or size if none. */
    public int firstTokenEndingAfter(int charOffset) {
        List<Token> t = tokens();
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).end() <= charOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Returns the tokens that overlap {@code [start, end)}, in order. */
    public List<Token> tokensIn(int start, int end) {
        List<Token> t = tokens();
        int i = firstTokenEndingAfter(start);
        int j = i;
        while (j < t.size() && t.get(j).start() < end) {
            j++;
        }
        return t.subList(i, j);
    }

    /** Returns the text lower-cased with {@link Locale#ROOT}, computed once; same length as the text for reports. */
    public String lowerCase() {
        String l = lowerCase;
        if (l == null) {
            l = text.toLowerCase(Locale.ROOT);
            if (l.length() != text.length()) {
                // A few characters change length when lower-cased (e.g. U+0130); keep offsets aligned char by char.
                StringBuilder sb = new StringBuilder(text.length());
                for (int i = 0; i < text.length(); i++) {
                    sb.append(Character.toLowerCase(text.charAt(i)));
                }
                l = sb.toString();
            }
            lowerCase = l;
        }
        return l;
    }

    /** Returns the char offset where each line starts; the first is 0. Lines end at {@code \n}, {@code \r\n} or {@code \r}. */
    public int[] lineStarts() {
        return starts().clone();
    }

    /** Returns the char offset where the line holding {@code charOffset} starts. O(log lines). */
    public int lineStart(int charOffset) {
        int[] ls = starts();
        int idx = Arrays.binarySearch(ls, charOffset);
        return idx >= 0 ? ls[idx] : ls[-idx - 2];
    }

    /** Returns the char offset where the line holding {@code charOffset} ends (before its line break). O(log lines). */
    public int lineEnd(int charOffset) {
        int[] ls = starts();
        int idx = Arrays.binarySearch(ls, charOffset);
        int line = idx >= 0 ? idx : -idx - 2;
        if (line + 1 >= ls.length) {
            return text.length();
        }
        int end = ls[line + 1] - 1;
        if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /**
     * Returns true when the line holding {@code charOffset} has letters and no lower-case letter (a shouting header
     * line). Computed for all lines once, on first use. O(log lines) per call after that.
     */
    public boolean upperCaseLine(int charOffset) {
        boolean[] u = upperLines;
        int[] ls = starts();
        if (u == null) {
            u = new boolean[ls.length];
            for (int line = 0; line < ls.length; line++) {
                int from = ls[line];
                int to = lineEnd(from);
                boolean letter = false;
                boolean lower = false;
                for (int i = from; i < to && !lower; i++) {
                    char c = text.charAt(i);
                    lower = Character.isLowerCase(c);
                    letter |= Character.isLetter(c);
                }
                u[line] = letter && !lower;
            }
            upperLines = u;
        }
        int idx = Arrays.binarySearch(ls, charOffset);
        return u[idx >= 0 ? idx : -idx - 2];
    }

    private int[] starts() {
        int[] ls = lineStarts;
        if (ls == null) {
            int[] acc = new int[16];
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (n == acc.length) {
                        acc = Arrays.copyOf(acc, n * 2);
                    }
                    acc[n++] = i + 1;
                }
            }
            ls = Arrays.copyOf(acc, n);
            lineStarts = ls;
        }
        return ls;
    }

    /** Returns the code point index of the text, computed once. */
    public CodePoints codePoints() {
        CodePoints c = codePoints;
        if (c == null) {
            c = CodePoints.of(text);
            codePoints = c;
        }
        return c;
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(Math.max(16, s.length() / 5));
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            int w = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += w;
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                boolean letters = false;
                while (i < n) {
                    int c = s.codePointAt(i);
                    if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                            || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                        letters = true;
                    } else if (!Character.isDigit(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                out.add(new Token(start, i, letters ? Token.Kind.WORD : Token.Kind.NUMBER));
            } else {
                out.add(new Token(i, i + w, Token.Kind.PUNCT));
                i += w;
            }
        }
        return out;
    }
}

package org.raddeid.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into overlapping chunks, preferring to cut at a section break (blank line), then a line break,
 * then a sentence end, then a space. Consecutive chunks overlap by about {@code overlap} chars, also moved to a word
 * start, so a name cut by one chunk's end lies whole in the next. Immutable and thread-safe.
 */
final class Chunker {

    /** A chunk: chars {@code [start, end)} of the text. */
    record Chunk(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    private final int max;
    private final int overlap;

    Chunker(int maxChars, int overlapChars) {
        this.max = maxChars;
        this.overlap = overlapChars;
    }

    /** Returns the chunks covering {@code text}, in order; one chunk when it is short enough; none when empty. */
    List<Chunk> split(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            if (n - start <= max) {
                chunks.add(new Chunk(start, n));
                break;
            }
            int end = cut(text, start + max / 2, start + max);
            chunks.add(new Chunk(start, end));
            int next = wordStart(text, Math.max(end - overlap, start + 1), end);
            start = next;
        }
        return chunks;
    }

    /** The best place to end a chunk in {@code (from, to]}: the last section, line, sentence or word break. */
    private static int cut(String text, int from, int to) {
        int best = lastBreak(text, from, to, "\n\n");
        if (best < 0) {
            best = lastBreak(text, from, to, "\n");
        }
        if (best < 0) {
            best = lastBreak(text, from, to, ". ");
        }
        if (best < 0) {
            best = lastBreak(text, from, to, " ");
        }
        return best < 0 ? to : best;
    }

    /** The end of the last {@code sep} lying wholly inside {@code (from, to]}, or -1. */
    private static int lastBreak(String text, int from, int to, String sep) {
        int i = text.lastIndexOf(sep, to - sep.length());
        return i >= 0 && i + sep.length() > from ? i + sep.length() : -1;
    }

    /** The first word start at or after {@code at} and before {@code limit}, else {@code at}. */
    private static int wordStart(String text, int at, int limit) {
        for (int i = at; i < limit; i++) {
            if (i == 0 || Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return at;
    }
}

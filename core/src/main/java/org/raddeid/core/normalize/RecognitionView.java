package org.raddeid.core.normalize;

import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.PhiSpan;

/**
 * The text the recognizers see, made from the original by taking out what can hide a word from them, with every
 * offset mapped back to the original. Taken out:
 * <ul>
 *   <li>control characters (C0 but tab, line feed and carriage return; DEL; C1), such as a NUL inside a DICOM LT;
 *       vertical tab and form feed become a space;</li>
 *   <li>invisible format characters: zero-width space, joiners, word joiner, soft hyphen, byte order mark.</li>
 * </ul>
 * (A backslash is left alone: it separates DICOM values; the HL7 bridge drops the one an escaped escape leaves inside
 * a word when it decodes the value.)
 * A span found in the view maps back to the original characters it covers, including those taken out inside it, so
 * rewriting the original replaces them too. Text without any of these is its own view (no copy, no map).
 * Immutable and thread-safe.
 */
public final class RecognitionView {

    private final String original;
    private final String text;
    /** For each char of the view, where it starts in the original; null for an identical view. */
    private final int[] starts;
    /** For each char of the view, where it ends in the original (exclusive). */
    private final int[] ends;

    private RecognitionView(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** Returns the view of {@code original}. Does not change it. */
    public static RecognitionView of(String original) {
        int first = firstChange(original);
        if (first < 0) {
            return new RecognitionView(original, original, null, null);
        }
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (c == '\u000B' || c == '\u000C') {
                c = ' ';
            } else if (hidden(c)) {
                continue;
            }
            starts[out.length()] = i;
            ends[out.length()] = i + 1;
            out.append(c);
        }
        // A char taken out belongs to the span of the char before it, so a span ending there covers it.
        for (int k = 0; k < out.length(); k++) {
            int next = k + 1 < out.length() ? starts[k + 1] : n;
            ends[k] = next;
        }
        int len = out.length();
        return new RecognitionView(original, out.toString(), java.util.Arrays.copyOf(starts, len),
                java.util.Arrays.copyOf(ends, len));
    }

    private static int firstChange(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r') {
                continue; // printable ASCII and line ends: nearly every char of a report
            }
            if (c == '\u000B' || c == '\u000C' || hidden(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code c} is taken out of the view. */
    static boolean hidden(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r' && c != '\u000B' && c != '\u000C';
        }
        return c >= 0x7F && c <= 0x9F || c == '\u00AD' || c >= '\u200B' && c <= '\u200D' || c == '\u2060'
                || c == '\uFEFF';
    }

    /** Returns the text the recognizers see. */
    public String text() {
        return text;
    }

    /** Returns the original text. */
    public String original() {
        return original;
    }

    /** Returns true when the view is the original itself. */
    public boolean identical() {
        return starts == null;
    }

    /** Returns where view offset {@code start} (a span's start) is in the original. */
    public int originalStart(int start) {
        if (identical()) {
            return start;
        }
        return start < starts.length ? starts[start] : original.length();
    }

    /** Returns where view offset {@code end} (a span's exclusive end) is in the original. */
    public int originalEnd(int end) {
        if (identical()) {
            return end;
        }
        return end == 0 ? (starts.length > 0 ? starts[0] : 0) : trimEnd(ends[end - 1]);
    }

    /** An end never swallows the trailing hidden chars that stand between a span and the next word's whitespace. */
    private int trimEnd(int end) {
        while (end > 0 && end <= original.length() && hidden(original.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Returns {@code spans} (in view offsets) in original offsets, in the same order. */
    public List<PhiSpan> toOriginal(List<PhiSpan> spans) {
        if (identical() || spans.isEmpty()) {
            return spans;
        }
        List<PhiSpan> out = new ArrayList<>(spans.size());
        for (PhiSpan s : spans) {
            int start = originalStart(s.start());
            out.add(s.withBounds(start, Math.max(start + 1,
                    originalEnd(s.end()))));
        }
        return out;
    }
}

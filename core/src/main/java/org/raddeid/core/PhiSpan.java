package org.raddeid.core;

import java.util.Comparator;
import java.util.Objects;

/**
 * One piece of PHI found in a text: {@code [start, end)} in Java char offsets (code points only at external
 * boundaries, see {@link org.raddeid.core.text.CodePoints}), its type, an optional subtype of that type, a score in
 * [0, 1] and the name of the recognizer that found it. Immutable and thread-safe.
 *
 * <p>The constructor rejects bad values with a message naming the value, never the text.
 *
 * @param start first char, inclusive, {@code >= 0}
 * @param end last char, exclusive, {@code > start}
 * @param type the PHI type, never null
 * @param subtype the subtype, or null when unknown; when given it must belong to {@code type}
 * @param score confidence in [0, 1]
 * @param recognizer name of the recognizer (or {@code a+b} after a merge), never blank
 */
public record PhiSpan(int start, int end, PhiType type, PhiSubtype subtype, double score, String recognizer) {

    /** The canonical ordering: start ascending, longer first, then type precedence, then recognizer name. */
    public static final Comparator<PhiSpan> ORDER = Comparator.comparingInt(PhiSpan::start)
            .thenComparing(Comparator.comparingInt(PhiSpan::end).reversed())
            .thenComparingInt(s -> s.type().precedence())
            .thenComparing(PhiSpan::recognizer);

    public PhiSpan {
        if (start < 0) {
            throw new IllegalArgumentException("span start must be >= 0, was " + start);
        }
        if (end <= start) {
            throw new IllegalArgumentException("span end must be > start, was start=" + start + " end=" + end);
        }
        Objects.requireNonNull(type, "span type");
        if (subtype != null && subtype.type() != type) {
            throw new IllegalArgumentException("subtype " + subtype + " does not belong to type " + type);
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("span score must be in [0,1], was " + score);
        }
        if (recognizer == null || recognizer.isBlank()) {
            throw new IllegalArgumentException("span recognizer name must not be blank");
        }
    }

    /** A span typed by its subtype. */
    public static PhiSpan of(int start, int end, PhiSubtype subtype, double score, String recognizer) {
        return new PhiSpan(start, end, subtype.type(), subtype, score, recognizer);
    }

    /** Returns {@code end - start} in chars. */
    public int length() {
        return end - start;
    }

    /** Returns true when the two spans share at least one char. */
    public boolean overlaps(PhiSpan other) {
        return start < other.end && other.start < end;
    }

    /** Returns true when {@code other} lies entirely inside this span. */
    public boolean contains(PhiSpan other) {
        return start <= other.start && other.end <= end;
    }

    /** Returns true when char offset {@code index} lies inside this span. */
    public boolean contains(int index) {
        return start <= index && index < end;
    }

    /**
     * Returns the covered part of {@code text}.
     *
     * @throws IllegalArgumentException when the span does not fit the text (the message gives lengths only)
     */
    public String coveredText(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span end " + end + " is beyond text length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    /** Returns a copy with other bounds. */
    public PhiSpan withBounds(int newStart, int newEnd) {
        return new PhiSpan(newStart, newEnd, type, subtype, score, recognizer);
    }

    /** Returns a copy with another score. */
    public PhiSpan withScore(double newScore) {
        return new PhiSpan(start, end, type, subtype, newScore, recognizer);
    }
}

package org.raddeid.corpora.format;

import org.raddeid.core.text.CodePoints;
import org.raddeid.corpora.Annotation;

/**
 * Turns code point offsets from a file into an {@link Annotation} in char offsets over one document text, checking the
 * bounds and, when the file repeats the covered text, that it matches. Immutable and thread-safe.
 */
final class SpanAnchor {

    private final String text;
    private final CodePoints codePoints;

    SpanAnchor(String text) {
        this.text = text;
        this.codePoints = CodePoints.of(text);
    }

    /**
     * Anchors one span.
     *
     * @param start first code point, inclusive
     * @param end last code point, exclusive
     * @param label type and subtype
     * @param origin name origin or null
     * @param expected the text the file says the span covers, or null to skip the check; compared with runs of
     *     whitespace collapsed to one space, because some formats cannot hold line breaks in that field
     * @throws BadSpanException with a message holding offsets only
     */
    Annotation anchor(int start, int end, PhiLabel label, String origin, String expected) throws BadSpanException {
        if (start < 0 || end <= start) {
            throw new BadSpanException("span " + start + ".." + end + " is empty or negative");
        }
        if (end > codePoints.codePointLength()) {
            throw new BadSpanException("span " + start + ".." + end + " is beyond the text length "
                    + codePoints.codePointLength() + " (code points)");
        }
        int charStart = codePoints.toChar(start);
        int charEnd = codePoints.toChar(end);
        if (expected != null && !sameText(expected, text.substring(charStart, charEnd))) {
            throw new BadSpanException("span " + start + ".." + end + ": the text given for it differs from the"
                    + " document text at those offsets");
        }
        return new Annotation(charStart, charEnd, label.type(), label.subtype(), origin);
    }

    /** Returns the text an annotation made by this anchor covers. */
    String covered(Annotation a) {
        return text.substring(a.start(), a.end());
    }

    /** Returns the code point offset of a char offset. */
    int toCodePoint(int charOffset) {
        return codePoints.toCodePoint(charOffset);
    }

    static boolean sameText(String a, String b) {
        return collapse(a).equals(collapse(b));
    }

    /** Collapses every run of whitespace to one space and trims. */
    static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** A span that does not fit its document; the message holds offsets only. */
    static final class BadSpanException extends Exception {
        private static final long serialVersionUID = 1L;

        BadSpanException(String message) {
            super(message);
        }
    }
}

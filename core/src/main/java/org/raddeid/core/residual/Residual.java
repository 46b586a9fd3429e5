package org.raddeid.core.residual;

import org.raddeid.core.PhiType;

/**
 * One finding of the residual check in de-identified text: where (Java char offsets of the checked text), what type,
 * which part of the second opinion found it, and what it is: a leftover (possible missed PHI), a replacement found
 * again, or a medical term. Holds no text. Immutable.
 *
 * @param start first char, inclusive
 * @param end char after the finding
 * @param type the PHI type
 * @param source what found it
 * @param verdict what the finding is
 */
public record Residual(int start, int end, PhiType type, Source source, Verdict verdict) {

    /** What a finding of the second opinion is. */
    public enum Verdict {
        /** Possible missed PHI, to review. */
        LEFTOVER,
        /** A replacement (a surrogate, a tag) found again, or ordinary English next to one: expected. */
        REPLACEMENT,
        /**
         * A weak name, place or profession hit inside medical vocabulary ({@code Colles fracture}, {@code Baker cyst}):
         * what the first pass's allowlist vetoes. The second opinion sees it without the veto and counts it apart,
         * not as a leftover.
         */
        MEDICAL_TERM
    }

    /** Returns true when this is possible missed PHI to review. */
    public boolean leftover() {
        return verdict == Verdict.LEFTOVER;
    }

    /** What part of the second opinion found a residual. */
    public enum Source {
        /** The union of every recognizer at lower thresholds, without the allowlist veto. */
        RECOGNIZERS("recognizers"),
        /** One of the caller's known identifiers (patient name, MRN, birth date...), found again. */
        KNOWN_IDENTIFIER("knownIdentifier"),
        /** A PHI string the first pass found elsewhere in the same document or row, found again. */
        SAME_DOCUMENT("sameDocument");

        private final String json;

        Source(String json) {
            this.json = json;
        }

        /** Returns the name used in JSON outputs, such as {@code sameDocument}. */
        public String json() {
            return json;
        }
    }

    public Residual {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad residual offsets " + start + ".." + end);
        }
        java.util.Objects.requireNonNull(type, "type");
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(verdict, "verdict");
    }
}

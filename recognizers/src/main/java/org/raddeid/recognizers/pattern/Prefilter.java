package org.raddeid.recognizers.pattern;

/**
 * A cheap test run once per text that lets the recognizer skip every pattern that cannot match, e.g. all numeric
 * patterns on a text without digits.
 */
public enum Prefilter {
    /** Always run the pattern. */
    NONE,
    /** Run only when the text holds an ASCII digit. */
    DIGIT,
    /** Run only when the text holds {@code @}. */
    AT,
    /** Run only when the text holds {@code :}. */
    COLON,
    /** Run only when the text holds a {@code .}. */
    DOT;

    /** What a text holds, computed once per text in one pass. Immutable. */
    record Features(boolean digit, boolean at, boolean colon, boolean dot) {

        /** Scans {@code text} once; does not change it. */
        static Features of(String text) {
            boolean digit = false;
            boolean at = false;
            boolean colon = false;
            boolean dot = false;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = true;
                } else if (c == '@') {
                    at = true;
                } else if (c == ':') {
                    colon = true;
                } else if (c == '.') {
                    dot = true;
                }
            }
            return new Features(digit, at, colon, dot);
        }
    }

    /** Returns true when a pattern with this prefilter may match a text with {@code f}. */
    boolean accepts(Features f) {
        return switch (this) {
            case NONE -> true;
            case DIGIT -> f.digit();
            case AT -> f.at();
            case COLON -> f.colon();
            case DOT -> f.dot();
        };
    }
}

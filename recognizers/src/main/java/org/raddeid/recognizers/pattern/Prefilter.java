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
    DOT,
    /** Run only when the text holds a run of at least five ASCII digits. */
    FIVE_DIGITS;

    /** What a text holds, computed once per text in one pass. Immutable. */
    record Features(boolean digit, boolean at, boolean colon, boolean dot, int longestDigitRun) {

        /** Scans {@code text} once; does not change it. */
        static Features of(String text) {
            boolean digit = false;
            boolean at = false;
            boolean colon = false;
            boolean dot = false;
            int run = 0;
            int longest = 0;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = true;
                    run++;
                    longest = Math.max(longest, run);
                    continue;
                }
                run = 0;
                if (c == '@') {
                    at = true;
                } else if (c == ':') {
                    colon = true;
                } else if (c == '.') {
                    dot = true;
                }
            }
            return new Features(digit, at, colon, dot, longest);
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
            case FIVE_DIGITS -> f.longestDigitRun() >= 5;
        };
    }
}

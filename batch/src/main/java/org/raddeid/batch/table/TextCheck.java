package org.raddeid.batch.table;

/**
 * Whether a record's text can be de-identified at all: not longer than the limit, and well-formed UTF-16 (no unpaired
 * surrogate, which JSON's {@code \ud800} escape can carry and no encoder can write). Reasons give lengths and
 * offsets, never content. Stateless and thread-safe.
 */
public final class TextCheck {

    private TextCheck() {
    }

    /** Returns why {@code text} is refused, or null when it is fine (a null text is fine: it is checked elsewhere). */
    public static String refusal(String text, long maxChars) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxChars) {
            return "text is " + text.length() + " chars, longer than the limit of " + maxChars + "; row not "
                    + "de-identified";
        }
        int bad = unpairedSurrogate(text);
        return bad < 0 ? null : "text holds an unpaired surrogate (not a character) at char offset " + bad
                + "; row not de-identified";
    }

    /** Returns the offset of the first unpaired surrogate in {@code s}, or -1 when there is none. */
    public static int unpairedSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}

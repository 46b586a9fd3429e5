package org.raddeid.recognizers.casing;

import java.util.List;
import org.raddeid.core.text.Token;

/** The case a line is written in, judged from its words of two letters or more. */
enum LineCase {
    /** No lower-case letter: an ALL-CAPS line. */
    UPPER,
    /** No capitalised word; capitals only in abbreviations written all in capitals. */
    LOWER,
    /** Normal mixed case, or no word to judge by. */
    MIXED;

    /** Judges tokens {@code [from, to)} of {@code s}. */
    static LineCase of(String s, List<Token> tokens, int from, int to) {
        boolean lowerWord = false;
        boolean anyWord = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            int upper = 0;
            int lower = 0;
            for (int c = t.start(); c < t.end(); c++) {
                char ch = s.charAt(c);
                if (Character.isUpperCase(ch)) {
                    upper++;
                } else if (Character.isLowerCase(ch)) {
                    lower++;
                }
            }
            if (upper + lower < 2) {
                continue;
            }
            anyWord = true;
            if (upper > 0 && lower > 0) {
                return MIXED; // a capitalised or mixed word (The, McDonald, iPhone): written with care
            }
            lowerWord |= lower > 0;
        }
        if (!anyWord) {
            return MIXED;
        }
        return lowerWord ? LOWER : UPPER;
    }
}

package org.raddeid.corpora.generator;

import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

/** The ways a {@link ReportBuilder} can rewrite its pieces for a {@link WritingStyle}. Stateless. */
final class Voices {

    private Voices() {
    }

    /** Everything in capitals, character by character (a legacy RIS export). */
    static UnaryOperator<String> capitals() {
        return s -> map(s, Character::toUpperCase);
    }

    /** Everything in lower case (dictated text, shorthand typed fast). */
    static UnaryOperator<String> lowerCase() {
        return s -> map(s, Character::toLowerCase);
    }

    /** Lower case without commas, colons, semicolons or parentheses: speech recognised as it was spoken. */
    static UnaryOperator<String> spoken() {
        return s -> {
            StringBuilder sb = new StringBuilder(s.length());
            String lower = map(s, Character::toLowerCase);
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                if (",;:()".indexOf(c) < 0) {
                    sb.append(c);
                } else if (c == '(' && i + 1 < lower.length() && lower.charAt(i + 1) != ' '
                        && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            }
            return sb.toString();
        };
    }

    /** Maps each code point, keeping any whose mapping would change the length. */
    private static String map(String s, IntUnaryOperator f) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int m = f.applyAsInt(cp);
            sb.appendCodePoint(Character.charCount(m) == Character.charCount(cp) ? m : cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}

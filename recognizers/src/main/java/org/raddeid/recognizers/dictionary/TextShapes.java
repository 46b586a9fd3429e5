package org.raddeid.recognizers.dictionary;

import java.util.List;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/** Small facts about tokens the name and place recognizers share: capitalisation, line case, spacing. */
public final class TextShapes {

    private TextShapes() {
    }

    /** True when the token starts with an upper-case letter. */
    public static boolean capitalised(String s, Token t) {
        return t.kind() == Token.Kind.WORD && Character.isUpperCase(s.codePointAt(t.start()));
    }

    /**
     * True when the token is shaped like a name: capitalised, or written in a script without case (Chinese, Japanese,
     * Korean, Arabic, Hebrew, Thai, Devanagari...), where every name looks like every other word.
     */
    public static boolean nameShaped(String s, Token t) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        int cp = s.codePointAt(t.start());
        return Character.isUpperCase(cp) || Character.isLetter(cp) && !Character.isLowerCase(cp)
                && !Character.isTitleCase(cp) && Character.toUpperCase(cp) == cp && Character.toLowerCase(cp) == cp;
    }

    /** True when every letter of the token is upper case (and it has at least one). */
    public static boolean allCaps(String s, Token t) {
        boolean letter = false;
        for (int i = t.start(); i < t.end(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** True when the token has letters only (no digits). */
    public static boolean letters(String s, Token t) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        for (int i = t.start(); i < t.end(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the line holding {@code offset} has letters and no lower-case letter: a shouting header. */
    public static boolean upperLine(AnalyzedText text, int offset) {
        return text.upperCaseLine(offset);
    }

    /** True when nothing but spaces or tabs lies between the two tokens (no line break). */
    public static boolean sameLineGap(String s, int from, int to, int maxChars) {
        if (to - from > maxChars) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the index after the compound word starting at token {@code i}: a word joined without spaces to further
     * words by a hyphen or apostrophe ({@code Smith-Jones}, {@code O'Brien}); or i + 1.
     */
    public static int compoundEnd(String s, List<Token> tokens, int i) {
        int j = i + 1;
        while (j + 1 < tokens.size()) {
            Token p = tokens.get(j);
            Token w = tokens.get(j + 1);
            char c = s.charAt(p.start());
            boolean joiner = p.kind() == Token.Kind.PUNCT && (c == '-' || c == '\'' || c == '\u2019');
            if (joiner && p.start() == tokens.get(j - 1).end() && w.start() == p.end() && w.kind() == Token.Kind.WORD
                    && !(c != '-' && w.end() - w.start() == 1 && s.charAt(w.start()) == 's')) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** True when the token is the first word of a sentence: at line start or after . ! ? : */
    public static boolean sentenceInitial(AnalyzedText text, List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token t = tokens.get(i);
        if (text.lineStart(t.start()) > tokens.get(i - 1).start()) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        if (prev.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = text.text().charAt(prev.start());
        return c == '.' || c == '!' || c == '?' || c == ':';
    }

    /** True when the token holds a digit. */
    public static boolean hasDigit(String s, Token t) {
        for (int i = t.start(); i < t.end(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when the token is one punctuation char among {@code chars}. */
    public static boolean isPunct(String s, Token t, String chars) {
        return t.kind() == Token.Kind.PUNCT && chars.indexOf(s.charAt(t.start())) >= 0;
    }
}

package org.raddeid.recognizers.dictionary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * The spelling variants a word-list entry also matches as: brace alternatives, possessives of eponyms, plurals and
 * unaccented spellings. Pure functions; thread-safe.
 */
final class PhraseVariants {

    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private PhraseVariants() {
    }

    /**
     * Expands every {@code {a,b,c}} group into one phrase per alternative; several groups give every combination, in
     * order. A phrase without braces is returned alone.
     *
     * @throws IllegalArgumentException when a brace is unbalanced or a group is empty (the message quotes the entry,
     *     which is word-list text, never report text)
     */
    static List<String> expandBraces(String phrase) {
        Matcher m = BRACES.matcher(phrase);
        if (!m.find()) {
            if (phrase.indexOf('{') >= 0 || phrase.indexOf('}') >= 0) {
                throw new IllegalArgumentException("unbalanced brace in word-list entry '" + phrase + "'");
            }
            return List.of(phrase);
        }
        List<String> out = new ArrayList<>();
        String head = phrase.substring(0, m.start());
        String tail = phrase.substring(m.end());
        for (String alt : m.group(1).split(",", -1)) {
            if (alt.isBlank()) {
                throw new IllegalArgumentException("empty alternative in word-list entry '" + phrase + "'");
            }
            for (String rest : expandBraces(tail)) {
                out.add(head + alt.strip() + rest);
            }
        }
        return out;
    }

    /**
     * Returns {@code phrase} with its possessive variants: a listed possessive ({@code Adam's apple}) also without the
     * {@code 's}, and every eponym (a capitalised word of three or more letters followed by another word, or standing
     * alone) with {@code 's}, with a bare {@code '} when it ends in s, x or z, and with a bare {@code s} otherwise
     * ({@code Murphys sign}). Only one word is inflected per variant. The phrase itself comes first.
     */
    static Set<String> possessives(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(phrase);
        String base = withoutPossessives(phrase);
        out.add(base);
        AnalyzedText t = new AnalyzedText(base);
        List<Token> tokens = t.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            boolean alone = tokens.size() == 1;
            boolean beforeWord = i + 1 < tokens.size() && tokens.get(i + 1).isAlphanumeric()
                    && tokens.get(i + 1).start() > tok.end();
            if (!isEponym(base, tok) || !(alone || beforeWord)) {
                continue;
            }
            String head = base.substring(0, tok.end());
            String tail = base.substring(tok.end());
            char last = Character.toLowerCase(base.charAt(tok.end() - 1));
            out.add(head + "'s" + tail);
            if (last == 's' || last == 'x' || last == 'z') {
                out.add(head + "'" + tail);
            } else {
                out.add(head + "s" + tail);
            }
        }
        return out;
    }

    /**
     * Returns {@code phrase} with its last word in the plural added, when that word is lower case in the list (a
     * common noun): {@code -y} after a consonant becomes {@code -ies}; {@code -s, -x, -z, -ch, -sh} take {@code -es}
     * unless the word already ends in a single {@code s} (taken as plural or Latin: {@code bronchus}); {@code -man}
     * becomes {@code -men}; {@code -person} becomes {@code -people}; otherwise {@code -s}. The phrase comes first.
     */
    static Set<String> plurals(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(phrase);
        AnalyzedText t = new AnalyzedText(phrase);
        List<Token> tokens = t.tokens();
        if (tokens.isEmpty()) {
            return out;
        }
        Token last = tokens.get(tokens.size() - 1);
        String word = last.text(phrase);
        String plural = last.kind() == Token.Kind.WORD && last.end() == phrase.length() ? plural(word) : null;
        if (plural != null) {
            out.add(phrase.substring(0, last.start()) + plural);
        }
        return out;
    }

    /** Returns the plural of a lower-case word of three or more letters, or null when it is not one or looks plural. */
    static String plural(String word) {
        if (word.length() < 3 || !word.equals(word.toLowerCase(Locale.ROOT)) || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        if (word.endsWith("person")) {
            return word.substring(0, word.length() - "person".length()) + "people";
        }
        if (word.endsWith("man") && !word.endsWith("human") && !word.endsWith("german")) {
            return word.substring(0, word.length() - 3) + "men";
        }
        if (word.endsWith("ss") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.endsWith("s")) {
            return null;
        }
        if (word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    /** Returns {@code s} without combining accents ({@code Sjögren -> Sjogren}); the same string when it has none. */
    static String stripAccents(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return s;
    }

    private static boolean isEponym(String s, Token tok) {
        return tok.kind() == Token.Kind.WORD && tok.end() - tok.start() >= 3
                && Character.isUpperCase(s.charAt(tok.start())) && Character.isLowerCase(s.charAt(tok.start() + 1));
    }

    /** Drops {@code 's} and a bare trailing {@code '} after a word ({@code Adam's apple}, {@code Graves' disease}). */
    static String withoutPossessives(String phrase) {
        AnalyzedText t = new AnalyzedText(phrase);
        List<Token> tokens = t.tokens();
        StringBuilder sb = new StringBuilder(phrase);
        for (int i = tokens.size() - 1; i >= 1; i--) {
            Token apostrophe = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (apostrophe.kind() != Token.Kind.PUNCT || !isApostrophe(phrase.charAt(apostrophe.start()))
                    || before.kind() != Token.Kind.WORD || before.end() != apostrophe.start()) {
                continue;
            }
            Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (after != null && after.start() == apostrophe.end() && "s".equalsIgnoreCase(after.text(phrase))) {
                sb.delete(apostrophe.start(), after.end());
            } else if (after == null || after.start() > apostrophe.end()) {
                sb.delete(apostrophe.start(), apostrophe.end());
            }
        }
        return sb.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
    }
}

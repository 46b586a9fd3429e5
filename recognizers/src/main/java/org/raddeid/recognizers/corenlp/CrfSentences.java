package org.raddeid.recognizers.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * Turns an {@link AnalyzedText} into the sentences the CRF classifies. Each line is split after sentence-ending
 * punctuation ({@code . ! ?}) and after a colon, so a field's value ({@code PATIENT: GOMEZ, RAFAEL}) is classified
 * apart from its label; lines and sentences without a letter are skipped. Tokens are the shared
 * {@link AnalyzedText#tokens()} joined where the CRF's training data (Penn Treebank tokenisation) kept them whole:
 * abbreviations and initials with their period ({@code Dr.}, {@code J.}, {@code M.D.}), hyphenated and apostrophe words
 * ({@code Smith-Jones}, {@code O'Brien}), numbers with inner separators ({@code 3.5}, {@code 12/03/2020}) and clitics
 * ({@code 's}). A period joined to an abbreviation does not end a sentence.
 *
 * <p>Stateless and thread-safe; never changes its input.
 */
final class CrfSentences {

    /** Words that take an abbreviation period (compared lower-case); single letters always do. */
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "mx", "prof", "st", "ste", "jr",
            "sr", "mt", "ft", "dept", "inc", "co", "corp", "ltd", "bros", "ave", "blvd", "rd", "ph", "vs", "etc", "no",
            "approx", "gen", "col", "capt", "lt", "sgt", "rev", "hon", "univ", "assoc");

    /** Endings split off after an apostrophe, as the treebank does ({@code John 's}). */
    private static final Set<String> CLITICS = Set.of("s", "t", "d", "m", "ll", "re", "ve");

    private CrfSentences() {
    }

    /** Returns the sentences of {@code text}, each a non-empty list of tokens in text order. */
    static List<List<CrfToken>> of(AnalyzedText text) {
        String s = text.text();
        List<Token> tokens = text.tokens();
        List<List<CrfToken>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int lineEnd = text.lineEnd(tokens.get(i).start());
            int j = i;
            boolean letters = false;
            while (j < tokens.size() && tokens.get(j).start() < lineEnd) {
                letters |= tokens.get(j).kind() == Token.Kind.WORD;
                j++;
            }
            if (letters) {
                split(join(s, tokens, i, j), out);
            }
            i = j;
        }
        return out;
    }

    /**
     * Returns true when {@code sentence} should go to the caseless model: more than half of its words of two or more
     * letters are all upper case (headers, shouted notes), or all of them are lower case.
     */
    static boolean prefersCaseless(List<CrfToken> sentence) {
        int words = 0;
        int upper = 0;
        int lower = 0;
        for (CrfToken t : sentence) {
            int up = 0;
            int low = 0;
            String w = t.word();
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isUpperCase(c)) {
                    up++;
                } else if (Character.isLowerCase(c)) {
                    low++;
                }
            }
            if (up + low >= 2) {
                words++;
                if (low == 0) {
                    upper++;
                } else if (up == 0) {
                    lower++;
                }
            }
        }
        return words > 0 && (upper * 2 > words || lower == words);
    }

    /**
     * Returns true when {@code sentence} is one word and a colon at the start of its line ({@code DOB:},
     * {@code FINDINGS:}): a field label, which {@link EntitySpans} would drop whatever the CRF said, so it need not be
     * classified.
     */
    static boolean isLoneFieldLabel(AnalyzedText text, List<CrfToken> sentence) {
        if (sentence.size() != 2 || !sentence.get(1).word().equals(":")) {
            return false;
        }
        String s = text.text();
        for (int k = text.lineStart(sentence.get(0).start()); k < sentence.get(0).start(); k++) {
            if (!Character.isWhitespace(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<CrfToken> join(String s, List<Token> tokens, int from, int to) {
        List<CrfToken> out = new ArrayList<>(to - from);
        int k = from;
        while (k < to) {
            Token t = tokens.get(k++);
            int start = t.start();
            int end = t.end();
            if (t.isAlphanumeric()) {
                Token last = t;
                while (k < to) {
                    Token p = tokens.get(k);
                    if (p.start() != end || p.kind() != Token.Kind.PUNCT) {
                        break;
                    }
                    char c = s.charAt(p.start());
                    if (c == '.' && last.kind() == Token.Kind.WORD && isAbbreviation(s, last)) {
                        end = p.end();
                        k++;
                        // Chains of initials: M.D., U.S., Ph.D.
                        if (k + 1 < to && tokens.get(k).start() == end && tokens.get(k).kind() == Token.Kind.WORD
                                && tokens.get(k).end() - tokens.get(k).start() == 1
                                && tokens.get(k + 1).start() == tokens.get(k).end()
                                && s.charAt(tokens.get(k + 1).start()) == '.') {
                            last = tokens.get(k);
                            end = last.end();
                            k++;
                            continue;
                        }
                        break;
                    }
                    Token q = k + 1 < to ? tokens.get(k + 1) : null;
                    if (q == null || q.start() != p.end() || !q.isAlphanumeric() || !joins(s, c, last, q)) {
                        break;
                    }
                    end = q.end();
                    last = q;
                    k += 2;
                }
            } else if (isApostrophe(s.charAt(start)) && k < to && tokens.get(k).start() == end
                    && isClitic(s, tokens.get(k))) {
                end = tokens.get(k++).end();
            }
            out.add(new CrfToken(start, end, s.substring(start, end)));
        }
        return out;
    }

    private static boolean joins(String s, char c, Token last, Token next) {
        if (c == '-' || c == '\u2010' || c == '\u2011') {
            return true;
        }
        if (isApostrophe(c)) {
            return last.kind() == Token.Kind.WORD && next.kind() == Token.Kind.WORD && !isClitic(s, next);
        }
        if (c == '.' || c == ',' || c == '/' || c == ':') {
            return last.kind() == Token.Kind.NUMBER && next.kind() == Token.Kind.NUMBER;
        }
        return false;
    }

    private static void split(List<CrfToken> line, List<List<CrfToken>> out) {
        int from = 0;
        for (int k = 0; k < line.size(); k++) {
            if (endsSentence(line.get(k)) && (k + 1 == line.size() || !endsSentence(line.get(k + 1)))) {
                add(line.subList(from, k + 1), out);
                from = k + 1;
            }
        }
        add(line.subList(from, line.size()), out);
    }

    private static void add(List<CrfToken> sentence, List<List<CrfToken>> out) {
        for (CrfToken t : sentence) {
            for (int k = 0; k < t.word().length(); k++) {
                if (Character.isLetter(t.word().charAt(k))) {
                    out.add(sentence);
                    return;
                }
            }
        }
    }

    private static boolean endsSentence(CrfToken t) {
        String w = t.word();
        return w.length() == 1 && (w.charAt(0) == '.' || w.charAt(0) == '!' || w.charAt(0) == '?' || w.charAt(0) == ':');
    }

    private static boolean isAbbreviation(String s, Token word) {
        return word.end() - word.start() == 1
                || ABBREVIATIONS.contains(s.substring(word.start(), word.end()).toLowerCase(Locale.ROOT));
    }

    private static boolean isClitic(String s, Token t) {
        return t.kind() == Token.Kind.WORD && CLITICS.contains(s.substring(t.start(), t.end()).toLowerCase(Locale.ROOT));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}

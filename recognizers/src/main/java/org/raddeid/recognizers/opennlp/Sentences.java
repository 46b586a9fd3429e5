package org.raddeid.recognizers.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * Splits the tokens of an {@link AnalyzedText} into the sentences the name finder is trained and run on. A sentence
 * never crosses a line break, and inside a line it ends after {@code !} or {@code ?}, or after a {@code .} that does
 * not close an initial ({@code J.}) or a common abbreviation ({@code Dr.}, {@code St.}), when white space and then an
 * upper-case letter or a digit follow. Trainer and recognizer share this one splitter so the model sees at run time
 * the units it learnt from.
 *
 * <p>Stateless and thread-safe; does not change its input.
 */
public final class Sentences {

    /** A sentence: tokens {@code [firstToken, endToken)} of the text's {@link AnalyzedText#tokens()}. */
    public record Sentence(int firstToken, int endToken) {

        public Sentence {
            if (firstToken < 0 || endToken <= firstToken) {
                throw new IllegalArgumentException(
                        "bad sentence bounds firstToken=" + firstToken + " endToken=" + endToken);
            }
        }

        /** Returns the number of tokens. */
        public int size() {
            return endToken - firstToken;
        }
    }

    /** Words after which a full stop does not end a sentence, lower case. */
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "mx", "prof", "st", "sr", "jr",
            "rev", "hon", "capt", "col", "gen", "lt", "sgt", "vs", "no", "nos", "approx", "fig", "ref", "dept", "univ",
            "inc", "ltd", "co", "corp", "mt", "ft", "ave", "blvd", "rd", "apt", "ste", "etc", "al", "cf", "eg", "ie");

    private Sentences() {
    }

    /** Returns the sentences of {@code text} in order; together they hold every token once. Empty for no tokens. */
    public static List<Sentence> split(AnalyzedText text) {
        List<Token> tokens = text.tokens();
        String s = text.text();
        List<Sentence> out = new ArrayList<>();
        int first = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (breaksBefore(s, tokens, i)) {
                out.add(new Sentence(first, i));
                first = i;
            }
        }
        if (first < tokens.size()) {
            out.add(new Sentence(first, tokens.size()));
        }
        return out;
    }

    /** Returns true when a sentence ends between token {@code i - 1} and token {@code i}. */
    private static boolean breaksBefore(String s, List<Token> tokens, int i) {
        Token prev = tokens.get(i - 1);
        Token next = tokens.get(i);
        for (int c = prev.end(); c < next.start(); c++) {
            char ch = s.charAt(c);
            if (ch == '\n' || ch == '\r') {
                return true;
            }
        }
        if (prev.kind() != Token.Kind.PUNCT || next.start() == prev.end()) {
            return false;
        }
        char p = s.charAt(prev.start());
        if (p == '!' || p == '?') {
            return true;
        }
        if (p != '.') {
            return false;
        }
        int first = s.codePointAt(next.start());
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        if (i >= 2) {
            Token word = tokens.get(i - 2);
            if (word.end() == prev.start() && word.kind() == Token.Kind.WORD) {
                String w = word.text(s);
                if (w.codePointCount(0, w.length()) == 1 || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
    }
}

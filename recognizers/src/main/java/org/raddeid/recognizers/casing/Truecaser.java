package org.raddeid.recognizers.casing;

import java.util.List;
import org.raddeid.core.ensemble.TextView;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.dictionary.TextShapes;

/**
 * Restores the case of text written in one case, so that recognizers built for mixed-case prose read an ALL-CAPS RIS
 * export or a lower-case dictation as if it were written normally. Only the case of letters changes, so every offset
 * found in the view holds in the text ({@link AnalyzedText#recased}).
 *
 * <ul>
 *   <li>A line whose words hold no lower-case letter (ALL CAPS), or no capitalised word (all lower case, capitals only
 *       in abbreviations), is restored word by word from the lexicons: function, everyday and medical words in lower
 *       case ({@code the}, {@code hemostasis}); clinical abbreviations as clinicians write them ({@code NPO}); names,
 *       places and eponyms capitalised ({@code Gomez}, {@code Houston}, {@code Metzenbaum}); a word no list knows
 *       capitalised when it has four letters or more, and left as it is when shorter (an acronym); the first word of
 *       a sentence capitalised. A word that is both a name and an everyday word ({@code Will}, {@code Brown}) is
 *       capitalised only next to another name or after a cue.</li>
 *   <li>In every line, a lower-case word after a name cue is capitalised when it may be a name ({@link NameCues}): a
 *       title ({@code dr o'brien}), a relation word ({@code wife maria}), {@code per}, {@code d/w}, {@code cc} and the
 *       other name labels.</li>
 *   <li>Mixed-case lines are otherwise left as written, and so are words with digits.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; never changes its input; a few hash lookups per word.
 */
public final class Truecaser implements TextView {

    private final Vocabulary vocabulary = Vocabulary.shared();

    @Override
    public AnalyzedText of(AnalyzedText text) {
        String s = text.text();
        char[] out = s.toCharArray();
        List<Token> tokens = text.tokens();
        WordForm[] forms = new WordForm[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            int lineEnd = text.lineEnd(tokens.get(i).start());
            int j = i;
            while (j < tokens.size() && tokens.get(j).start() < lineEnd) {
                j++;
            }
            LineCase lineCase = LineCase.of(s, tokens, i, j);
            if (lineCase != LineCase.MIXED) {
                new LineRecaser(vocabulary, text, lineCase, forms).recase(i, j);
            }
            i = j;
        }
        new NameCues(vocabulary, text, forms).mark();
        apply(text, forms, out);
        return AnalyzedText.recased(text, new String(out));
    }

    /** Writes each word's form into {@code out}; words without a form are left as they are. */
    private static void apply(AnalyzedText text, WordForm[] forms, char[] out) {
        String s = text.text();
        List<Token> tokens = text.tokens();
        boolean sentenceStart = true;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (k > 0 && text.lineStart(t.start()) > tokens.get(k - 1).start()) {
                sentenceStart = true;
            }
            if (t.kind() == Token.Kind.PUNCT) {
                sentenceStart |= TextShapes.isPunct(s, t, ".!?:") && !abbreviationPeriod(s, tokens, k);
                continue;
            }
            WordForm f = forms[k];
            if (f != null && f != WordForm.KEEP) {
                for (int c = t.start(); c < t.end(); c++) {
                    boolean first = c == t.start() && (f == WordForm.CAPITALISED || sentenceStart && !joined(s, t));
                    char ch = s.charAt(c);
                    char to = f == WordForm.UPPER || first ? Character.toUpperCase(ch) : Character.toLowerCase(ch);
                    if (Character.charCount(to) == 1) {
                        out[c] = to;
                    }
                }
            }
            sentenceStart = false;
        }
    }

    /** True when the token continues a compound ({@code brien} in {@code o'brien}, {@code s} of a clitic). */
    private static boolean joined(String s, Token t) {
        return t.start() > 0 && (s.charAt(t.start() - 1) == '\'' || s.charAt(t.start() - 1) == '\u2019'
                || s.charAt(t.start() - 1) == '-') && t.start() > 1 && Character.isLetter(s.charAt(t.start() - 2));
    }

    /** True when token {@code k} is a period right after a one-letter word or a title ({@code J.}, {@code Dr.}). */
    private static boolean abbreviationPeriod(String s, List<Token> tokens, int k) {
        if (k == 0 || s.charAt(tokens.get(k).start()) != '.') {
            return false;
        }
        Token prev = tokens.get(k - 1);
        if (prev.end() != tokens.get(k).start() || prev.kind() != Token.Kind.WORD) {
            return false;
        }
        int len = prev.end() - prev.start();
        String w = s.substring(prev.start(), prev.end()).toLowerCase(java.util.Locale.ROOT);
        return len == 1 || w.equals("dr") || w.equals("mr") || w.equals("mrs") || w.equals("ms") || w.equals("st")
                || w.equals("vs") || w.equals("no") || w.equals("approx") || w.equals("prof");
    }
}

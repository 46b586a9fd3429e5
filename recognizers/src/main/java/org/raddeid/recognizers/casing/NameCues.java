package org.raddeid.recognizers.casing;

import static org.raddeid.recognizers.dictionary.ClosedWords.NAME_PARTICLES;

import java.util.List;
import java.util.Set;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.dictionary.Cues;
import org.raddeid.recognizers.dictionary.Lexicons;
import org.raddeid.recognizers.dictionary.TextShapes;
import org.raddeid.recognizers.dictionary.TokenTrie;

/**
 * Capitalises lower-case words that a cue announces as a name, in any line: after a title ({@code dr o'brien},
 * {@code mrs jones}), after a relation word ({@code wife maria}, {@code dtr ann}, {@code son bill at bedside}) and after
 * the other name labels ({@code per}, {@code d/w}, {@code cc}, {@code discussed with}). The first word must be able to
 * be a name: after a title, anything but a function word or an everyday word that is no name; after a relation word,
 * a given name (an everyday one, such as {@code bill}, only when the phrase ends there) or an unknown word; after a
 * label, a name that is no everyday word (any name after a field label's colon) or an unknown word. Up to two more
 * name-like words follow ({@code maria lopez}), across name particles ({@code de la cruz}). Not thread-safe: one per
 * text.
 */
final class NameCues {

    private static final int MAX_MORE_WORDS = 2;
    /** Words that end a hospital's short name ({@code chen memorial}, {@code valley grove general}). */
    private static final Set<String> INSTITUTION_ENDS = Set.of("general", "memorial", "regional", "hospital",
            "medical", "clinic", "infirmary", "community", "presbyterian", "methodist", "baptist", "children's");

    private final Vocabulary v;
    private final AnalyzedText text;
    private final String s;
    private final String lower;
    private final List<Token> tokens;
    private final WordForm[] forms;
    private final TokenTrie<String> placeLabels;

    NameCues(Vocabulary vocabulary, AnalyzedText text, WordForm[] forms) {
        this.v = vocabulary;
        this.text = text;
        this.s = text.text();
        this.lower = text.lowerCase();
        this.tokens = text.tokens();
        this.forms = forms;
        this.placeLabels = vocabulary.placeCues;
    }

    /** Words after a possessive that make its owner a person ({@code smith's office}). */
    private static final Set<String> OWNED = Set.of("office", "offices", "clinic", "practice", "team", "service",
            "nurse", "group", "staff", "pager", "cell", "phone", "line", "desk");

    /** Marks the cued words {@link WordForm#CAPITALISED}. */
    void mark() {
        for (int k = 0; k < tokens.size(); k++) {
            if (lowerCaseWord(k) && v.name(word(k)) && !v.functionWord(word(k)) && owner(k)) {
                capitalise(k);
            }
            if (k > 0 && !v.cues.credentials.longestAt(text, k).isEmpty() && credentialAfterName(k)) {
                before(k);
            }
            saint(k);
        }
        for (TokenTrie.Match<String> m : placeLabels.findAll(text)) {
            place(afterPunctuation(m.endToken(), ":-"));
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.WORD && v.cues.titles.contains(text.lowerToken(k))) {
                int n = afterPunctuation(k + 1, ".");
                int initial = n;
                // DR. P. GRAVES: an initial, then a surname that may be an everyday word
                while (n + 1 < tokens.size() && initial(n)) {
                    n = n + 2;
                }
                if (n > initial && n < tokens.size() && lowerCaseWord(n) && v.name(word(n))) {
                    forms[k] = WordForm.CAPITALISED;
                    for (int q = initial; q < n; q += 2) {
                        forms[q] = WordForm.UPPER;
                    }
                    capitalise(n);
                } else if (n < tokens.size() && startsName(n, Cue.TITLE, false)) {
                    forms[k] = WordForm.CAPITALISED;
                    name(n, Cue.TITLE);
                }
            }
        }
        for (TokenTrie.Match<Cues.Label> m : v.cues.labels.findAll(text)) {
            int n = afterPunctuation(m.endToken(), ":-,");
            boolean colon = n > m.endToken() && s.substring(tokens.get(m.endToken()).start(),
                    tokens.get(n - 1).end()).indexOf(':') >= 0;
            if (n >= tokens.size() || m.value().needsColon() && !colon
                    || text.lineStart(tokens.get(n).start()) != text.lineStart(m.start())) {
                continue;
            }
            Cue cue = m.value().subtype() == PhiSubtype.RELATIVE ? Cue.RELATION : Cue.LABEL;
            // "her maiden name is key", "a son named will": the phrase says a name follows, as a colon does
            boolean says = NAMING.contains(word(m.endToken() - 1));
            if (startsName(n, cue, colon || says)) {
                name(n, cue);
            }
        }
    }

    /** {@code st. mary's}, {@code saint luke}: a saint's title before a name is capitalised with it. */
    private void saint(int k) {
        if (tokens.get(k).kind() != Token.Kind.WORD || forms[k] == WordForm.CAPITALISED
                || !(word(k).equals("st") || word(k).equals("saint")) || !lowerCaseWord(k) && forms[k] == null) {
            return;
        }
        int n = afterPunctuation(k + 1, ".");
        if (n < tokens.size() && (lowerCaseWord(n) || forms[n] == WordForm.CAPITALISED)
                && (v.givenName(word(n)) || v.name(word(n)) && !v.common(word(n)))
                && TextShapes.sameLineGap(s, tokens.get(n - 1).end(), tokens.get(n).start(), 1)) {
            forms[k] = WordForm.CAPITALISED;
            capitalise(n);
        }
    }

    /**
     * After a place cue ({@code transferred from}, {@code lives in}), a place the dictionary knows ({@code mass
     * general}, {@code san diego}) or up to three name-like words are capitalised.
     */
    private void place(int k) {
        if (k >= tokens.size() || !lowerCaseWord(k) && forms[k] != WordForm.CAPITALISED
                && forms[k] != WordForm.UPPER) {
            return;
        }
        // valley grove general, chen memorial: up to four words ending in a word that names an institution
        for (int q = k, n = 0; q < tokens.size() && n < 4 && (lowerCaseWord(q) || forms[q] == WordForm.CAPITALISED
                || forms[q] == WordForm.UPPER); q++, n++) {
            if (INSTITUTION_ENDS.contains(word(q)) && q > k) {
                for (int c = k; c <= q; c++) {
                    if (tokens.get(c).kind() == Token.Kind.WORD) {
                        forms[c] = WordForm.CAPITALISED;
                    }
                }
                return;
            }
            if (v.functionWord(word(q))) {
                break;
            }
            q = TextShapes.compoundEnd(s, tokens, q) - 1;
        }
        List<TokenTrie.Match<Lexicons.PlaceKind>> known = v.lex.places.longestAt(text, k);
        // a one-word place that is an everyday word (home, hope, normal) is the word
        if (!known.isEmpty() && !(known.get(0).endToken() == k + 1 && v.common(word(k)))) {
            for (int q = k; q < known.get(0).endToken(); q++) {
                if (lowerCaseWord(q) && !v.functionWord(word(q))) {
                    forms[q] = WordForm.CAPITALISED;
                }
            }
            return;
        }
        for (int q = k, n = 0; q < tokens.size() && n < 3 && lowerCaseWord(q); q++, n++) {
            String w = word(q);
            if (v.functionWord(w) || !(v.name(w) && !v.common(w) || v.unknown(w) && w.length() > 2)) {
                return;
            }
            q = capitalise(q) - 1;
        }
    }

    /** True when the word at {@code k} is followed by {@code 's office} (or clinic, practice, team...). */
    private boolean owner(int k) {
        int q = TextShapes.compoundEnd(s, tokens, k);
        return q + 2 < tokens.size() && TextShapes.isPunct(s, tokens.get(q), "'\u2019") && word(q + 1).equals("s")
                && tokens.get(q + 2).kind() == Token.Kind.WORD && OWNED.contains(word(q + 2));
    }

    /** True when the credential at token {@code k} follows a comma or a word on its line (not a line start). */
    private boolean credentialAfterName(int k) {
        Token prev = tokens.get(k - 1);
        if (text.lineStart(prev.start()) != text.lineStart(tokens.get(k).start())) {
            return false;
        }
        int end = v.cues.credentials.longestAt(text, k).get(0).endToken();
        return (end >= tokens.size() || tokens.get(end).kind() == Token.Kind.PUNCT
                || text.lineStart(tokens.get(end).start()) != text.lineStart(tokens.get(k).start()))
                && (TextShapes.isPunct(s, prev, ",") || prev.kind() == Token.Kind.WORD);
    }

    /** Capitalises up to three name-like words before the credential at token {@code k} ({@code melissa mild, md}). */
    private void before(int k) {
        int q = k - 1;
        if (TextShapes.isPunct(s, tokens.get(q), ",")) {
            q--;
        }
        for (int words = 0; q >= 0 && words < 3; q--) {
            Token t = tokens.get(q);
            if (text.lineStart(t.start()) != text.lineStart(tokens.get(k).start())) {
                return;
            }
            if (t.kind() == Token.Kind.PUNCT) {
                if (!TextShapes.isPunct(s, t, ".'\u2019-")) {
                    return;
                }
                continue;
            }
            if (!lowerCaseWord(q)) {
                if (t.kind() != Token.Kind.WORD) {
                    return;
                }
                words++;
                continue;
            }
            String w = lower.substring(t.start(), t.end());
            if (v.functionWord(w) || v.cues.titles.contains(w) || !(v.name(w) || v.unknown(w))) {
                return;
            }
            forms[q] = WordForm.CAPITALISED;
            words++;
        }
    }

    /** True when token {@code k} is one letter followed directly by a period: an initial. */
    private boolean initial(int k) {
        Token t = tokens.get(k);
        return t.kind() == Token.Kind.WORD && t.end() - t.start() == 1 && k + 1 < tokens.size()
                && tokens.get(k + 1).start() == t.end() && TextShapes.isPunct(s, tokens.get(k + 1), ".");
    }

    /** Last words of a label phrase that announce a name ({@code name is}, {@code named}). */
    private static final Set<String> NAMING = Set.of("is", "was", "named", "called");

    /** The kinds of cue, from strongest to weakest. */
    private enum Cue { TITLE, LABEL, RELATION }

    /** Returns the index of the first token at or after {@code k} that is not one of {@code chars}. */
    private int afterPunctuation(int k, String chars) {
        while (k < tokens.size() && TextShapes.isPunct(s, tokens.get(k), chars)) {
            k++;
        }
        return k;
    }

    private boolean startsName(int k, Cue cue, boolean colon) {
        if (!lowerCaseWord(k) || k > 0 && tokens.get(k).start() - tokens.get(k - 1).end() > 3) {
            return false;
        }
        String w = word(k);
        if (w.length() < 2 || v.functionWord(w) || v.cues.titles.contains(w)) {
            return false;
        }
        if (!colon && cue != Cue.TITLE && v.clinical.abbreviation(w) != null && !v.givenName(w)) {
            return false; // per os, per ngt, d/w pt: a clinical abbreviation after the cue
        }
        return switch (cue) {
            case TITLE -> v.name(w) || !v.common(w);
            case LABEL -> v.name(w) && (colon || !v.common(w) || v.givenName(w) && nameFollows(k)) || v.unknown(w);
            case RELATION -> v.givenName(w) && (!v.common(w) || endsPhrase(k)) || v.unknown(w);
        };
    }

    /** Capitalises the name starting at token {@code k} and up to two more name-like words after it. */
    private void name(int k, Cue cue) {
        int next = capitalise(k);
        int more = 0;
        while (more < MAX_MORE_WORDS && next < tokens.size()) {
            int q = next;
            if (TextShapes.isPunct(s, tokens.get(q), ".") && tokens.get(q - 1).end() - tokens.get(q - 1).start() == 1) {
                q++; // an initial's period: "j. smith"
            }
            while (q < tokens.size() && lowerCaseWord(q) && NAME_PARTICLES.contains(word(q))) {
                q++;
            }
            if (more == 0 && q + 1 < tokens.size() && TextShapes.isPunct(s, tokens.get(q), ",")
                    && tokens.get(q).start() == tokens.get(q - 1).end()) {
                q++; // LAST, FIRST
            }
            if (q >= tokens.size() || !lowerCaseWord(q) || !TextShapes.sameLineGap(s, tokens.get(q - 1).end(),
                    tokens.get(q).start(), 2) && tokens.get(q - 1).kind() != Token.Kind.PUNCT) {
                return;
            }
            String w = word(q);
            boolean afterInitial = q > 1 && TextShapes.isPunct(s, tokens.get(q - 1), ".")
                    && tokens.get(q - 2).end() - tokens.get(q - 2).start() == 1;
            // dr erik lehmann: after a given name, any name word is the surname, even a medical one
            boolean afterGiven = more == 0 && v.givenName(word(k)) && !v.common(word(k));
            if (!(v.name(w) && (!v.common(w) || afterInitial || afterGiven) && !v.functionWord(w)
                    || v.unknown(w) && w.length() > 1)) {
                return;
            }
            next = capitalise(q);
            more++;
        }
    }

    /** Capitalises the compound word starting at token {@code k}; returns the index after it. */
    private int capitalise(int k) {
        int end = TextShapes.compoundEnd(s, tokens, k);
        for (int q = k; q < end; q++) {
            if (tokens.get(q).kind() == Token.Kind.WORD) {
                forms[q] = WordForm.CAPITALISED;
            }
        }
        return end;
    }

    /** True when an initial or a name that is no everyday word follows token {@code k}: {@code ping d. oh}. */
    private boolean nameFollows(int k) {
        int q = TextShapes.compoundEnd(s, tokens, k);
        if (q >= tokens.size() || !lowerCaseWord(q) && !initial(q)) {
            return false;
        }
        return initial(q) || v.name(word(q)) && !v.common(word(q));
    }

    /** True when nothing name-like follows token {@code k}: punctuation, a line end or a function word. */
    private boolean endsPhrase(int k) {
        int q = TextShapes.compoundEnd(s, tokens, k);
        return q >= tokens.size() || tokens.get(q).kind() == Token.Kind.PUNCT
                || text.lineStart(tokens.get(q).start()) != text.lineStart(tokens.get(k).start())
                || tokens.get(q).kind() == Token.Kind.WORD && v.functionWord(word(q));
    }

    /** True when token {@code k} is a word the output writes in lower case. */
    private boolean lowerCaseWord(int k) {
        Token t = tokens.get(k);
        if (t.kind() != Token.Kind.WORD || TextShapes.hasDigit(s, t)) {
            return false;
        }
        if (forms[k] != null) {
            return forms[k] == WordForm.LOWER;
        }
        for (int c = t.start(); c < t.end(); c++) {
            if (Character.isUpperCase(s.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    private String word(int k) {
        Token t = tokens.get(k);
        int last = TextShapes.compoundEnd(s, tokens, k) - 1;
        return last == k ? text.lowerToken(k) : lower.substring(t.start(), tokens.get(last).end());
    }
}

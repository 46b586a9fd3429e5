package org.raddeid.recognizers.casing;

import static org.raddeid.recognizers.dictionary.ClosedWords.WEEKDAYS;

import java.util.List;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.dictionary.TextShapes;

/**
 * Chooses a {@link WordForm} for each word of one line written in a single case ({@link LineCase#UPPER} or
 * {@link LineCase#LOWER}). Not thread-safe: one per line.
 */
final class LineRecaser {

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");

    /** Words no list knows are capitalised from this many letters: shorter ones are read as acronyms. */
    private static final int MIN_UNKNOWN_CAPITALISED = 4;
    /** English contractions after an apostrophe ({@code we'll}, {@code don't}, {@code they're}). */
    private static final java.util.Set<String> CLITICS = java.util.Set.of("ll", "re", "ve", "m", "d", "t", "s");

    private final Vocabulary v;
    private final AnalyzedText text;
    private final String s;
    private final String lower;
    private final List<Token> tokens;
    private final LineCase lineCase;
    private final WordForm[] forms;
    /** Per token: capitalised because it is a name, a place or an unknown word (a neighbour can lean on it). */
    private final boolean[] nameLike;

    LineRecaser(Vocabulary vocabulary, AnalyzedText text, LineCase lineCase, WordForm[] forms) {
        this.v = vocabulary;
        this.text = text;
        this.s = text.text();
        this.lower = text.lowerCase();
        this.tokens = text.tokens();
        this.lineCase = lineCase;
        this.forms = forms;
        this.nameLike = new boolean[tokens.size()];
    }

    /** Sets the forms of the words among tokens {@code [from, to)}. */
    void recase(int from, int to) {
        int k = from;
        while (k < to) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.WORD) {
                k++;
                continue;
            }
            int end = Math.min(TextShapes.compoundEnd(s, tokens, k), to);
            decide(k, end);
            k = end;
        }
        new PlaceShapes(v, text, forms, from, to).mark();
        lastCommaFirst(from, to);
        neighbours(from, to);
        initials(from, to);
    }

    /**
     * {@code shane m culp}: a single letter between two words read as names is a middle initial, written in capitals
     * ({@code a} and {@code i} only with their period, which {@link #single} already saw).
     */
    private void initials(int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            Token t = tokens.get(k);
            char c = lower.charAt(t.start());
            if (t.kind() == Token.Kind.WORD && t.end() - t.start() == 1 && c != 'a' && c != 'i'
                    && Character.isLetter(c) && forms[k - 1] == WordForm.CAPITALISED
                    && forms[k + 1] == WordForm.CAPITALISED && t.start() - tokens.get(k - 1).end() == 1
                    && tokens.get(k + 1).start() - t.end() == 1) {
                forms[k] = WordForm.UPPER;
            }
        }
    }

    /**
     * {@code BROWN, JOHN} (and {@code BROWN, JOHN A}): a line or a field that holds only two name words around a comma
     * is a name in last-first order, though each is also an everyday word.
     */
    private void lastCommaFirst(int from, int to) {
        for (int k = from; k + 2 < to; k++) {
            Token a = tokens.get(k);
            Token comma = tokens.get(k + 1);
            Token b = tokens.get(k + 2);
            if (a.kind() != Token.Kind.WORD || b.kind() != Token.Kind.WORD || !TextShapes.isPunct(s, comma, ",")
                    || comma.start() != a.end()) {
                continue;
            }
            int after = k + 3;
            if (after < to && tokens.get(after).kind() == Token.Kind.WORD
                    && tokens.get(after).end() - tokens.get(after).start() == 1) {
                after++;
                if (after < to && TextShapes.isPunct(s, tokens.get(after), ".")) {
                    after++;
                }
            }
            boolean fieldStart = k == from || TextShapes.isPunct(s, tokens.get(k - 1), ":")
                    || a.start() - tokens.get(k - 1).end() >= 2;
            boolean fieldEnd = after == to || tokens.get(after).start() - tokens.get(after - 1).end() >= 2;
            String wa = lower.substring(a.start(), a.end());
            String wb = lower.substring(b.start(), b.end());
            if (fieldStart && fieldEnd && v.name(wa) && v.givenName(wb) && !v.functionWord(wa)
                    && !v.functionWord(wb)) {
                forms[k] = WordForm.CAPITALISED;
                forms[k + 2] = WordForm.CAPITALISED;
                nameLike[k] = true;
                nameLike[k + 2] = true;
            }
        }
    }

    /** Decides the form of the compound word made of tokens {@code [k, end)} (every other one a hyphen or apostrophe). */
    private void decide(int k, int end) {
        Token first = tokens.get(k);
        if (end - k == 3 && TextShapes.isPunct(s, tokens.get(k + 1), "'\u2019")
                && CLITICS.contains(lower.substring(tokens.get(k + 2).start(), tokens.get(k + 2).end()))) {
            decide(k, k + 1); // WE'LL, DON'T: the word decides, the contraction stays lower case
            if (lower.charAt(tokens.get(k + 2).start()) == 't') {
                forms[k] = WordForm.LOWER; // don't, can't, won't: a verb, never a name
            }
            forms[k + 2] = WordForm.LOWER;
            return;
        }
        String w = lower.substring(first.start(), tokens.get(end - 1).end());
        if (ORDINAL.matcher(w).matches()) {
            set(k, end, WordForm.LOWER); // 1ST, 22ND
            return;
        }
        if (TextShapes.hasDigit(s, first) || end - k == 1 && lineCase == LineCase.LOWER && TextShapes.allCaps(s, first)
                && first.end() - first.start() > 1) {
            set(k, end, WordForm.KEEP);
            return;
        }
        if (first.end() - first.start() == 1 && end - k == 1) {
            set(k, end, single(k));
            return;
        }
        if (v.cues.titles.contains(w)) {
            set(k, end, WordForm.CAPITALISED);
            return;
        }
        String abbreviation = v.clinical.abbreviation(w);
        boolean english = v.functionWord(w) || v.lex.isEnglish(w);
        boolean common = english || v.common(w) || end - k > 1 && allPartsCommon(k, end);
        // NPO, PICC, CT: an abbreviation clinicians write in capitals stays one, unless it spells an English word of
        // four letters or more or a function word (US, AM)
        boolean shortOrUnlisted = !english || w.length() <= 3 && !v.functionWord(w);
        if (abbreviation != null && (!common || shortOrUnlisted && upper(abbreviation) && end - k == 1)) {
            boolean capitals = lineCase == LineCase.UPPER || upper(abbreviation) && !v.clinical.writtenInLowerCase(w);
            set(k, end, capitals ? WordForm.UPPER : WordForm.KEEP);
            return;
        }
        if (end - k == 1 && WEEKDAYS.contains(w)) {
            set(k, end, WordForm.CAPITALISED); // a day, not a name: no neighbour leans on it
            return;
        }
        if (common || end - k == 1 && v.clinical.nameTerm(w)) {
            set(k, end, WordForm.LOWER); // MELENA: a clinical word, unless a cue or a name next to it says otherwise
            return;
        }
        if (v.name(w) || v.place(w) || v.clinical.properForm(w) != null || v.lex.demonyms.contains(w)
                || end - k > 1 && anyPartName(k, end)) {
            set(k, end, WordForm.CAPITALISED);
            // a name (Crohn too: MARK CROHN) lets a neighbour be a name; an eponym or trade name that is only a place
            // or a term (Micro) does not
            boolean person = v.name(w) || v.clinical.properForm(w) == null && (v.place(w) || end - k > 1);
            for (int q = k; q < end; q++) {
                nameLike[q] = person;
            }
            return;
        }
        int letters = tokens.get(end - 1).end() - first.start();
        if (letters >= MIN_UNKNOWN_CAPITALISED && hasVowel(w)) {
            set(k, end, WordForm.CAPITALISED);
            for (int q = k; q < end; q++) {
                nameLike[q] = true;
            }
        } else {
            set(k, end, lineCase == LineCase.UPPER ? WordForm.UPPER : WordForm.KEEP);
        }
    }

    /**
     * A word that is both a frequent name or given name and an everyday word ({@code will}, {@code brown}) next to a
     * name-like word on the same line, joined by spaces, a comma or an initial's period, is a name too:
     * {@code BROWN, OKAFOR}, {@code JOHN WILL SMITH}. Rare surnames that are also words ({@code re}, {@code plan})
     * are not, or names would spread along a sentence.
     */
    private void neighbours(int from, int to) {
        boolean changed = true;
        for (int round = 0; changed && round < 3; round++) {
            changed = false;
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                if (forms[k] != WordForm.LOWER || t.kind() != Token.Kind.WORD || nameLike[k]) {
                    continue;
                }
                String w = lower.substring(t.start(), t.end());
                boolean afterInitial = k >= from + 2 && TextShapes.isPunct(s, tokens.get(k - 1), ".")
                        && tokens.get(k - 2).end() - tokens.get(k - 2).start() == 1;
                // KIMBERLY H. CLEAR, ERIK LEHMANN: a name word after a given name (and a middle initial) is the surname
                boolean surname = !v.functionWord(w) && (afterInitial && k >= from + 3 && nameLike[k - 3]
                        || v.name(w) && k > from && afterGivenName(k));
                // will, brown, hope, melena; not the rare given names that are everyday words (meet, morning)
                boolean frequentName = v.lex.commonNames.contains(w) || v.clinical.nameTerm(w);
                if (!surname && (!frequentName || v.functionWord(w) || v.clinical.isMedicalWord(w) && !afterInitial)) {
                    continue;
                }
                if (surname || nameNear(k, -1, from, to) || nameNear(k, +1, from, to)) {
                    forms[k] = WordForm.CAPITALISED;
                    nameLike[k] = true;
                    changed = true;
                }
            }
        }
    }

    /** True when token {@code k - 1} is a given name capitalised as a name, joined to {@code k} by one space. */
    private boolean afterGivenName(int k) {
        Token prev = tokens.get(k - 1);
        return prev.kind() == Token.Kind.WORD && nameLike[k - 1] && forms[k - 1] == WordForm.CAPITALISED
                && v.givenName(lower.substring(prev.start(), prev.end()))
                && !v.common(lower.substring(prev.start(), prev.end()))
                && TextShapes.sameLineGap(s, prev.end(), tokens.get(k).start(), 1);
    }

    /** True when the word next to token {@code k} in direction {@code dir} is name-like and close enough. */
    private boolean nameNear(int k, int dir, int from, int to) {
        int q = k + dir;
        int punct = 0;
        while (q >= from && q < to && tokens.get(q).kind() == Token.Kind.PUNCT) {
            char c = s.charAt(tokens.get(q).start());
            if (c != ',' && c != '.' || ++punct > 1) {
                return false;
            }
            q += dir;
        }
        if (q < from || q >= to || !nameLike[q]) {
            return false;
        }
        int a = Math.min(tokens.get(k).end(), tokens.get(q).end());
        int b = Math.max(tokens.get(k).start(), tokens.get(q).start());
        return b - a <= 3;
    }

    private WordForm single(int k) {
        Token t = tokens.get(k);
        char c = lower.charAt(t.start());
        boolean afterApostrophe = k > 0 && tokens.get(k - 1).end() == t.start()
                && TextShapes.isPunct(s, tokens.get(k - 1), "'\u2019");
        if (afterApostrophe) {
            return WordForm.LOWER; // PATIENT'S
        }
        boolean initial = k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end()
                && TextShapes.isPunct(s, tokens.get(k + 1), ".");
        if (initial || c == 'i') {
            return WordForm.UPPER;
        }
        return c == 'a' ? WordForm.LOWER : WordForm.KEEP;
    }

    private boolean allPartsCommon(int k, int end) {
        for (int q = k; q < end; q++) {
            Token p = tokens.get(q);
            if (p.kind() == Token.Kind.WORD && p.end() - p.start() > 1) {
                String w = lower.substring(p.start(), p.end());
                if (!v.common(w) && !v.functionWord(w)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean anyPartName(int k, int end) {
        for (int q = k; q < end; q++) {
            Token p = tokens.get(q);
            if (p.kind() == Token.Kind.WORD && p.end() - p.start() > 1
                    && v.name(lower.substring(p.start(), p.end()))) {
                return true;
            }
        }
        return false;
    }

    private void set(int k, int end, WordForm f) {
        for (int q = k; q < end; q++) {
            if (tokens.get(q).kind() == Token.Kind.WORD) {
                forms[q] = f;
            }
        }
    }

    private static boolean upper(String abbreviation) {
        for (int i = 0; i < abbreviation.length(); i++) {
            if (Character.isLowerCase(abbreviation.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ("aeiouy".indexOf(c) >= 0 || c > 0x7f && Character.isLetter(c)) { // STRÖM, ŽIVKOVIĆ
                return true;
            }
        }
        return false;
    }
}

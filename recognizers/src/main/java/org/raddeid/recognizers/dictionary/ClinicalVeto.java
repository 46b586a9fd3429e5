package org.raddeid.recognizers.dictionary;

import static org.raddeid.recognizers.dictionary.ClosedWords.US_STATE_CODES;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.ensemble.Veto;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * Vetoes a weak name, place or profession candidate made only of clinical vocabulary, the cue-free hits that shred
 * clinical text: every word a medical term, eponymous instrument or trade name or clinical abbreviation
 * ({@code Metzenbaum}, {@code Monocryl}, {@code Hemostasis}, {@code KUB}; see {@link WordClasses#clinicalWord}), or a
 * lone acronym of two to five capitals (a plural s allowed) in mixed-case text that no name or place list holds
 * ({@code BSS}, {@code FCR}, {@code METs}) or that spells a clinical abbreviation ({@code MAC}, {@code KUB}), or a
 * redaction placeholder ({@code XXXX}). A name that the words
 * around it show to be a thing is vetoed too ({@link EponymContext}: {@code Kerrison rongeur}, {@code the Bovie}). A frequent name or given name is never clinical here, and
 * the ensemble asks only about candidates below its veto score, so {@code Dr. Foley} (found by a cue) stays.
 * Immutable and thread-safe.
 */
public final class ClinicalVeto implements Veto {

    // compiled once: the veto runs on every weak hit of every report
    private static final Pattern TIME_WORD_BEFORE =
            Pattern.compile("(?s).*\\b(?:in|since|until|till|of|during|early|late|mid|last|next|this|by)\\s+");
    private static final Pattern NUMBER_AFTER = Pattern.compile("(?s)\\s*,?\\s*\\d.*");
    private static final Pattern PLACE_WORD_BEFORE =
            Pattern.compile("(?s).*\\b(?:in|from|to|at|near|visiting|born|lives|moved)\\s+");
    private static final Pattern OWNED =
            Pattern.compile("(?s)['\u2019]s (?:office|clinic|practice|team|service|nurse|pager|cell|phone).*");

    private static final Set<PhiType> VETOABLE = EnumSet.of(PhiType.NAME, PhiType.LOCATION);
    /** Recognizers whose spans have exact shapes or come from the caller: never vetoed here. */
    private static final Set<String> EXACT = Set.of("pattern", "known");
    /** Places whose shape says what they are: a street or an institution is no device. */
    private static final Set<PhiSubtype> EXACT_PLACES = EnumSet.of(PhiSubtype.STREET, PhiSubtype.ZIP,
            PhiSubtype.HOSPITAL);
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december");
    /** Prefixes of clinical compounds ({@code neo-nipple}, {@code de-aired}, {@code post-CyberKnife}). */
    private static final Set<String> PREFIXES = Set.of("anti", "de", "neo", "non", "post", "pre", "peri", "re",
            "sub", "intra", "inter", "trans", "hyper", "hypo", "pseudo", "semi", "mid", "multi", "para", "over",
            "under", "co", "un", "self", "extra", "supra", "infra", "retro", "ultra", "micro", "macro", "mini", "in");
    private final WordClasses words = WordClasses.get();
    private final Lexicons lex = Lexicons.get();

    @Override
    public boolean vetoes(AnalyzedText text, PhiSpan span) {
        if (!VETOABLE.contains(span.type()) || EXACT.contains(span.recognizer())) {
            return false;
        }
        if (owner(text, span)) {
            return false;
        }
        if (span.type() == PhiType.NAME && (fieldLabel(text, span) && !givenName(text, span)
                || EponymContext.namesAThing(text, span, words) || month(text, span))) {
            return true;
        }
        if (span.type() == PhiType.LOCATION && !EXACT_PLACES.contains(span.subtype())
                && EponymContext.namesAThing(text, span, words, false) || prefixed(text, span)) {
            return true;
        }
        String s = text.text();
        String lower = text.lowerCase();
        boolean clinical = false;
        boolean loneAtStart = onlyWord(text, span) && capitalsSayNothing(text, span.start());
        boolean placePosition = span.type() == PhiType.LOCATION && placePosition(text, span);
        int count = 0;
        for (Token t : text.tokensIn(span.start(), span.end())) {
            if (t.kind() != Token.Kind.WORD || t.end() - t.start() < 2) {
                continue;
            }
            count++;
            String w = lower.substring(t.start(), t.end());
            boolean clinicalHere = span.type() == PhiType.NAME ? clinicalForAName(w, loneAtStart)
                    : clinicalForAPlace(w, placePosition);
            if (clinicalHere || WordClasses.placeholder(w)) {
                clinical = true;
            } else if (!words.functionWord(w)) {
                return count == 1 && acronym(text, s, t) && onlyWord(text, span);
            }
        }
        return clinical;
    }

    /**
     * True when a word counts as clinical inside a name: a clinical word, unless it is also a surname that is no
     * everyday word ({@code Lehmann}, {@code Kocher}: perhaps a person) written capitalised where capitals mean
     * something; or a trade name or eponym the term list writes capitalised ({@code Healon}, {@code Bovie},
     * {@code Kerrison}) that is no frequent name or given name. A lone clinical word where every word is capitalised,
     * at a sentence or field start ({@code Nares open}, {@code DIAGNOSIS: Melena}), is clinical, though some rare
     * surname spells it.
     */
    private boolean clinicalForAName(String w, boolean loneAtStart) {
        if (loneAtStart && ClinicalLexicon.shared().nameTerm(w)) {
            return true;
        }
        if (words.clinicalWord(w)) {
            return loneAtStart || !(lex.surnames.contains(w) && !lex.isEnglish(w));
        }
        return ClinicalLexicon.shared().properForm(w) != null && !lex.commonNames.contains(w)
                && !lex.firstNames.contains(w) && !lex.places.contains(w);
    }

    /**
     * True when the span is one month name: always when it is no frequent given name ({@code in November}); after a
     * preposition of time or before a number when it is one ({@code since June}, {@code April 3}).
     */
    private boolean month(AnalyzedText text, PhiSpan span) {
        String lower = text.lowerCase();
        String w = lower.substring(span.start(), span.end());
        if (!MONTHS.contains(w)) {
            return false;
        }
        if (!lex.commonNames.contains(w)) {
            return true;
        }
        String before = lower.substring(Math.max(0, span.start() - 8), span.start());
        String after = lower.substring(span.end(), Math.min(lower.length(), span.end() + 3));
        return TIME_WORD_BEFORE.matcher(before).matches()
                || NUMBER_AFTER.matcher(after).matches();
    }

    /**
     * True when the span is one hyphenated word whose first part is a prefix and whose rest is no name: a clinical
     * compound ({@code Neo-Synephrine}, {@code DE-EPITHELIALIZED}, {@code in-law}), not {@code De-Leon}.
     */
    private boolean prefixed(AnalyzedText text, PhiSpan span) {
        String w = text.lowerCase().substring(span.start(), span.end());
        int dash = w.indexOf('-');
        if (dash <= 0 || w.indexOf(' ') >= 0 || !PREFIXES.contains(w.substring(0, dash))) {
            return false;
        }
        for (String part : w.substring(dash + 1).split("-")) {
            if (lex.isName(part) && !lex.isEnglish(part) && !words.clinicalWord(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a word counts as clinical inside a place: a clinical word, or a trade name or eponym the term list
     * writes capitalised that no place or name list holds ({@code Monocryl}, {@code Dermabond}; not {@code Seoul}).
     */
    private boolean clinicalForAPlace(String w, boolean placePosition) {
        return words.clinicalWord(w) || !placePosition && ClinicalLexicon.shared().properForm(w) != null
                && !lex.places.contains(w) && !lex.isName(w);
    }

    /**
     * True when the words around the span say it is a place: a preposition of place before it ({@code in Seoul},
     * {@code from Toronto}), or a comma and a capitalised word after it ({@code Seoul, Korea}). The term list also
     * holds cities and countries, so a trade name there is only clinical elsewhere.
     */
    private static boolean placePosition(AnalyzedText text, PhiSpan span) {
        String lower = text.lowerCase();
        String before = lower.substring(Math.max(0, span.start() - 12), span.start());
        if (PLACE_WORD_BEFORE.matcher(before).matches()) {
            return true;
        }
        String s = text.text();
        int k = span.end();
        return k + 2 < s.length() && s.charAt(k) == ',' && s.charAt(k + 1) == ' '
                && Character.isUpperCase(s.charAt(k + 2));
    }

    /** True when the span is the first word of its line and a colon follows: a field label ({@code Nares:}). */
    private static boolean fieldLabel(AnalyzedText text, PhiSpan span) {
        String s = text.text();
        if (!s.substring(text.lineStart(span.start()), span.start()).isBlank()) {
            return false;
        }
        int k = span.end();
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return k < s.length() && s.charAt(k) == ':';
    }

    /** True when the span is a given name: {@code Amy:} opens a line of dialogue, {@code Nares:} a field. */
    private boolean givenName(AnalyzedText text, PhiSpan span) {
        String w = text.lowerCase().substring(span.start(), span.end());
        return lex.firstNames.contains(w) || lex.commonNames.contains(w);
    }

    /** True when the name owns an office, a clinic or a pager: a person ({@code Najjar's office}). */
    private static boolean owner(AnalyzedText text, PhiSpan span) {
        String after = text.lowerCase().substring(span.end(), Math.min(text.length(), span.end() + 12));
        return OWNED.matcher(after).matches();
    }

    /**
     * True when a word at {@code start} would be capitalised whatever it is: first on its line, or after a sentence
     * end, a colon (a comma may follow it) or a list number.
     */
    private static boolean capitalsSayNothing(AnalyzedText text, int start) {
        String s = text.text();
        int k = start - 1;
        while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k--;
        }
        if (k < 0 || s.charAt(k) == '\n' || s.charAt(k) == '\r') {
            return true;
        }
        if (s.charAt(k) == ',' && k > 0 && s.charAt(k - 1) == ':') {
            k--;
        }
        char c = s.charAt(k);
        if (c == '.') {
            int w = k;
            while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
                w--;
            }
            // a period after a title or an initial (Ms. Lehmann, J. Kocher) is no sentence end
            boolean abbreviation = k - w >= 1 && k - w <= 3 && Character.isUpperCase(s.charAt(w));
            return !abbreviation;
        }
        return c == '!' || c == '?' || c == ':' || c == ')' && k > 0 && Character.isDigit(s.charAt(k - 1));
    }

    /** True when the span holds one word of two letters or more. */
    private static boolean onlyWord(AnalyzedText text, PhiSpan span) {
        int n = 0;
        for (Token t : text.tokensIn(span.start(), span.end())) {
            if (t.kind() == Token.Kind.WORD && t.end() - t.start() >= 2) {
                n++;
            }
        }
        return n == 1;
    }

    /** A lone acronym: two to five capitals, on a line with lower-case letters, in no name or place list. */
    private boolean acronym(AnalyzedText text, String s, Token t) {
        int len = t.end() - t.start();
        // an acronym may take a plural s (METs, PVCs)
        boolean plural = len > 2 && s.charAt(t.end() - 1) == 's' && TextShapes.allCaps(s, new Token(t.start(),
                t.end() - 1, Token.Kind.WORD));
        if (len < 2 || len > 6 || !(TextShapes.allCaps(s, t) || plural) || TextShapes.hasDigit(s, t)
                || text.upperCaseLine(t.start())) {
            return false;
        }
        String w = text.lowerCase().substring(t.start(), t.end());
        // MAC, KUB, ACE, LES: a clinical abbreviation, though a place or a name spells it too
        if (ClinicalLexicon.shared().abbreviation(w) != null && !US_STATE_CODES.contains(w)) {
            return true;
        }
        return !lex.commonNames.contains(w) && !lex.places.contains(w);
    }

}

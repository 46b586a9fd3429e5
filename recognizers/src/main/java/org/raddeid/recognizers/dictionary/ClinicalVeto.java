package org.raddeid.recognizers.dictionary;

import java.util.EnumSet;
import java.util.Set;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.ensemble.Veto;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * Vetoes a weak name, place or profession candidate made only of clinical vocabulary, the cue-free hits that shred
 * clinical text: every word a medical term, eponymous instrument or trade name or clinical abbreviation
 * ({@code Metzenbaum}, {@code Monocryl}, {@code Hemostasis}, {@code KUB}; see {@link WordClasses#clinicalWord}), or a
 * lone acronym of two to five capitals (a plural s allowed) in mixed-case text that no name or place list holds
 * ({@code BSS}, {@code FCR}, {@code METs}), or a redaction placeholder ({@code XXXX}). A name that the words
 * around it show to be a thing is vetoed too ({@link EponymContext}: {@code Kerrison rongeur}, {@code the Bovie}). A frequent name or given name is never clinical here, and
 * the ensemble asks only about candidates below its veto score, so {@code Dr. Foley} (found by a cue) stays.
 * Immutable and thread-safe.
 */
public final class ClinicalVeto implements Veto {

    private static final Set<PhiType> VETOABLE = EnumSet.of(PhiType.NAME, PhiType.LOCATION);
    /** Recognizers whose spans have exact shapes or come from the caller: never vetoed here. */
    private static final Set<String> EXACT = Set.of("pattern", "known");
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
                || EponymContext.namesAThing(text, span, words))) {
            return true;
        }
        String s = text.text();
        String lower = text.lowerCase();
        boolean clinical = false;
        int count = 0;
        for (Token t : text.tokensIn(span.start(), span.end())) {
            if (t.kind() != Token.Kind.WORD || t.end() - t.start() < 2) {
                continue;
            }
            count++;
            String w = lower.substring(t.start(), t.end());
            boolean clinicalHere = span.type() == PhiType.NAME ? clinicalForAName(w) : words.clinicalWord(w);
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
     * everyday word ({@code Lehmann}, {@code Kocher}: perhaps a person); or a trade name or eponym the term list
     * writes capitalised ({@code Healon}, {@code Bovie}, {@code Kerrison}) that is no frequent name or given name.
     */
    private boolean clinicalForAName(String w) {
        if (words.clinicalWord(w)) {
            return !(lex.surnames.contains(w) && !lex.isEnglish(w));
        }
        return ClinicalLexicon.shared().properForm(w) != null && !lex.commonNames.contains(w)
                && !lex.firstNames.contains(w) && !lex.places.contains(w);
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
        return after.matches("(?s)['\u2019]s (?:office|clinic|practice|team|service|nurse|pager|cell|phone).*");
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
        return !lex.commonNames.contains(w) && !lex.places.contains(w);
    }
}

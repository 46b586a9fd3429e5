package org.raddeid.recognizers.context;

import static org.raddeid.recognizers.dictionary.ClosedWords.NAME_PARTICLES;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.dictionary.ClinicalLexicon;
import org.raddeid.recognizers.dictionary.Cues;
import org.raddeid.recognizers.dictionary.Lexicons;
import org.raddeid.recognizers.dictionary.TextShapes;
import org.raddeid.recognizers.dictionary.TokenTrie;
import org.raddeid.recognizers.dictionary.WordClasses;

/**
 * Finds names, professions and places by the words around them, whether or not a dictionary knows them:
 *
 * <ul>
 *   <li>after a title: {@code Dr. Colles}, {@code Mr. Murphy}, {@code Ms. O'Neil-Smith};</li>
 *   <li>before a credential: {@code Hope Rivers, MD}, {@code WOLFGANG LEROY, M.D.}, {@code Ama Asante DO};</li>
 *   <li>after a label or phrase cue, including structured header fields: {@code PATIENT: DOE, JOHN},
 *       {@code Referring: ...}, {@code Electronically signed by ...}, {@code discussed with ...}, {@code son, ...};</li>
 *   <li>professions after an occupation cue: {@code Former farmer}, {@code Occupation: shipyard worker};</li>
 *   <li>places after a place cue ({@code transferred from St. Mary's}, {@code lives in Tromsø}; {@link PlaceCues}).</li>
 * </ul>
 * A captured run whose every word is an everyday English word and no name ({@code discussed with Emergency
 * Department}) is dropped. Thread-safe.
 */
public final class ContextRecognizer implements Recognizer {

    /** This recognizer's name. */
    public static final String NAME = "context";

    private static final int MAX_NAME_WORDS = 5;
    /** Function words end a captured name even when capitalised (PA AND LATERAL VIEWS). */
    private static final Set<String> STOP_WORDS = Set.of("and", "or", "of", "the", "with", "without", "for", "in",
            "on", "at", "to", "from", "by", "a", "an", "is", "was", "are", "were", "no", "not", "per", "via", "as");
    /** US state codes that are also credentials ({@code MA}, {@code MD}, {@code PA}, {@code MS}). */
    private static final Set<String> STATE_CODES = Set.of("ma", "md", "pa", "ms", "me", "de", "ri", "mn", "ne",
            "nd", "sc", "ct", "ga", "la", "co", "mt", "ok", "or", "in");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "at", "to", "of", "near");

    private final Lexicons lex;
    private final ClinicalLexicon clinical = ClinicalLexicon.shared();
    private final Cues cues;
    private final PlaceCues places = new PlaceCues();
    private final ProfessionCues professions;

    /** Creates the recognizer over the shared word lists. */
    public ContextRecognizer() {
        this.lex = Lexicons.get();
        this.cues = Cues.get();
        this.professions = new ProfessionCues(cues);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<PhiType> types() {
        return Set.of(PhiType.NAME, PhiType.PROFESSION, PhiType.LOCATION);
    }

    @Override
    public List<PhiSpan> recognize(AnalyzedText text) {
        List<PhiSpan> out = new ArrayList<>();
        String s = text.text();
        String lower = text.lowerCase();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            String w = lower.substring(t.start(), t.end());
            // titles: Dr. X
            if (cues.titles.contains(w) && TextShapes.capitalised(s, t)) {
                int k = i + 1;
                if (k < tokens.size() && s.charAt(tokens.get(k).start()) == '.'
                        && tokens.get(k).start() == t.end()) {
                    k++;
                }
                if (k < tokens.size() && TextShapes.sameLineGap(s, tokens.get(k - 1).end(), tokens.get(k).start(), 3)) {
                    PhiSubtype sub = cues.doctorTitles.contains(w) ? PhiSubtype.DOCTOR : PhiSubtype.PATIENT;
                    capture(text, k, sub, 0.95, false, false, out);
                }
            }
            // a person's office: Najjar's office, King's clinic
            if (TextShapes.capitalised(s, t) && owner(text, i) && (lex.isName(w) || !lex.isEnglish(w))
                    && !cues.titles.contains(w) && !WordClasses.placeholder(w)) {
                out.add(PhiSpan.of(t.start(), t.end(), PhiSubtype.DOCTOR, 0.9, NAME));
            }
            // credentials: X Y, MD
            int credEnd = cues.credentialAt(text, i);
            if (credEnd > i && (i > 0) && credentialPlacement(text, i)) {
                captureBackwards(text, i, out);
            }
        }
        // label and phrase cues
        for (TokenTrie.Match<Cues.Label> m : cues.labels.findAll(text)) {
            int k = m.endToken();
            boolean colon = false;
            while (k < tokens.size() && TextShapes.isPunct(s, tokens.get(k), ":-,")
                    && TextShapes.sameLineGap(s, tokens.get(k - 1).end(), tokens.get(k).start(), 3)) {
                colon |= s.charAt(tokens.get(k).start()) == ':';
                k++;
            }
            if (m.value().needsColon() && !colon) {
                continue;
            }
            if (k < tokens.size() && TextShapes.sameLineGap(s, tokens.get(k - 1).end(), tokens.get(k).start(), 3)
                    || k < tokens.size() && colon && sameLine(text, tokens.get(k - 1), tokens.get(k))) {
                int n = k;
                String next = lower.substring(tokens.get(n).start(), tokens.get(n).end());
                if (cues.titles.contains(next)) {
                    continue; // the title rule captures it, with its own subtype
                }
                capture(text, n, m.value().subtype(), 0.9, true, colon, out);
            }
        }
        professions.find(text, out);
        places.find(text, out);
        return out;
    }

    /** Captures a name starting at token {@code k}; returns nothing when no name-shaped word is there. */
    private void capture(AnalyzedText text, int k, PhiSubtype sub, double score, boolean needsProper, boolean field,
            List<PhiSpan> out) {
        String s = text.text();
        String lower = text.lowerCase();
        List<Token> tokens = text.tokens();
        // a role before the name is no part of it: "discussed with Patient Lucinda Roe"
        while (k + 1 < tokens.size() && tokens.get(k).kind() == Token.Kind.WORD
                && cues.roleBeforeName(lower.substring(tokens.get(k).start(), tokens.get(k).end()))
                && TextShapes.capitalised(s, tokens.get(k + 1)) && sameLine(text, tokens.get(k), tokens.get(k + 1))) {
            k++;
        }
        int words = 0;
        int last = -1;
        boolean proper = false;
        boolean comma = false;
        int j = k;
        while (j < tokens.size() && words < MAX_NAME_WORDS) {
            Token w = tokens.get(j);
            if (j > k && !sameLine(text, tokens.get(j - 1), w)) {
                break;
            }
            String lw = lower.substring(w.start(), w.end());
            if (w.kind() == Token.Kind.WORD && NAME_PARTICLES.contains(lw) && particleChainEndsInName(text, j)) {
                j++;
                continue;
            }
            if (w.kind() != Token.Kind.WORD || !TextShapes.nameShaped(s, w) || TextShapes.hasDigit(s, w)
                    || STOP_WORDS.contains(lw) || WordClasses.placeholder(lw)) {
                break;
            }
            if (cues.credentialAt(text, j) > j && words > 0) {
                break;
            }
            if (j == k && needsProper && !field && lw.length() > 1 && clinical.abbreviation(lw) != null
                    && !lex.firstNames.contains(lw)
                    && !lex.commonNames.contains(lw)) {
                return; // per OS, d/w ICU: a clinical abbreviation after a cue without a colon
            }
            int e = TextShapes.compoundEnd(s, tokens, j);
            String word = lower.substring(w.start(), tokens.get(e - 1).end());
            boolean initial = w.end() - w.start() == 1;
            if (!initial) {
                words++;
                boolean everyday = lex.isEnglish(word) || lex.isEnglish(lw);
                proper |= !everyday || lex.isName(word) && (field || !TextShapes.allCaps(s, w));
            }
            last = e - 1;
            int next = e;
            if (next < tokens.size() && s.charAt(tokens.get(next).start()) == '.' && initial) {
                last = next;
                next++;
            }
            if (!comma && next + 1 < tokens.size() && s.charAt(tokens.get(next).start()) == ','
                    && TextShapes.capitalised(s, tokens.get(next + 1))
                    && cues.credentialAt(text, next + 1) <= next + 1
                    && sameLine(text, tokens.get(next), tokens.get(next + 1))) {
                comma = true;
                next++;
            }
            if (next >= tokens.size() || !TextShapes.sameLineGap(s, tokens.get(next - 1).end(), tokens.get(next).start(), 1)) {
                break;
            }
            j = next;
        }
        if (last < 0 || words == 0 || (needsProper && !proper)
                || needsProper && !field && Citations.citedBody(text, k, last)) {
            return; // per ACR 2017, per Fleischner Society guidelines: a cited body, no person
        }
        out.add(new PhiSpan(tokens.get(k).start(), tokens.get(last).end(), PhiType.NAME, sub, score, NAME));
    }

    /** Words a person owns: a name before {@code 's} and one of them is a person's ({@code Sun's office}). */
    private static final Set<String> OWNED = Set.of("office", "clinic", "practice", "team", "service", "pager",
            "nurse", "cell", "voicemail");

    /** True when token {@code i} is followed by {@code 's} and an owned word ({@code office}). */
    private static boolean owner(AnalyzedText text, int i) {
        List<Token> tokens = text.tokens();
        String s = text.text();
        return i + 3 < tokens.size() && TextShapes.isPunct(s, tokens.get(i + 1), "'\u2019")
                && tokens.get(i + 1).start() == tokens.get(i).end()
                && text.lowerCase().startsWith("s", tokens.get(i + 2).start())
                && tokens.get(i + 2).end() - tokens.get(i + 2).start() == 1
                && OWNED.contains(text.lowerCase().substring(tokens.get(i + 3).start(), tokens.get(i + 3).end()));
    }

    /** A credential counts after a comma, or after a capitalised word on a line that is not all capitals. */
    private boolean credentialPlacement(AnalyzedText text, int i) {
        String s = text.text();
        Token prev = text.tokens().get(i - 1);
        if (s.charAt(prev.start()) == ',') {
            return true;
        }
        if (s.charAt(prev.start()) == '.' && i >= 2) {
            Token init = text.tokens().get(i - 2);
            return init.end() == prev.start() && init.end() - init.start() == 1
                    && Character.isUpperCase(s.charAt(init.start()));
        }
        return TextShapes.capitalised(s, prev) && !TextShapes.upperLine(text, prev.start())
                || TextShapes.upperLine(text, prev.start()) && cues.unambiguousCredential(
                        text.lowerCase().substring(text.tokens().get(i).start(), text.tokens().get(i).end()));
    }

    /** Captures the capitalised words before the credential at token {@code cred}. */
    private void captureBackwards(AnalyzedText text, int cred, List<PhiSpan> out) {
        String s = text.text();
        String lower = text.lowerCase();
        List<Token> tokens = text.tokens();
        int j = cred - 1;
        boolean afterComma = s.charAt(tokens.get(j).start()) == ',';
        if (afterComma) {
            j--;
        }
        // several credentials in a row (Leroy MD, PhD): step back over the earlier ones too
        for (int k = credentialEndingAt(text, j); k >= 0; k = credentialEndingAt(text, j)) {
            j = k - 1;
            if (j >= 0 && s.charAt(tokens.get(j).start()) == ',') {
                afterComma = true;
                j--;
            }
        }
        if (j < 0) {
            return;
        }
        String credential = lower.substring(tokens.get(cred).start(), tokens.get(cred).end());
        if (afterComma && STATE_CODES.contains(credential) && tokens.get(j).kind() == Token.Kind.WORD
                && lex.places.contains(lower.substring(tokens.get(j).start(), tokens.get(j).end()))
                && j > 0 && (TextShapes.isPunct(s, tokens.get(j - 1), ",")
                        || PLACE_PREPOSITIONS.contains(lower.substring(tokens.get(j - 1).start(), tokens.get(j - 1).end())))) {
            return; // Harmon Hospital, Boston, MA; from Boston, MA: a city and its state, not a name and a credential
        }
        // DO, PA, MS, RT are also words and views (Chest PA): without a comma, every word must look like a name
        boolean strict = !afterComma && !cues.unambiguousCredential(
                lower.substring(tokens.get(cred).start(), tokens.get(cred).end()));
        boolean allNames = true;
        boolean anyKnown = false;
        int last = j;
        int first = -1;
        int words = 0;
        boolean proper = false;
        boolean comma = false;
        while (j >= 0 && words < MAX_NAME_WORDS) {
            Token w = tokens.get(j);
            if (!sameLine(text, w, tokens.get(Math.min(j + 1, tokens.size() - 1)))) {
                break;
            }
            if (w.kind() == Token.Kind.PUNCT) {
                char c = s.charAt(w.start());
                if ((c == '.' || c == '-' || c == '\'') && j > 0 && tokens.get(j - 1).end() == w.start()) {
                    j--;
                    continue;
                }
                if (c == ',' && !comma && words == 1 && j > 0) {
                    comma = true;
                    j--;
                    continue;
                }
                break;
            }
            String lw = lower.substring(w.start(), w.end());
            if (NAME_PARTICLES.contains(lw) && words > 0 && j > 0) {
                j--;
                continue;
            }
            if (!TextShapes.capitalised(s, w) || TextShapes.hasDigit(s, w) || cues.titles.contains(lw)
                    || cues.labels.contains(lw)) {
                break;
            }
            if (w.end() - w.start() > 1) {
                words++;
                proper |= lex.isName(lw) || !lex.isEnglish(lw);
                anyKnown |= lex.isName(lw);
                allNames &= !lex.isEnglish(lw);
            }
            first = j;
            if (j == 0 || !TextShapes.sameLineGap(s, tokens.get(j - 1).end(), w.start(), 3)
                    && tokens.get(j - 1).end() != w.start()) {
                break;
            }
            j--;
        }
        if (first < 0 || words == 0 || !proper || strict && !(allNames && anyKnown)) {
            return;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        if (s.charAt(start) == '.' || s.charAt(start) == '-') {
            return;
        }
        out.add(new PhiSpan(start, end, PhiType.NAME, PhiSubtype.DOCTOR, 0.95, NAME));
    }

    /** Returns the first token of a credential that ends with token {@code j} ({@code M . D .}), or -1. */
    private int credentialEndingAt(AnalyzedText text, int j) {
        for (int k = j; k >= 0 && k > j - 5; k--) {
            if (cues.credentialAt(text, k) == j + 1) {
                return k;
            }
        }
        return -1;
    }

    /** True when the particles from token {@code j} on ({@code van der}) lead to a capitalised word. */
    private static boolean particleChainEndsInName(AnalyzedText text, int j) {
        List<Token> tokens = text.tokens();
        String lower = text.lowerCase();
        int k = j;
        while (k < tokens.size() && k - j < 3 && tokens.get(k).kind() == Token.Kind.WORD
                && NAME_PARTICLES.contains(lower.substring(tokens.get(k).start(), tokens.get(k).end()))) {
            k++;
        }
        return k < tokens.size() && k > j && TextShapes.capitalised(text.text(), tokens.get(k))
                && !NAME_PARTICLES.contains(lower.substring(tokens.get(k).start(), tokens.get(k).end()))
                && text.lineStart(tokens.get(k).start()) == text.lineStart(tokens.get(j).start());
    }

    static boolean sameLine(AnalyzedText text, Token a, Token b) {
        return text.lineStart(a.start()) == text.lineStart(b.start());
    }

}

package org.raddeid.recognizers.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.dictionary.Lexicons.PlaceKind;

/**
 * Finds person names, places and institutions by dictionary, without needing a cue word (cues are the
 * {@code context} recognizer's job).
 *
 * <ul>
 *   <li><b>Names</b>: runs of capitalised words that are given names or surnames ({@code Divya Gupta},
 *       {@code GOMEZ, RAFAEL}), with initials, hyphenated and apostrophe names, and unknown capitalised words next to
 *       a known name part. A name that is also an English word ({@code Hope}, {@code Brown}, {@code Will}) does not
 *       count alone: a run of such words scores low (the ensemble's medical allowlist may veto it), and a single one
 *       is left to the context recognizer.</li>
 *   <li><b>Places</b>: hospitals from the dictionaries, counties ({@code X County}), US states, countries, and cities
 *       when followed by a state ({@code Mobile, AL}) or, for cities that are not English words, on their own.</li>
 *   <li><b>Institutions</b>: capitalised runs ending in a health-care head word ({@code Hospital}, {@code Medical
 *       Center}, {@code Clinic}, {@code Imaging}; one-letter typos of {@code hospital} too) that hold at least one
 *       proper noun, so {@code Department of Radiology} stays while {@code Harmon Hospital} goes.</li>
 * </ul>
 * Thread-safe; the dictionaries are loaded once per JVM.
 */
public final class DictionaryRecognizer implements Recognizer {

    /** This recognizer's name. */
    public static final String NAME = "dictionary";


    private static final Set<String> HEADS = Set.of("hospital", "hospitals", "clinic", "clinics", "infirmary",
            "institute", "center", "centre", "health", "healthcare", "imaging", "radiology", "hospice", "sanatorium",
            "university", "college", "foundation", "associates", "pavilion", "campus", "medicine", "rehabilitation",
            "system", "network", "partners", "group", "practice", "hosp", "hsp", "hsptl", "hospl", "ctr", "cntr", "inst",
            "hlth", "llc", "inc", "services", "rehab");
    /** Heads that make a letterhead line of capitalised words an institution even without a proper noun. */
    private static final Set<String> LETTERHEAD_HEADS = Set.of("hospital", "hospitals", "clinic", "center", "centre",
            "healthcare", "health", "infirmary", "hospice", "institute", "university", "ctr", "hosp", "hsp", "hsptl");
    /** Words that may join the capitalised words before a head word ({@code Sisters of Charity Hospital}). */
    private static final Set<String> CONNECTORS = Set.of("of", "and", "&", "the", "'", "\u2019", "s", "-", ".",
            "de", "la", "del", "van", "von", "der", "den", "du", "da", "di", "le");
    /** Words that may join a head word to the capitalised words after it ({@code Hospital for Special Surgery}). */
    private static final Set<String> RIGHT_CONNECTORS = Set.of("of", "for", "at", "in", "and", "&");

    private final Lexicons lex;
    private final Cues cues;
    private final ClinicalLexicon clinical = ClinicalLexicon.shared();
    private final PlaceMatches places;

    /** Creates the recognizer, loading the shared dictionaries on first use. */
    public DictionaryRecognizer() {
        this.lex = Lexicons.get();
        this.cues = Cues.get();
        this.places = new PlaceMatches(lex);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<PhiType> types() {
        return Set.of(PhiType.NAME, PhiType.LOCATION);
    }

    @Override
    public List<PhiSpan> recognize(AnalyzedText text) {
        List<PhiSpan> out = new ArrayList<>();
        names(text, out);
        places.find(text, out);
        institutions(text, out);
        return out;
    }

    // ---- names

    private void names(AnalyzedText text, List<PhiSpan> out) {
        String s = text.text();
        String lower = text.lowerCase();
        List<Token> tokens = text.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!TextShapes.letters(s, t) || !TextShapes.capitalised(s, t)) {
                i++;
                continue;
            }
            boolean upper = TextShapes.upperLine(text, t.start());
            int j = i;
            int known = 0;
            int plain = 0;
            int words = 0;
            int last = -1;
            int commas = 0;
            int unknown = 0;
            boolean titleCaseOnly = true;
            while (j < tokens.size()) {
                Token w = tokens.get(j);
                if (!TextShapes.letters(s, w) || !TextShapes.capitalised(s, w)) {
                    break;
                }
                int e = TextShapes.compoundEnd(s, tokens, j);
                if (!TextShapes.capitalised(s, tokens.get(e - 1))) {
                    break; // Post-procedure, X-ray: a hyphenated word with a lower-case part is no name
                }
                String word = lower.substring(w.start(), tokens.get(e - 1).end());
                boolean initial = w.end() - w.start() == 1;
                // a role before a name is no part of it: "Patient Hartmann", "Attending Lucinda Roe"
                if (cues.titles.contains(word) || cues.roleBeforeName(word)
                        || cues.credentialAt(text, j) > j || lex.demonyms.contains(word)
                        || initial && (word.equals("i") || word.equals("a"))
                                && !(e < tokens.size() && s.charAt(tokens.get(e).start()) == '.')) {
                    break;
                }
                boolean inDict = !initial && (lex.isName(word) || lex.isName(lower.substring(w.start(), w.end())));
                boolean english = lex.isEnglish(word);
                boolean shortCaps = !upper && TextShapes.allCaps(s, w) && w.end() - w.start() <= 4;
                if (shortCaps) {
                    break; // an abbreviation (CT, MRI, IVC) in mixed-case text
                }
                if (!(inDict || initial || (words > 0 && !english && !upper))) {
                    break;
                }
                if (inDict) {
                    known++;
                    if (!english) {
                        plain++;
                    }
                } else if (!initial) {
                    unknown++; // a capitalised word in no list and no everyday word: a rare surname, say
                }
                if (!initial) {
                    words++;
                    titleCaseOnly &= !TextShapes.allCaps(s, w) || upper;
                }
                last = e - 1;
                // what joins the next word: spaces, "Last, First", an initial's period
                int next = e;
                if (next < tokens.size() && initial && s.charAt(tokens.get(next).start()) == '.') {
                    last = next;
                    next++;
                }
                if (next < tokens.size() && commas == 0 && words == 1 && s.charAt(tokens.get(next).start()) == ','
                        && next + 1 < tokens.size() && !cityThenRegion(text, word, next + 1)
                        && TextShapes.sameLineGap(s, tokens.get(next).end(), tokens.get(next + 1).start(), 2)) {
                    commas++;
                    next++;
                }
                if (next < tokens.size()
                        && TextShapes.sameLineGap(s, tokens.get(last).end(), tokens.get(next).start(), 1)
                        || next < tokens.size() && commas == 1 && s.charAt(tokens.get(next - 1).start()) == ',') {
                    j = next;
                } else {
                    break;
                }
            }
            if (last < 0) {
                i++;
                continue;
            }
            String firstWord = lower.substring(t.start(), t.end());
            // John Smith, or John Quixote: a given name then a surname, or a frequent given name then a rare word
            boolean givenThenSurname = lex.firstNames.contains(firstWord)
                    && (lex.surnames.contains(lower.substring(tokens.get(last).start(), tokens.get(last).end()))
                            || lex.commonNames.contains(firstWord) && unknown > 0);
            double score = nameScore(text, tokens, i, known, plain, words, upper, titleCaseOnly, givenThenSurname);
            if (words == 1 && last < TextShapes.compoundEnd(s, tokens, i) && restored(text, t)
                    && !plainName(lower.substring(t.start(), t.end()))) {
                // a lone word whose capital the truecaser restored, and that may be something else than a name
                // (TA, NIM, KLING), counts only with a cue or a neighbouring name
                score = 0;
            }
            if (score > 0) {
                int end = tokens.get(last).end();
                if (s.charAt(end - 1) == '.' && end - 1 > t.start() && s.charAt(end - 2) != ' '
                        && !Character.isUpperCase(s.charAt(end - 2))) {
                    end--; // sentence period after a surname, not an initial's
                }
                out.add(new PhiSpan(t.start(), end, PhiType.NAME, null, score, NAME));
                i = Math.max(i + 1, last + 1);
            } else {
                i++; // "Patient John Smith": a leading everyday word spoils the run, but the rest may be a name
            }
        }
    }

    /**
     * True when the token's capital is the view's, not the writer's: the text is a truecased view of ALL-CAPS or
     * lower-case text, and the token was written otherwise.
     */
    static boolean restored(AnalyzedText text, Token t) {
        return text.isRecased() && !text.source().text().regionMatches(t.start(), text.text(), t.start(),
                t.end() - t.start());
    }

    /**
     * {@code Mobile, Alabama}, {@code Nairobi, Kenya}: a word, a comma and a country or state that is no given name,
     * or a word that is no frequent name before a country or, when it is a known city, a state that is one
     * ({@code Atlanta, Georgia}), are no "Last, First" ({@code Smith, Jordan} is).
     */
    private boolean cityThenRegion(AnalyzedText text, String word, int after) {
        for (TokenTrie.Match<PlaceKind> m : lex.places.longestAt(text, after)) {
            if (m.value() == PlaceKind.COUNTRY || m.value() == PlaceKind.STATE) {
                String region = text.lowerCase().substring(m.start(), m.end());
                return !lex.firstNames.contains(region) || !lex.commonNames.contains(word)
                        && (lex.places.contains(word) || m.value() == PlaceKind.COUNTRY);
            }
        }
        return false;
    }

    /**
     * True when a restored word may stand alone as a name: three letters or more, and a frequent name ({@code DAVID},
     * {@code JOHNSON}, {@code AMY}), or no everyday word, medical term, eponym, trade name or clinical abbreviation
     * ({@code KACZMAREK}, {@code ARI}); not {@code KLING}, {@code TA}, {@code NARES}.
     */
    private boolean plainName(String w) {
        if (w.length() < 3) {
            return false;
        }
        if (lex.commonNames.contains(w)) {
            return w.length() > 3 || clinical.abbreviation(w) == null;
        }
        return !lex.isEnglish(w) && !clinical.inTermList(w) && clinical.abbreviation(w) == null;
    }

    private static double nameScore(AnalyzedText text, List<Token> tokens, int first, int known, int plain, int words,
            boolean upper, boolean titleCase, boolean givenThenSurname) {
        if (words == 0 || known == 0) {
            return 0;
        }
        if (upper) {
            return words >= 2 && plain >= 1 ? 0.7 : 0;
        }
        if (words >= 2) {
            if (plain >= 1) {
                return 0.8;
            }
            // every word is also an everyday word (Hope Rivers, The Big): only a given name then a surname, mid-sentence
            return titleCase && givenThenSurname && !TextShapes.sentenceInitial(text, tokens, first) ? 0.5 : 0;
        }
        return plain >= 1 && titleCase ? 0.6 : 0;
    }

    // ---- institutions

    private void institutions(AnalyzedText text, List<PhiSpan> out) {
        String s = text.text();
        String lower = text.lowerCase();
        List<Token> tokens = text.tokens();
        for (int h = 0; h < tokens.size(); h++) {
            Token head = tokens.get(h);
            if (!TextShapes.capitalised(s, head)) {
                continue;
            }
            String hw = lower.substring(head.start(), head.end());
            if (!HEADS.contains(hw) && !hospitalTypo(hw)) {
                continue;
            }
            int from = h;
            boolean proper = false;
            int k = h - 1;
            while (k >= 0 && h - k <= 8) {
                Token w = tokens.get(k);
                if (!TextShapes.sameLineGap(s, w.end(), tokens.get(k + 1).start(), 2)) {
                    break;
                }
                String lw = lower.substring(w.start(), w.end());
                if (TextShapes.capitalised(s, w)) {
                    proper |= properNoun(lw);
                    from = k;
                } else if (!CONNECTORS.contains(lw) || k == 0) {
                    break;
                }
                k--;
            }
            int to = h;
            // "Hospital of the University of Pennsylvania", "Medical Center at Dallas"
            int r = h + 1;
            while (r + 1 < tokens.size() && RIGHT_CONNECTORS.contains(lower.substring(tokens.get(r).start(),
                    tokens.get(r).end())) && TextShapes.sameLineGap(s, tokens.get(r - 1).end(),
                    tokens.get(r).start(), 1)) {
                int q = r + 1;
                if (lower.startsWith("the", tokens.get(q).start()) && q + 1 < tokens.size()) {
                    q++;
                }
                Token w = tokens.get(q);
                if (!TextShapes.capitalised(s, w)) {
                    break;
                }
                while (q < tokens.size() && TextShapes.capitalised(s, tokens.get(q))
                        && TextShapes.sameLineGap(s, tokens.get(q - 1).end(), tokens.get(q).start(), 1)) {
                    proper |= properNoun(lower.substring(tokens.get(q).start(), tokens.get(q).end()));
                    to = q;
                    q++;
                }
                r = q;
            }
            // "OAKWOOD HOSPITAL-DEARBORN", "Crowley Rehab Hospital, LLC"
            int q = to + 1;
            while (q + 1 < tokens.size() && TextShapes.isPunct(s, tokens.get(q), "-,")
                    && TextShapes.capitalised(s, tokens.get(q + 1))
                    && text.lineStart(tokens.get(q + 1).start()) == text.lineStart(head.start())
                    && (s.charAt(tokens.get(q).start()) == '-' && tokens.get(q).start() == tokens.get(q - 1).end()
                            || List.of("llc", "inc", "pllc", "pc", "lp").contains(
                                    lower.substring(tokens.get(q + 1).start(), tokens.get(q + 1).end())))) {
                proper |= properNoun(lower.substring(tokens.get(q + 1).start(), tokens.get(q + 1).end()));
                to = q + 1;
                q += 2;
            }
            while (from < h && !TextShapes.capitalised(s, tokens.get(from))) {
                from++;
            }
            if (proper && (from < to || from < h)) {
                out.add(PhiSpan.of(tokens.get(from).start(), tokens.get(to).end(), PhiSubtype.HOSPITAL, 0.85, NAME));
            } else if (from < to && LETTERHEAD_HEADS.contains(hw) && wholeLine(text, tokens.get(from),
                    tokens.get(to))) {
                // a line holding nothing but the institution's name: a letterhead (UNIVERSITY MEDICAL CENTER)
                out.add(PhiSpan.of(tokens.get(from).start(), tokens.get(to).end(), PhiSubtype.HOSPITAL, 0.7, NAME));
            }
        }
    }

    private static boolean wholeLine(AnalyzedText text, Token first, Token last) {
        String s = text.text();
        return s.substring(text.lineStart(first.start()), first.start()).isBlank()
                && s.substring(last.end(), text.lineEnd(last.start())).isBlank();
    }

    private boolean properNoun(String lw) {
        return !lex.isEnglish(lw) || lex.isName(lw) && lw.length() >= 3;
    }

    /** One edit (substitution, insertion, deletion or swap) away from "hospital", as in "Hosptal". */
    static boolean hospitalTypo(String w) {
        String target = "hospital";
        if (Math.abs(w.length() - target.length()) > 1 || w.equals(target)) {
            return false;
        }
        int[] prev = new int[target.length() + 1];
        int[] cur = new int[target.length() + 1];
        for (int j = 0; j <= target.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= w.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= target.length(); j++) {
                int cost = w.charAt(i - 1) == target.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[target.length()] <= 1 || swapped(w, target);
    }

    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (diff >= 0) {
                    return i == diff + 1 && a.charAt(diff) == b.charAt(i) && a.charAt(i) == b.charAt(diff)
                            && a.substring(i + 1).equals(b.substring(i + 1));
                }
                diff = i;
            }
        }
        return false;
    }
}

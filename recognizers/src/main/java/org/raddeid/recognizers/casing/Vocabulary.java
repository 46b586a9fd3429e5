package org.raddeid.recognizers.casing;

import java.util.HashSet;
import java.util.Set;
import org.raddeid.core.io.ResourceLines;
import org.raddeid.recognizers.dictionary.ClinicalLexicon;
import org.raddeid.recognizers.dictionary.CueLexicons;
import org.raddeid.recognizers.dictionary.Cues;
import org.raddeid.recognizers.dictionary.TokenTrie;
import org.raddeid.recognizers.dictionary.Lexicons;
import org.raddeid.recognizers.dictionary.MedicalAllowlist;

/**
 * What the truecaser knows of a lower-case word: whether it is a function word, an everyday or clinical word, a
 * clinical abbreviation, a name or a place. One shared instance over the shared lexicons; immutable and thread-safe.
 */
final class Vocabulary {

    private static final Vocabulary SHARED = new Vocabulary();

    final Lexicons lex = Lexicons.get();
    final ClinicalLexicon clinical = ClinicalLexicon.shared();
    final Cues cues = Cues.get();
    private final MedicalAllowlist allowlist = MedicalAllowlist.shared();
    private final Set<String> functionWords = new HashSet<>(ResourceLines.read(Lexicons.class, "function-words.txt"));
    /** Place cues that are verbs or phrases, not nouns ({@code transferred from}, {@code lives in}, {@code osh}). */
    final TokenTrie<String> placeCues = new TokenTrie<>();

    private Vocabulary() {
        for (String line : ResourceLines.read(Lexicons.class, CueLexicons.PLACE_LABELS)) {
            if (line.contains(" ") || line.equals("osh")) {
                placeCues.add(line, line);
            }
        }
    }

    static Vocabulary shared() {
        return SHARED;
    }

    /** True for closed-class words ({@code the}, {@code with}, {@code is}): never a name. */
    boolean functionWord(String w) {
        return functionWords.contains(w);
    }

    /** True for everyday English and medical words ({@code chest}, {@code hemostasis}). */
    boolean common(String w) {
        return listed(w) || !name(w) && !place(w) && derived(w);
    }

    private boolean listed(String w) {
        return lex.isEnglish(w) || clinical.isMedicalWord(w) || allowlist.isMedicalTerm(w);
    }

    /**
     * True for a word no list holds that is made like an everyday or clinical word, not like a name: a prefix and a
     * listed word ({@code intraservice}, {@code midlung}, {@code hyperexpanded}), two listed words one of which is
     * clinical ({@code bodyaches}), a listed word inflected ({@code ambulates}) or a derivational ending names do not have
     * ({@code -ness}, {@code -ectomy}, {@code -itis}).
     */
    boolean derived(String w) {
        if (w.length() < 6 || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                return true;
            }
        }
        for (String prefix : PREFIXES) {
            if (w.startsWith(prefix) && w.length() - prefix.length() >= 3 && listed(w.substring(prefix.length()))) {
                return true;
            }
        }
        for (String ending : new String[] {"s", "es", "ed", "ing", "ly"}) {
            if (w.endsWith(ending) && listed(w.substring(0, w.length() - ending.length()))) {
                return true;
            }
        }
        for (int cut = 3; cut <= w.length() - 3; cut++) {
            String a = w.substring(0, cut);
            String b = w.substring(cut);
            // two words, one of them clinical: bodyaches, chestwall; not the brand names of general text (Cloudmade)
            if (listed(a) && listed(b) && !functionWord(a)
                    && (clinical.isMedicalWord(a) || clinical.isMedicalWord(b))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PREFIXES = {"anti", "auto", "contra", "endo", "epi", "extra", "hemi", "hyper",
        "hypo", "infra", "inter", "intra", "macro", "micro", "mid", "mini", "multi", "neo", "non", "over", "para",
        "peri", "poly", "post", "pre", "pseudo", "re", "retro", "semi", "sub", "super", "supra", "trans", "tri",
        "ultra", "un", "under", "uni", "co", "de", "dis", "bi"};
    private static final String[] SUFFIXES = {"ness", "ment", "ments", "tion", "tions", "sion", "sions", "ity",
        "ities", "ical", "ically", "ous", "ive", "ives", "able", "ible", "less", "ful", "ism", "ology", "ologist",
        "itis", "osis", "oses", "ectomy", "otomy", "ostomy", "plasty", "scopy", "scopic", "gram", "grams", "graphy",
        "graphic", "emia", "algia", "opathy", "pathy", "plasia", "trophy", "megaly", "lysis", "cele", "rrhea",
        "rrhage", "ization", "izing", "ized"};

    /** True for given names and surnames of the name dictionaries. */
    boolean name(String w) {
        return lex.isName(w);
    }

    /** True for given names (relatives are named by them: "wife maria"). */
    boolean givenName(String w) {
        return lex.firstNames.contains(w);
    }

    /** True for a one-word place of the place dictionaries ({@code houston}, {@code ohio}). */
    boolean place(String w) {
        return lex.places.contains(w);
    }

    /** True for a word no list knows: a rare surname, a typo, a trade name. */
    boolean unknown(String w) {
        return !common(w) && !name(w) && clinical.abbreviation(w) == null && clinical.properForm(w) == null
                && !place(w) && !lex.demonyms.contains(w);
    }
}

package org.raddeid.recognizers.dictionary;

import static org.raddeid.recognizers.dictionary.ClosedWords.WEEKDAYS;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which words may not stand at the edge of a name or a place, for the ensemble's span discipline: function words
 * ({@code the}, {@code with}, {@code is}), verbs of report prose ({@code notified}, {@code seen}, {@code compared}),
 * titles, credentials, roles and relation words ({@code Dr}, {@code MD}, {@code patient}, {@code son}), and clinical
 * terms and abbreviations ({@code mediastinum}, {@code airspace}, {@code NPO}). Frequent names, given names, places
 * and institution words ({@code general}, {@code memorial}) are never edge words, so {@code Mass General} and
 * {@code Mary Bell} keep their words. All lookups take lower-case words. Immutable and thread-safe.
 */
public final class WordClasses {

    /** The bundled function word list, relative to this package. */
    public static final String FUNCTION_WORDS = "function-words.txt";

    /** Verbs of clinical prose that often follow or precede a name ("DR O'BRIEN NOTIFIED", "SEEN BY"). */
    private static final Set<String> VERBS = Set.of("said", "says", "seen", "saw", "see", "told", "tell", "made",
            "make", "gave", "give", "given", "got", "get", "went", "go", "came", "come", "took", "take", "taken",
            "spoke", "spoken", "speak", "felt", "left", "kept", "keep", "put", "know", "known", "knew", "think",
            "thought", "states", "stated", "reports", "reported", "denies", "denied", "notes", "noted", "notified",
            "notify", "called", "paged", "discussed", "reviewed", "compared", "agrees", "agreed", "admitted",
            "transferred", "discharged", "presents", "presented", "arrived", "visited", "visits", "signed",
            "dictated", "transcribed", "read", "verified", "ordered", "performed", "requested", "referred",
            "consulted", "informed", "updated", "aware", "present", "available", "recommends", "recommended",
            "feels", "wants", "wishes", "lives", "lived", "works", "worked", "returns", "returned", "remains",
            "remained", "continues", "continued", "underwent", "undergoing", "receiving", "received", "follows",
            "followed", "shows", "showed", "shown", "demonstrates", "demonstrated", "reveals", "revealed", "appears",
            "appeared", "seems", "measures", "measured", "suggests", "suggested", "includes", "included",
            "obtained", "placed", "removed", "started", "stopped", "held", "declined", "refused", "tolerated",
            "ambulating", "sleeping", "resting", "eating", "voiding");
    /** Words heading or naming an institution, which a hospital's name may begin or end with. */
    private static final Set<String> INSTITUTION = Set.of("general", "memorial", "regional", "community", "county",
            "mercy", "university", "children", "children's", "hospital", "hospitals", "clinic", "clinics", "center",
            "centre", "medical", "health", "healthcare", "institute", "infirmary", "hospice", "sanatorium", "saint",
            "st", "mount", "mt", "valley", "baptist", "methodist", "presbyterian", "lutheran", "adventist",
            "veterans", "va", "rehabilitation", "rehab", "cancer", "heart", "eye", "women's", "womens", "imaging",
            "radiology", "diagnostic", "diagnostics", "surgery", "surgical", "orthopedic", "orthopaedic", "pavilion",
            "campus", "foundation", "system", "network", "city", "state", "national", "royal", "christ", "sacred",
            "good", "samaritan", "providence", "trinity", "grace", "hope", "faith", "bay", "lake", "river", "park",
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "mass", "new",
            "san", "santa", "los", "las", "el", "fort", "port", "beach", "springs", "hills", "heights");
    /** Name particles, parts of a name ({@code van der Berg}, {@code de la Cruz}), whatever else they spell. */
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "del", "della", "der", "den", "di", "da",
            "du", "le", "la", "al", "el", "bin", "ibn", "ben", "dos", "das", "ter", "mac", "mc", "ap", "ul", "abu");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "&", "for", "at", "in", "on", "upon",
            "de", "la", "del", "du", "des", "y", "da", "do", "dos", "das", "von", "van", "der");
    private static final Set<String> PERIOD_ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "mx", "prof", "st", "ste",
            "jr", "sr", "mt", "ft", "dept", "inc", "co", "corp", "ltd", "ave", "blvd", "rd", "ph", "vs", "no",
            "approx", "gen", "col", "capt", "lt", "sgt", "rev", "hon", "univ", "assoc", "hosp", "med", "ctr", "str",
            "pl", "ln", "pkwy", "hwy", "apt", "bldg", "fl");

    private static volatile WordClasses instance;

    private final Lexicons lex = Lexicons.get();
    private final ClinicalLexicon clinical = ClinicalLexicon.shared();
    private final MedicalAllowlist allowlist = MedicalAllowlist.shared();
    private final Set<String> functionWords = new HashSet<>(BundledLines.read(FUNCTION_WORDS));
    private final Set<String> cueWords = new HashSet<>();

    private WordClasses() {
        Cues cues = Cues.get();
        cueWords.addAll(cues.titles);
        cueWords.addAll(cues.staffRoles);
        for (String line : BundledLines.read(CueLexicons.NAME_LABELS)) {
            String phrase = line.split("\t")[0];
            if (phrase.indexOf(' ') < 0 && phrase.indexOf('/') < 0 && phrase.indexOf('\'') < 0) {
                cueWords.add(phrase);
            }
        }
        for (String line : BundledLines.read(CueLexicons.CREDENTIALS)) {
            String c = line.replace(".", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            if (c.chars().allMatch(Character::isLetter)) {
                cueWords.add(c);
            }
        }
        for (String w : List.of("name", "names", "patient", "patients", "pt", "pts")) {
            cueWords.add(w);
        }
    }

    /** Returns the shared instance, loading the lists on first use. */
    public static WordClasses get() {
        WordClasses w = instance;
        if (w == null) {
            synchronized (WordClasses.class) {
                w = instance;
                if (w == null) {
                    w = new WordClasses();
                    instance = w;
                }
            }
        }
        return w;
    }

    /** True for closed-class words: articles, prepositions, conjunctions, pronouns, auxiliaries. */
    public boolean functionWord(String w) {
        return functionWords.contains(w);
    }

    /**
     * True for words that never stand in or at the edge of a name: function words, titles, credentials, roles and
     * relation words, and, unless they are frequent names or given names ({@code Said}), report verbs and other
     * everyday {@code -ed}/{@code -ing} words of five letters or more that are no surnames or places. Name particles
     * ({@code van}, {@code de}) never are.
     */
    public boolean nameEdge(String w) {
        if (PARTICLES.contains(w)) {
            return false;
        }
        if (functionWords.contains(w) || cueWords.contains(w) || placeholder(w) || WEEKDAYS.contains(w)) {
            return true;
        }
        if (lex.commonNames.contains(w) || lex.firstNames.contains(w)) {
            return false;
        }
        return VERBS.contains(w) || w.length() >= 5 && (w.endsWith("ed") || w.endsWith("ing")) && lex.isEnglish(w)
                && !lex.surnames.contains(w) && !lex.places.contains(w);
    }

    /**
     * True for clinical terms and abbreviations that are no frequent name, given name or institution word
     * ({@code mediastinum}, {@code airspace}, {@code hemostasis}, {@code NPO}); an abbreviation that a name or place
     * list also holds is not one.
     */
    public boolean clinicalWord(String w) {
        if (PARTICLES.contains(w) || lex.commonNames.contains(w) || lex.firstNames.contains(w) || INSTITUTION.contains(w)) {
            return false;
        }
        boolean nameOrPlace = lex.isName(w) || lex.places.contains(w);
        return clinical.isMedicalWord(w) || allowlist.isMedicalTerm(w)
                || clinical.abbreviation(w) != null && !nameOrPlace;
    }

    /**
     * True for a {@link #clinicalWord} that no name list holds: the span discipline cuts names at these, and must not
     * cut {@code Kimberly H. Clear} or {@code Mary Bell}.
     */
    public boolean clinicalTerm(String w) {
        return clinicalWord(w) && !lex.isName(w);
    }

    /**
     * True for a {@link #clinicalWord}, or an eponym or trade name of the medical term list that no name or place
     * list holds ({@code Metzenbaum}, {@code Monocryl}): clinical when it stands where a person's name would. The
     * term list also holds cities and countries ({@code Seoul}), so this is no test for places.
     */
    public boolean clinicalNameWord(String w) {
        return clinicalWord(w) || clinical.properForm(w) != null && !lex.commonNames.contains(w)
                && !lex.firstNames.contains(w) && !lex.isName(w) && !lex.places.contains(w);
    }

    /** True for words that never stand at the edge of a place: function words and redaction placeholders. */
    public boolean placeEdge(String w) {
        return functionWords.contains(w) || placeholder(w);
    }

    /**
     * True for a redaction placeholder: three or more x's ({@code XXXX}), which text de-identified before writes where
     * PHI was. It holds no PHI, so it is never part of a name or place.
     */
    public static boolean placeholder(String w) {
        if (w.length() < 3) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) != 'x') {
                return false;
            }
        }
        return true;
    }

    /** True for words that may join the words of a place's name ({@code of}, {@code the}, {@code for}). */
    public boolean connector(String w) {
        return CONNECTORS.contains(w);
    }

    /** True for words written with a period that does not end the sentence ({@code Dr.}, {@code St.}). */
    public boolean periodAbbreviation(String w) {
        return PERIOD_ABBREVIATIONS.contains(w) || lex.isName(w) && w.length() <= 3 && !functionWords.contains(w);
    }
}

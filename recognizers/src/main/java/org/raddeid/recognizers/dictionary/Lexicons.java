package org.raddeid.recognizers.dictionary;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The word lists the dictionary and context recognizers share, loaded once per JVM from the resources in this
 * package (see its README for sources and licences). All sets hold lower-case entries and are read-only.
 */
public final class Lexicons {

    /** Given names of many origins. */
    public final Set<String> firstNames;
    /** Frequent US given names and surnames (John, Mark, Smith): names first, even when also English words. */
    public final Set<String> commonNames;
    /** Surnames of many origins. */
    public final Set<String> surnames;
    /**
     * Common English words (all-lower-case SCOWL entries) and dictionary names that are medical terms: a name that is
     * also one needs supporting context.
     */
    public final Set<String> englishWords;
    /** Nationalities, ethnicities and languages: capitalised, yet no names ({@code Caucasian}, {@code English}). */
    public final Set<String> demonyms;
    /** US cities, counties, states, countries and hospitals, by kind. */
    public final TokenTrie<PlaceKind> places;

    /** What a place entry is. */
    public enum PlaceKind { CITY, COUNTY, STATE, COUNTRY, HOSPITAL, ORGANIZATION }

    private static volatile Lexicons instance;

    private Lexicons() {
        commonNames = new HashSet<>(8_000);
        lines("datafaker-first-names-female.txt", w -> commonNames.add(norm(w)));
        lines("datafaker-first-names-male.txt", w -> commonNames.add(norm(w)));
        lines("datafaker-last-names.txt", w -> commonNames.add(norm(w)));
        lines("census2010-surnames-top1022.csv", w -> commonNames.add(norm(w.split(",", 2)[0])));
        firstNames = new HashSet<>(40_000);
        surnames = new HashSet<>(200_000);
        englishWords = new HashSet<>(80_000);
        lines("phileas-first-names.txt", w -> firstNames.add(norm(w)));
        lines("datafaker-first-names-female.txt", w -> firstNames.add(norm(w)));
        lines("datafaker-first-names-male.txt", w -> firstNames.add(norm(w)));
        lines("phileas-surnames.txt", w -> surnames.add(norm(w)));
        lines("datafaker-last-names.txt", w -> surnames.add(norm(w)));
        lines("census2010-surnames-top1022.csv", w -> {
            String name = w.split(",", 2)[0];
            if (!name.equalsIgnoreCase("name")) {
                surnames.add(norm(name));
            }
        });
        lines("english-words.txt", w -> englishWords.add(norm(w)));
        // names that are also medical terms (foley, doppler) count as everyday words too
        lines("ambiguous-words.txt", w -> englishWords.add(norm(w)));
        demonyms = new HashSet<>();
        lines("demonyms.txt", w -> demonyms.add(norm(w)));
        places = new TokenTrie<>();
        lines("phileas-cities.txt", w -> places.add(w, PlaceKind.CITY));
        lines("phileas-counties.txt", w -> places.add(w + " County", PlaceKind.COUNTY));
        lines("countries.txt", w -> places.add(w, PlaceKind.COUNTRY));
        lines("phileas-states.txt", w -> places.add(w, PlaceKind.STATE));
        lines("phileas-hospitals.txt", w -> places.add(w, PlaceKind.HOSPITAL));
        lines("datafaker-hospital-names.txt", w -> places.add(w, PlaceKind.HOSPITAL));
        lines("hospital-short-names.txt", w -> places.add(w, PlaceKind.HOSPITAL));
        lines("organizations.txt", w -> places.add(w, PlaceKind.ORGANIZATION));
    }

    /** Returns the shared instance, loading it on first use (about a second). */
    public static Lexicons get() {
        Lexicons l = instance;
        if (l == null) {
            synchronized (Lexicons.class) {
                l = instance;
                if (l == null) {
                    l = new Lexicons();
                    instance = l;
                }
            }
        }
        return l;
    }

    /** Returns true when the lower-cased word is a given name or a surname. */
    public boolean isName(String lower) {
        return firstNames.contains(lower) || surnames.contains(lower);
    }

    /** Returns true when the lower-cased word is a common English word. */
    public boolean isEnglish(String lower) {
        return englishWords.contains(lower);
    }

    /** Statistical person hits at or above this score stand on their own. */
    public static final double CONFIDENT_NAME = 0.78;

    /**
     * The one plausibility rule for a statistical recognizer's hit: a name passes when it scores at least
     * {@link #CONFIDENT_NAME} or holds a word that looks like a name ({@link #hasNameOnlyWord}), so unsure hits made of
     * everyday or medical words ({@code There}, {@code Syncope}, {@code HERNIA REPAIR}) drop; a place passes when it
     * holds such a word or a place the dictionaries know ({@code Reason}, {@code Department} drop); other types pass. A
     * stricter rule (a dictionary name below 0.7) removed more false hits on radiology text but lost 2.3 points of
     * name recall on general text, so recall won.
     */
    public boolean plausibleStatisticalHit(org.raddeid.core.text.AnalyzedText text, org.raddeid.core.PhiSpan span) {
        if (span.type() == org.raddeid.core.PhiType.LOCATION) {
            return hasNameOnlyWord(text, span.start(), span.end()) || hasPlaceWord(text, span.start(), span.end());
        }
        return span.type() != org.raddeid.core.PhiType.NAME || span.score() >= CONFIDENT_NAME
                || hasNameOnlyWord(text, span.start(), span.end());
    }

    /** True when a word of {@code [start, end)}, or the whole of it, is a place of the place dictionaries. */
    private boolean hasPlaceWord(org.raddeid.core.text.AnalyzedText text, int start, int end) {
        String lower = text.lowerCase();
        if (places.contains(lower.substring(start, end))) {
            return true;
        }
        for (org.raddeid.core.text.Token t : text.tokensIn(start, end)) {
            if (t.kind() == org.raddeid.core.text.Token.Kind.WORD && t.end() - t.start() > 2
                    && places.contains(lower.substring(t.start(), t.end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when some word of {@code [start, end)} looks like a name: it is neither an everyday English word nor a
     * medical term, or it is a frequent given name or surname written in Title case ({@code John}, {@code Mark}). Statistical recognizers use it to drop hits such as {@code There} or {@code HERNIA REPAIR}.
     */
    public boolean hasNameOnlyWord(org.raddeid.core.text.AnalyzedText text, int start, int end) {
        String lower = text.lowerCase();
        MedicalAllowlist medical = MedicalAllowlist.shared();
        for (org.raddeid.core.text.Token t : text.tokensIn(start, end)) {
            if (t.kind() != org.raddeid.core.text.Token.Kind.WORD || t.end() - t.start() < 2) {
                continue;
            }
            String w = lower.substring(t.start(), t.end());
            if (!englishWords.contains(w) && !medical.isMedicalTerm(w) && !demonyms.contains(w)) {
                return true;
            }
            char c0 = text.text().charAt(t.start());
            boolean titleCase = Character.isUpperCase(c0) && t.end() - t.start() > 1
                    && Character.isLowerCase(text.text().charAt(t.start() + 1));
            if (titleCase && commonNames.contains(w) && !medical.isMedicalTerm(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the chars {@code [start, end)} (one sentence) hold a word a name finder could report: a capitalised
     * word that is not the sentence's first, a frequent name, or any word, in any case, that is neither an everyday
     * nor a medical word. Sentences of everyday and medical words with at most a capitalised first word ("The
     * catheter tip is in the SVC.") are much of a report and hold no names, so the statistical recognizers skip them.
     */
    public boolean mayHoldName(org.raddeid.core.text.AnalyzedText text, int start, int end) {
        String s = text.text();
        String lower = text.lowerCase();
        MedicalAllowlist medical = MedicalAllowlist.shared();
        boolean first = true;
        for (org.raddeid.core.text.Token t : text.tokensIn(start, end)) {
            if (t.kind() != org.raddeid.core.text.Token.Kind.WORD) {
                continue;
            }
            boolean upper = false;
            for (int i = t.start(); i < t.end() && !upper; i++) {
                upper = Character.isUpperCase(s.charAt(i));
            }
            String w = lower.substring(t.start(), t.end());
            if (upper && (!first || commonNames.contains(w))) {
                return true;
            }
            if (!englishWords.contains(w) && !medical.isMedicalTerm(w) && !demonyms.contains(w)) {
                return true; // an unknown word, in any case: names in lower-case text (my name is lena andersson)
            }
            first = false;
        }
        return false;
    }

    private static String norm(String w) {
        return w.strip().toLowerCase(Locale.ROOT);
    }

    /** Calls {@code sink} for each non-blank, non-comment line of the resource. */
    static void lines(String resource, Consumer<String> sink) {
        BundledLines.read(resource).forEach(sink);
    }
}

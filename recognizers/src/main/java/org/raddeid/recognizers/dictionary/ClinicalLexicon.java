package org.raddeid.recognizers.dictionary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Clinical vocabulary beyond everyday English, loaded once per JVM: about 98,000 medical terms (anatomy, diseases,
 * procedures, drugs by generic and trade name, instruments, eponyms; {@code medical-terms.txt}) and 2,686 clinical
 * abbreviations as clinicians write them ({@code NPO}, {@code s/p}, {@code PICC}; {@code clinical-abbreviations.txt}).
 * Used to restore the case of ALL-CAPS and lower-case text and to tell clinical words from names.
 *
 * <p>Frequent names and given names are never medical words here, though the term list holds some ({@code amber},
 * {@code bill}, {@code angle}): a name wins when a word is both. Rarer surnames that are medical words
 * ({@code lehmann}, {@code longus}) stay medical words; a cue or a given name before them makes them names.
 * All lookups take lower-case words.
 * Immutable and thread-safe.
 */
public final class ClinicalLexicon {

    /** The bundled medical term list, relative to this package. */
    public static final String TERMS = "medical-terms.txt";
    /** The bundled clinical abbreviation list, relative to this package. */
    public static final String ABBREVIATIONS = "clinical-abbreviations.txt";

    private final Set<String> words = new HashSet<>(100_000);
    private final Map<String, String> properForms = new HashMap<>(24_000);
    private final Map<String, String> abbreviations = new HashMap<>(3_000);
    private final Set<String> lowerCaseAbbreviations = new HashSet<>(1_000);

    private static final class Holder {
        static final ClinicalLexicon SHARED = new ClinicalLexicon(Lexicons.get());
    }

    private ClinicalLexicon(Lexicons names) {
        for (String term : BundledLines.read(TERMS)) {
            String lower = term.toLowerCase(Locale.ROOT);
            if (names.firstNames.contains(lower) || names.commonNames.contains(lower)) {
                continue;
            }
            if (term.equals(lower)) {
                words.add(lower);
            } else if (Character.isUpperCase(term.charAt(0))) {
                properForms.putIfAbsent(lower, term);
            }
        }
        for (String line : BundledLines.read(MedicalAllowlist.RESOURCE)) {
            if (line.indexOf(' ') < 0 && line.indexOf('{') < 0 && line.equals(line.toLowerCase(Locale.ROOT))) {
                words.add(line);
            }
        }
        for (String abbreviation : BundledLines.read(ABBREVIATIONS)) {
            String lower = abbreviation.toLowerCase(Locale.ROOT);
            if (abbreviation.equals(lower)) {
                lowerCaseAbbreviations.add(lower);
            }
            String known = abbreviations.get(lower);
            // the form with the most capitals is how the abbreviation is recognised (NPO over npo)
            if (known == null || capitals(abbreviation) > capitals(known)) {
                abbreviations.put(lower, abbreviation);
            }
        }
    }

    /** Returns the shared instance, loading it on first use. */
    public static ClinicalLexicon shared() {
        return Holder.SHARED;
    }

    /**
     * True when the lower-case {@code word} is a medical common noun or adjective ({@code hemostasis},
     * {@code bronchoscope}, {@code eclampsia}) and no given name.
     */
    public boolean isMedicalWord(String word) {
        return words.contains(word);
    }

    /**
     * Returns how the medical term list writes the lower-case {@code word} when it writes it capitalised: an eponym,
     * a trade name or a company ({@code Metzenbaum}, {@code Monocryl}, {@code Siemens}); null otherwise, and for
     * given names.
     */
    public String properForm(String word) {
        return properForms.get(word);
    }

    /**
     * Returns the clinical abbreviation the lower-case {@code word} spells, as clinicians write it ({@code npo} gives
     * {@code NPO}, {@code s/p} gives {@code s/p}), or null when it is none.
     */
    public String abbreviation(String word) {
        return abbreviations.get(word);
    }

    /** True when clinicians also write the abbreviation {@code word} in lower case ({@code pt}, {@code ct}, {@code s/p}). */
    public boolean writtenInLowerCase(String word) {
        return lowerCaseAbbreviations.contains(word);
    }

    /** Returns the number of medical words and proper forms loaded, for tests. */
    int size() {
        return words.size() + properForms.size();
    }

    private static int capitals(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}

package org.raddeid.recognizers.dictionary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.rewrite.NamePool;
import org.raddeid.core.rewrite.SurrogatePools;

/**
 * Surrogate pools drawn from the bundled dictionaries: given names and surnames of many origins (Phileas, Datafaker,
 * US Census), real US cities and states, countries, US hospitals, payers, professions, and street names. Entries
 * that are also everyday English words, medical terms or shorter than three letters are left out, so a surrogate
 * reads unmistakably as a name or place (and is found again by the recognizers) rather than as clinical text.
 * Loaded once per JVM; immutable and thread-safe.
 */
public final class DictionarySurrogates implements SurrogatePools, NamePool {

    private static volatile DictionarySurrogates instance;

    private final List<List<String>> givenByInitial = new ArrayList<>(26);
    private final List<String> surnames;
    private final Map<PhiSubtype, List<String>> values = new EnumMap<>(PhiSubtype.class);
    private final List<String> stateCodes;
    private final Lexicons lexicons;
    private final Set<String> frequentSurnames = new HashSet<>();

    private DictionarySurrogates() {
        lexicons = Lexicons.get();
        MedicalAllowlist medical = MedicalAllowlist.shared();
        for (int i = 0; i < 26; i++) {
            givenByInitial.add(new ArrayList<>());
        }
        List<String> given = new ArrayList<>();
        given.addAll(BundledLines.read("datafaker-first-names-female.txt"));
        given.addAll(BundledLines.read("datafaker-first-names-male.txt"));
        given.addAll(BundledLines.read("phileas-first-names.txt"));
        for (String g : given.stream().map(DictionarySurrogates::title).distinct().toList()) {
            if (usable(g, medical) && g.charAt(0) >= 'A' && g.charAt(0) <= 'Z') {
                givenByInitial.get(g.charAt(0) - 'A').add(g);
            }
        }
        List<String> sur = new ArrayList<>();
        BundledLines.read("census2010-surnames-top1022.csv").stream().skip(1).map(l -> l.split(",", 2)[0])
                .forEach(sur::add);
        sur.addAll(BundledLines.read("datafaker-last-names.txt"));
        sur.forEach(s -> frequentSurnames.add(s.strip().toLowerCase(Locale.ROOT)));
        sur.addAll(BundledLines.read("phileas-surnames.txt"));
        surnames = sur.stream().map(DictionarySurrogates::title).distinct()
                .filter(s -> usable(s, medical) && !lexicons.firstNames.contains(s.toLowerCase(Locale.ROOT)))
                .toList();
        List<String> hospitals = new ArrayList<>(BundledLines.read("phileas-hospitals.txt"));
        hospitals.addAll(BundledLines.read("datafaker-hospital-names.txt"));
        values.put(PhiSubtype.HOSPITAL, hospitals.stream().distinct().toList());
        values.put(PhiSubtype.CITY, BundledLines.read("phileas-cities.txt").stream()
                .filter(c -> c.length() >= 4 && !lexicons.isEnglish(c.toLowerCase(Locale.ROOT))).toList());
        values.put(PhiSubtype.LOCATION_OTHER, values.get(PhiSubtype.CITY));
        values.put(PhiSubtype.STATE, BundledLines.read("phileas-states.txt"));
        values.put(PhiSubtype.COUNTRY, BundledLines.read("countries.txt"));
        values.put(PhiSubtype.ORGANIZATION, BundledLines.read("organizations.txt"));
        values.put(PhiSubtype.DEPARTMENT, BundledLines.read("departments.txt"));
        values.put(PhiSubtype.STREET, BundledLines.read("street-names.txt"));
        values.put(PhiSubtype.PROFESSION, BundledLines.read("professions.txt"));
        // codes that are also words or common abbreviations (IN, OR, ME, OK, HI, PA, MD, CO...) are left out: a
        // surrogate should read as a state wherever it stands
        stateCodes = List.of("AK", "AZ", "AR", "CA", "CT", "FL", "GA", "IL", "IA", "KS", "KY", "MI", "MN", "MO", "NE",
                "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
                "WI", "WY");
    }

    /** Returns the shared instance, loading it on first use. */
    public static DictionarySurrogates shared() {
        DictionarySurrogates p = instance;
        if (p == null) {
            synchronized (DictionarySurrogates.class) {
                p = instance;
                if (p == null) {
                    p = new DictionarySurrogates();
                    instance = p;
                }
            }
        }
        return p;
    }

    private boolean usable(String name, MedicalAllowlist medical) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.length() >= 3 && lower.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && !lexicons.isEnglish(lower) && !lexicons.demonyms.contains(lower) && !medical.isMedicalTerm(lower);
    }

    private static String title(String w) {
        String s = w.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public NamePool names() {
        return this;
    }

    @Override
    public List<String> values(PhiSubtype subtype) {
        return values.getOrDefault(subtype, List.of());
    }

    @Override
    public List<String> stateCodes() {
        return stateCodes;
    }

    @Override
    public List<String> givenNames(char initial) {
        return initial >= 'A' && initial <= 'Z' ? givenByInitial.get(initial - 'A') : List.of();
    }

    @Override
    public List<String> surnames() {
        return surnames;
    }

    /** Surnames written with an apostrophe, the surrogates of O'Brien and D'Angelo. */
    private static final List<String> APOSTROPHE_SURNAMES = List.of("O'Neill", "O'Connor", "O'Reilly", "O'Donnell",
            "O'Sullivan", "O'Malley", "O'Hara", "O'Keefe", "O'Leary", "O'Shea", "O'Toole", "O'Rourke", "O'Dwyer",
            "O'Grady", "O'Callaghan", "O'Mahony", "O'Driscoll", "O'Doherty", "O'Hagan", "O'Kelly", "D'Angelo",
            "D'Amico", "D'Souza", "D'Arcy", "D'Alessandro", "D'Agostino", "D'Costa", "D'Silva", "L'Heureux",
            "D'Aubigny");

    @Override
    public List<String> apostropheSurnames() {
        return APOSTROPHE_SURNAMES;
    }

    @Override
    public boolean isGivenName(String lower) {
        return lexicons.firstNames.contains(lower) && !frequentSurnames.contains(lower);
    }
}

package org.raddeid.recognizers.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws surrogate person names, user names and places that keep the shape of an original: case (ALL CAPS, Title Case,
 * lower case), word order ({@code Last, First}), initials with or without a full stop, middle initials, hyphenated and
 * multi-word surnames with their lower-case particles ({@code van der}). Separators (spaces, commas, full stops,
 * hyphens) are copied unchanged, so the token structure stays the same.
 *
 * <p>Stateless apart from the pools; thread-safe when each thread passes its own {@link Random}.
 */
public final class SurrogateNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'\u2019]+");
    private static final Pattern USER_NAME = Pattern.compile("([a-z][a-z._]*[a-z])([0-9]*)");
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "la", "le", "del", "della", "von",
            "da", "di", "du", "dos", "das", "bin", "ibn", "al", "el", "st", "y");
    /** Initials drawn for surrogates; the rarest letters left out. */
    private static final String INITIALS = "ABCDEFGHIJKLMNOPRSTVW";
    private static final List<String> HOSPITAL_SUFFIXES = List.of("Medical Center", "Hospital", "General Hospital",
            "Memorial Hospital", "Regional Medical Center", "Community Hospital", "University Hospital",
            "Health Center", "Clinic", "Regional Hospital", "Medical Center", "Health System");
    private static final List<String> ORGANIZATION_SUFFIXES = List.of("Health", "Health Plan", "Insurance",
            "Group", "Inc.", "LLC", "Partners", "Associates", "Holdings", "Corporation", "Foundation", "Mutual");
    /** Words of unit and organisation names that describe rather than identify, kept as they are. */
    private static final Set<String> DESCRIPTIVE = Set.of("imaging", "center", "centre", "breast", "outpatient",
            "heart", "vascular", "institute", "radiology", "department", "clinic", "clinics", "cancer", "medical",
            "health", "services", "diagnostic", "diagnostics", "women's", "children's", "and", "of", "the", "for",
            "at", "mri", "ct", "unit", "wing", "pavilion", "hospital", "care", "surgery", "sports", "medicine",
            "neuro", "spine", "orthopedic", "orthopaedic", "pediatric", "emergency", "interventional", "nuclear",
            "center's", "campus", "annex", "tower", "building", "north", "south", "east", "west", "inc", "llc");

    private final SurrogatePools pools;

    /** Creates a generator over {@code pools}. */
    public SurrogateNames(SurrogatePools pools) {
        this.pools = pools;
    }

    /**
     * Returns a surrogate for person name {@code original}, with its shape. A one-word name becomes a surname or a
     * given name at random; a word of one letter becomes another initial. Never returns the original unchanged unless
     * it holds no letters.
     */
    public String personName(String original, Random random) {
        List<int[]> words = words(original);
        if (words.isEmpty()) {
            return original;
        }
        if (words.size() == 1 && isInitials(original.substring(words.get(0)[0], words.get(0)[1]))) {
            return original.substring(0, words.get(0)[0]) + initials(words.get(0)[1] - words.get(0)[0], random)
                    + original.substring(words.get(0)[1]);
        }
        boolean[] surname = surnameWords(original, words, random);
        StringBuilder out = new StringBuilder(original.length() + 8);
        int pos = 0;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            out.append(original, pos, w[0]);
            String word = original.substring(w[0], w[1]);
            out.append(surrogateWord(word, surname[i], words.size() > 1, random));
            pos = w[1];
        }
        out.append(original.substring(pos));
        return out.toString();
    }

    /**
     * Returns a surrogate for a user name such as {@code jsmith4}: an initial and a surname in lower case, with the
     * original's trailing digits. Falls back to {@link #personName} for other shapes.
     */
    public String userName(String original, Random random) {
        Matcher m = USER_NAME.matcher(original);
        if (!m.matches()) {
            return personName(original, random);
        }
        String initial = String.valueOf(INITIALS.charAt(random.nextInt(INITIALS.length())));
        String surname = pick(pools.surnames(), random);
        return (initial + surname).toLowerCase(Locale.ROOT) + m.group(2);
    }

    /**
     * Returns a surrogate hospital: a real hospital name from the dictionaries, or (with probability
     * {@code madeUpShare}) a made-up one such as {@code Okafor Regional Medical Center}, in upper case when the
     * original's letters are all upper case.
     */
    public String hospital(String original, double madeUpShare, Random random) {
        String h;
        if (random.nextDouble() < madeUpShare) {
            String prefix = random.nextBoolean() ? pick(pools.surnames(), random) : pick(pools.cities(), random);
            h = prefix + " " + pick(HOSPITAL_SUFFIXES, random);
        } else {
            h = pick(pools.hospitals(), random);
        }
        return allUpper(original) ? h.toUpperCase(Locale.ROOT) : h;
    }

    /** Returns a surrogate organisation such as {@code Lindqvist Partners}, with the original's case. */
    public String organization(String original, Random random) {
        String prefix = random.nextBoolean() ? pick(pools.surnames(), random) : pick(pools.cities(), random);
        String o = prefix + " " + pick(ORGANIZATION_SUFFIXES, random);
        return allUpper(original) ? o.toUpperCase(Locale.ROOT) : o;
    }

    /**
     * Returns a surrogate for a unit name such as {@code Jimenez Breast Center}: words that identify (not in a short
     * list of descriptive words such as {@code Imaging}, {@code Center}) become surnames or city names, keeping their
     * case.
     */
    public String department(String original, Random random) {
        StringBuilder out = new StringBuilder(original.length() + 8);
        int pos = 0;
        for (int[] w : words(original)) {
            out.append(original, pos, w[0]);
            String word = original.substring(w[0], w[1]);
            if (DESCRIPTIVE.contains(word.toLowerCase(Locale.ROOT)) || word.length() < 2) {
                out.append(word);
            } else {
                String draw = random.nextBoolean() ? pick(pools.surnames(), random) : pick(pools.cities(), random);
                out.append(withCaseOf(word, draw));
            }
            pos = w[1];
        }
        out.append(original.substring(pos));
        return out.toString();
    }

    /** Returns true for a lone word of two or three capitals, such as {@code JD}: initials, not a name. */
    private static boolean isInitials(String word) {
        return word.length() <= 3 && word.length() >= 2 && allUpper(word);
    }

    private static String initials(int count, Random random) {
        StringBuilder b = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            b.append(INITIALS.charAt(random.nextInt(INITIALS.length())));
        }
        return b.toString();
    }

    /** Marks the words that are surname parts: before the comma in {@code Last, First}, else the last word group. */
    private static boolean[] surnameWords(String original, List<int[]> words, Random random) {
        boolean[] surname = new boolean[words.size()];
        int comma = original.indexOf(',');
        if (words.size() == 1) {
            surname[0] = random.nextDouble() < 0.6;
        } else if (comma >= 0) {
            for (int i = 0; i < words.size(); i++) {
                surname[i] = words.get(i)[1] <= comma;
            }
        } else {
            int last = words.size() - 1;
            surname[last] = true;
            // The words joined to the last one by hyphens or particles belong to the surname too.
            for (int i = last - 1; i >= 0; i--) {
                String between = original.substring(words.get(i)[1], words.get(i + 1)[0]);
                String word = original.substring(words.get(i)[0], words.get(i)[1]);
                if (between.equals("-") || PARTICLES.contains(word)) {
                    surname[i] = true;
                } else {
                    break;
                }
            }
        }
        return surname;
    }

    private String surrogateWord(String word, boolean surname, boolean multiWord, Random random) {
        if (word.codePointCount(0, word.length()) == 1) {
            String initial = String.valueOf(INITIALS.charAt(random.nextInt(INITIALS.length())));
            return Character.isLowerCase(word.charAt(0)) ? initial.toLowerCase(Locale.ROOT) : initial;
        }
        if (multiWord && PARTICLES.contains(word)) {
            return word;
        }
        List<String> pool = surname ? pools.surnames() : pools.givenNames();
        String draw = pick(pool, random);
        for (int tries = 0; tries < 5 && draw.equalsIgnoreCase(word); tries++) {
            draw = pick(pool, random);
        }
        return withCaseOf(word, draw);
    }

    /** Returns {@code draw} in the case pattern of {@code model}: all upper, all lower or capitalised. */
    static String withCaseOf(String model, String draw) {
        if (allUpper(model) && model.codePointCount(0, model.length()) > 1) {
            return draw.toUpperCase(Locale.ROOT);
        }
        if (model.equals(model.toLowerCase(Locale.ROOT))) {
            return draw.toLowerCase(Locale.ROOT);
        }
        return SurrogatePools.capitalise(draw);
    }

    private static boolean allUpper(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    private static List<int[]> words(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static String pick(List<String> pool, Random random) {
        return pool.get(random.nextInt(pool.size()));
    }
}

package org.raddeid.corpora.generator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The per-origin given-name and surname pools, loaded from {@code names/<origin>-given.txt} and
 * {@code names/<origin>-surnames.txt}. Immutable and thread-safe once loaded.
 */
public final class NamePools {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTW";

    private final Map<NameOrigin, List<String>> given = new EnumMap<>(NameOrigin.class);
    private final Map<NameOrigin, List<String>> surnames = new EnumMap<>(NameOrigin.class);

    private NamePools() {
        for (NameOrigin o : NameOrigin.values()) {
            given.put(o, ResourceLines.read("names/" + o.resourceStem() + "-given.txt"));
            surnames.put(o, ResourceLines.read("names/" + o.resourceStem() + "-surnames.txt"));
        }
    }

    /** Loads the bundled pools. */
    public static NamePools load() {
        return new NamePools();
    }

    /** Returns the given names of {@code origin} (immutable). */
    public List<String> given(NameOrigin origin) {
        return given.get(origin);
    }

    /** Returns the surnames of {@code origin} (immutable); multi-word surnames contain spaces. */
    public List<String> surnames(NameOrigin origin) {
        return surnames.get(origin);
    }

    /**
     * Draws a person of {@code origin}: sometimes with a middle initial, sometimes (more often for Hispanic names)
     * with a hyphenated double surname. Uses only {@code rnd}.
     */
    public PersonName draw(SplittableRandom rnd, NameOrigin origin) {
        String first = pick(rnd, given.get(origin));
        String family = pick(rnd, surnames.get(origin));
        double hyphen = origin == NameOrigin.HISPANIC ? 0.18 : 0.04;
        if (rnd.nextDouble() < hyphen && !family.contains(" ")) {
            String second = pick(rnd, surnames.get(origin));
            if (!second.equals(family) && !second.contains(" ")) {
                family = family + "-" + second;
            }
        }
        char middle = rnd.nextDouble() < 0.35 ? LETTERS.charAt(rnd.nextInt(LETTERS.length())) : '\0';
        return new PersonName(first, middle, family, origin);
    }

    /** Draws an origin uniformly, so every pool is well represented. */
    public static NameOrigin drawOrigin(SplittableRandom rnd) {
        NameOrigin[] all = NameOrigin.values();
        return all[rnd.nextInt(all.length)];
    }

    static <T> T pick(SplittableRandom rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}

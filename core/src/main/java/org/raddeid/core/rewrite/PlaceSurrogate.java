package org.raddeid.core.rewrite;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raddeid.core.PhiSubtype;

/**
 * Replaces a place or institution with one of its own kind, consistently per patient:
 * <ul>
 *   <li>a country becomes a country and a state a state, whatever subtype the recognizer gave (a LOCATION written
 *       {@code Germany} is a country);</li>
 *   <li>a surrogate never names the same place under another spelling: one that folds to nearly the same letters
 *       ({@code München} and {@code Munich}, {@code Köln} and {@code Koln}) is redrawn;</li>
 *   <li>digits in the original (a house number typed as a place: {@code Hoofdstraat 12}) come back as new digits;</li>
 *   <li>an acronym stays an acronym of new letters.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class PlaceSurrogate {

    private static final int MAX_REDRAWS = 16;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final SurrogatePools pools;
    private final Map<PhiSubtype, Set<String>> known = new EnumMap<>(PhiSubtype.class);

    PlaceSurrogate(SurrogatePools pools) {
        this.pools = pools;
        for (PhiSubtype kind : List.of(PhiSubtype.COUNTRY, PhiSubtype.STATE, PhiSubtype.CITY)) {
            Set<String> s = new HashSet<>();
            pools.values(kind).forEach(v -> s.add(fold(v)));
            known.put(kind, s);
        }
    }

    /** Returns the surrogate of {@code original}, found as {@code subtype}. */
    String apply(String original, PhiSubtype subtype, RewriteContext context) {
        String letters = original.replaceAll("[^\\p{L}]", "");
        if (!letters.isEmpty() && letters.length() <= 5 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !original.strip().contains(" ")) {
            return Keyed.reshape(original, context, subtype.name()); // an acronym stays an acronym
        }
        PhiSubtype kind = kindOf(original, subtype);
        List<String> pool = pools.values(kind);
        if (pool.isEmpty()) {
            pool = pools.values(PhiSubtype.CITY);
        }
        if (pool.isEmpty()) {
            return "[" + subtype.type().name() + "]";
        }
        String key = Operators.normalise(original);
        String value = Keyed.pick(pool, context, kind.name(), key);
        for (int n = 1; n <= MAX_REDRAWS && similar(value, original); n++) {
            value = Keyed.pick(pool, context, kind.name() + "-" + n, key);
        }
        if (value.contains(Surrogates.SURNAME)) {
            value = value.replace(Surrogates.SURNAME, Keyed.pick(pools.names().surnames(), context,
                    kind.name() + "-surname", key));
        }
        Matcher digits = DIGITS.matcher(original);
        if (digits.find() && !DIGITS.matcher(value).find()) {
            value = value + " " + Keyed.reshapeNew(digits.group(), context, "house-number");
        }
        return value;
    }

    /** A country, a state or a city by what the place is, else the recognizer's subtype. */
    private PhiSubtype kindOf(String original, PhiSubtype subtype) {
        if (subtype == PhiSubtype.HOSPITAL || subtype == PhiSubtype.DEPARTMENT || subtype == PhiSubtype.ORGANIZATION
                || subtype == PhiSubtype.PROFESSION) {
            return subtype;
        }
        String f = fold(original);
        for (PhiSubtype kind : List.of(PhiSubtype.COUNTRY, PhiSubtype.STATE)) {
            if (known.get(kind).contains(f)) {
                return kind;
            }
        }
        return subtype;
    }

    /**
     * True when two place names fold to nearly the same letters: equal, one the start of the other, the same first
     * four letters, or an edit distance of at most 45% of the longer.
     */
    static boolean similar(String a, String b) {
        String x = fold(a).replaceAll("[^a-z]", "");
        String y = fold(b).replaceAll("[^a-z]", "");
        if (x.isEmpty() || y.isEmpty()) {
            return x.equals(y);
        }
        if (x.startsWith(y) || y.startsWith(x) || x.length() >= 4 && y.length() >= 4
                && x.substring(0, 4).equals(y.substring(0, 4))) {
            return true;
        }
        return distance(x, y) <= 0.45 * Math.max(x.length(), y.length());
    }

    /** Lower case without accents ({@code München} gives {@code munchen}). */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package org.raddeid.recognizers.opennlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The word lists surrogate names and places are drawn from: the detection dictionaries shipped with the recognizers
 * (Phileas given names and surnames, Datafaker names and hospitals, Phileas hospitals and cities). Large on purpose, so
 * a model trained on the surrogates cannot learn identities, only shapes and context. Immutable and thread-safe.
 */
public final class SurrogatePools {

    private static final String DIR = "/org/raddeid/recognizers/dictionary/";

    private final List<String> givenNames;
    private final List<String> surnames;
    private final List<String> hospitals;
    private final List<String> cities;

    private SurrogatePools() {
        Predicate<String> plainWord = w -> w.length() >= 2 && w.chars().allMatch(Character::isLetter);
        givenNames = concat(load("phileas-first-names.txt", plainWord), load("datafaker-first-names-female.txt",
                plainWord), load("datafaker-first-names-male.txt", plainWord));
        // Very short surnames in the Phileas list are mostly abbreviations and noise.
        surnames = concat(load("phileas-surnames.txt", plainWord.and(w -> w.length() >= 3)),
                load("datafaker-last-names.txt", plainWord));
        hospitals = concat(load("phileas-hospitals.txt", w -> !w.isBlank()),
                load("datafaker-hospital-names.txt", w -> !w.isBlank()));
        cities = load("phileas-cities.txt", w -> w.length() >= 3 && w.chars().allMatch(c -> Character.isLetter(c)
                || c == ' '));
    }

    private static final class Holder {
        static final SurrogatePools INSTANCE = new SurrogatePools();
    }

    /** Returns the pools, loaded from the classpath on first use. */
    public static SurrogatePools get() {
        return Holder.INSTANCE;
    }

    /** Returns the given names, each capitalised ({@code Maria}). Unmodifiable. */
    public List<String> givenNames() {
        return givenNames;
    }

    /** Returns the surnames, each capitalised ({@code Okafor}). Unmodifiable. */
    public List<String> surnames() {
        return surnames;
    }

    /** Returns the hospital names as written in the dictionaries. Unmodifiable. */
    public List<String> hospitals() {
        return hospitals;
    }

    /** Returns the US city names as written in the dictionary. Unmodifiable. */
    public List<String> cities() {
        return cities;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return List.copyOf(out);
    }

    private static List<String> load(String name, Predicate<String> keep) {
        List<String> out = new ArrayList<>();
        try (InputStream in = SurrogatePools.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing dictionary resource " + DIR + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (keep.test(w)) {
                    out.add(Character.isLowerCase(w.charAt(0)) ? capitalise(w) : w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary resource " + name, e);
        }
        return out;
    }

    /** Returns {@code w} with its first letter upper case and the rest lower case. */
    static String capitalise(String w) {
        if (w.isEmpty()) {
            return w;
        }
        int first = w.codePointAt(0);
        int n = Character.charCount(first);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(w.substring(n).toLowerCase(Locale.ROOT)).toString();
    }
}

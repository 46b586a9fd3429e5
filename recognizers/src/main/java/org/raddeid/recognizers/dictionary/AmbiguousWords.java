package org.raddeid.recognizers.dictionary;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Entries of the bundled name and place dictionaries that are also common English words ({@code will}, {@code hope},
 * {@code brown}, {@code long}) or single-word medical terms ({@code chest}, {@code stable}), loaded once from
 * {@code ambiguous-words.txt}. A dictionary hit on such a word needs supporting context before it counts as PHI. How
 * the list is built from SCOWL ({@code wamerican}) and the dictionaries is recorded in this package's resource
 * README.
 *
 * <p>Immutable and thread-safe.
 */
public final class AmbiguousWords {

    /** The bundled resource, relative to this package. */
    public static final String RESOURCE = "ambiguous-words.txt";

    private final Set<String> words;

    private static final class Holder {
        static final AmbiguousWords SHARED = new AmbiguousWords(BundledLines.read(RESOURCE));
    }

    /** Builds the set from lower-case words. Package-private: production code shares {@link #shared()}. */
    AmbiguousWords(List<String> lines) {
        Set<String> w = new HashSet<>(lines.size() * 2);
        for (String line : lines) {
            w.add(line.toLowerCase(Locale.ROOT));
        }
        this.words = Set.copyOf(w);
    }

    /** Returns the set built from the bundled file, loading it on first use. Thread-safe. */
    public static AmbiguousWords shared() {
        return Holder.SHARED;
    }

    /** Returns true when {@code word}, compared in lower case, is on the list; false for null. */
    public boolean contains(String word) {
        return word != null && words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Returns the lower-case words. Unmodifiable. */
    public Set<String> words() {
        return words;
    }

    /** Returns the number of words. */
    public int size() {
        return words.size();
    }
}

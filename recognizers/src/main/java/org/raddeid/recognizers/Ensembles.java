package org.raddeid.recognizers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.recognizers.corenlp.CoreNlpRecognizer;
import org.raddeid.recognizers.pattern.PatternRecognizer;

/**
 * The recognizers and named ensembles raddeid ships. A new recognizer is one line in {@link #RECOGNIZERS}; a new
 * ensemble one line in {@link #ENSEMBLES}.
 *
 * <p>Each recognizer is built at most once per JVM, on first use, and shared by every ensemble that names it, so heavy
 * models (CoreNLP, OpenNLP) are loaded once. Thread-safe.
 */
public final class Ensembles {

    /** The ensemble used when none is named. */
    public static final String DEFAULT = "patterns";

    /** Regex recognizers only: dates, contacts, identifiers, addresses, ages over 89. */
    public static final String PATTERNS = "patterns";

    private static final Map<String, Shared> RECOGNIZERS = new LinkedHashMap<>();
    private static final Map<String, List<String>> ENSEMBLES = new LinkedHashMap<>();

    static {
        recognizer(PatternRecognizer.NAME, PatternRecognizer::new);
        recognizer(CoreNlpRecognizer.NAME, CoreNlpRecognizer::new);

        ensemble(PATTERNS, PatternRecognizer.NAME);
        ensemble("only-corenlp", CoreNlpRecognizer.NAME);
    }

    private Ensembles() {
    }

    private static void recognizer(String name, Supplier<Recognizer> factory) {
        RECOGNIZERS.put(name, new Shared(factory));
    }

    private static void ensemble(String name, String... recognizers) {
        for (String r : recognizers) {
            if (!RECOGNIZERS.containsKey(r)) {
                throw new IllegalStateException("ensemble " + name + " names unknown recognizer " + r);
            }
        }
        ENSEMBLES.put(name, List.of(recognizers));
    }

    /** Returns the names of the known ensembles, in a stable order. Unmodifiable. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(ENSEMBLES.keySet());
    }

    /** Returns the names of the known recognizers, in a stable order. Unmodifiable. */
    public static Set<String> recognizerNames() {
        return Collections.unmodifiableSet(RECOGNIZERS.keySet());
    }

    /** Returns the names of the recognizers in ensemble {@code name}, in run order, without loading them. */
    public static List<String> recognizersOf(String name) {
        List<String> r = name == null ? null : ENSEMBLES.get(name);
        if (r == null) {
            throw new IllegalArgumentException("unknown ensemble '" + name + "'; known: " + String.join(", ", names()));
        }
        return r;
    }

    /**
     * Returns the shared recognizer called {@code name}, building it on first use.
     *
     * @throws IllegalArgumentException naming the unknown name and listing the known ones
     */
    public static Recognizer recognizer(String name) {
        Shared s = name == null ? null : RECOGNIZERS.get(name);
        if (s == null) {
            throw new IllegalArgumentException(
                    "unknown recognizer '" + name + "'; known: " + String.join(", ", recognizerNames()));
        }
        return s.get();
    }

    /**
     * Builds the ensemble called {@code name} over the shared recognizers.
     *
     * @throws IllegalArgumentException naming the unknown name and listing the known ones
     */
    public static Ensemble create(String name) {
        List<Recognizer> rs = new ArrayList<>();
        for (String r : recognizersOf(name)) {
            rs.add(recognizer(r));
        }
        return new Ensemble(name, rs);
    }

    /** A recognizer built once, on first use. */
    private static final class Shared {
        private final Supplier<Recognizer> factory;
        private volatile Recognizer instance;

        Shared(Supplier<Recognizer> factory) {
            this.factory = factory;
        }

        Recognizer get() {
            Recognizer r = instance;
            if (r == null) {
                synchronized (this) {
                    r = instance;
                    if (r == null) {
                        r = factory.get();
                        instance = r;
                    }
                }
            }
            return r;
        }
    }
}

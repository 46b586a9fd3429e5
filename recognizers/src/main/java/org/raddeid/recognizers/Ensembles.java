package org.raddeid.recognizers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.recognizers.pattern.PatternRecognizer;

/**
 * The named ensembles raddeid ships. Adding one is one line in {@link #FACTORIES}. Thread-safe; each call to
 * {@link #create} builds a new ensemble (recognizers share compiled patterns, so this is cheap for patterns).
 */
public final class Ensembles {

    /** The ensemble used when none is named. */
    public static final String DEFAULT = "patterns";

    /** Regex recognizers only: dates, contacts, identifiers, addresses, ages over 89. */
    public static final String PATTERNS = "patterns";

    private static final Map<String, Supplier<Ensemble>> FACTORIES;

    static {
        Map<String, Supplier<Ensemble>> m = new LinkedHashMap<>();
        m.put(PATTERNS, () -> new Ensemble(PATTERNS, List.of(new PatternRecognizer())));
        FACTORIES = Collections.unmodifiableMap(m);
    }

    private Ensembles() {
    }

    /** Returns the names of the known ensembles, in a stable order. Unmodifiable. */
    public static Set<String> names() {
        return FACTORIES.keySet();
    }

    /**
     * Builds the ensemble called {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown name and listing the known ones
     */
    public static Ensemble create(String name) {
        Supplier<Ensemble> f = name == null ? null : FACTORIES.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown ensemble '" + name + "'; known: " + String.join(", ", names()));
        }
        return f.get();
    }
}

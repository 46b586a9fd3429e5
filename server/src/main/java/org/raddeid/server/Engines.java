package org.raddeid.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.llm.FullEnsemble;
import org.raddeid.llm.LlmConfig;
import org.raddeid.recognizers.Ensembles;

/**
 * The ensembles the server loaded at start, by name, each behind one shared {@link Deidentifier}; the first is the
 * default. Immutable and thread-safe (the shipped ensembles are).
 */
public final class Engines {

    private final Map<String, Deidentifier> byName;
    private final String defaultName;

    private Engines(Map<String, Deidentifier> byName) {
        this.byName = byName;
        this.defaultName = byName.keySet().iterator().next();
    }

    /**
     * Loads the shipped ensembles called {@code names} (models load here, once).
     *
     * @throws IllegalArgumentException naming an unknown ensemble and listing the known ones
     */
    public static Engines load(List<String> names) {
        return load(names, Optional.empty());
    }

    /**
     * Loads the ensembles called {@code names}; {@code full} ({@code default} plus the LLM) needs {@code llm}.
     *
     * @throws IllegalArgumentException naming an unknown ensemble, or {@code full} without an endpoint
     */
    public static Engines load(List<String> names, Optional<LlmConfig> llm) {
        List<Ensemble> ensembles = new ArrayList<>();
        for (String n : names) {
            if (FullEnsemble.NAME.equals(n)) {
                LlmConfig config = llm.orElseThrow(() -> new IllegalArgumentException(FullEnsemble.missingEndpoint()));
                ensembles.add(FullEnsemble.of(Ensembles.create(Ensembles.DEFAULT_ENSEMBLE), config));
            } else {
                ensembles.add(Ensembles.create(n));
            }
        }
        return of(ensembles);
    }

    /** Wraps already built ensembles, the first one the default (tests use their own). */
    public static Engines of(List<Ensemble> ensembles) {
        if (ensembles.isEmpty()) {
            throw new IllegalArgumentException("at least one ensemble is needed");
        }
        Map<String, Deidentifier> m = new LinkedHashMap<>();
        for (Ensemble e : ensembles) {
            m.put(e.name(), new Deidentifier(e));
        }
        return new Engines(m);
    }

    /** Returns the default ensemble's name. */
    public String defaultName() {
        return defaultName;
    }

    /** Returns the loaded ensembles' names, the default first. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** Returns the engine called {@code name}, or null when it is not loaded. */
    public Deidentifier get(String name) {
        return byName.get(name);
    }

    /** Returns the recognizer names of ensemble {@code name} in run order (empty when it is not loaded). */
    public List<String> recognizersOf(String name) {
        Deidentifier d = byName.get(name);
        return d == null ? List.of() : d.ensemble().recognizers().stream().map(Recognizer::name).toList();
    }
}

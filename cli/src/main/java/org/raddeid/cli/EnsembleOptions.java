package org.raddeid.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.llm.LlmConfig;
import org.raddeid.llm.FullEnsemble;
import org.raddeid.llm.LlmRecognizer;
import org.raddeid.recognizers.Ensembles;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --ensemble} and {@code --recognizers} options shared by the commands that detect PHI, with the LLM
 * endpoint options ({@link LlmOptions}) that ensemble {@value #FULL} needs.
 */
final class EnsembleOptions {

    /** {@code default} plus the LLM; built here because recognizers cannot depend on the llm-adapter. */
    static final String FULL = FullEnsemble.NAME;

    @Option(names = "--ensemble", paramLabel = "NAME",
            description = "Named ensemble of recognizers: patterns, fast, default, or full (default + an LLM, needs "
                    + "--llm-base-url and --llm-model) (default: ${DEFAULT-VALUE}).",
            defaultValue = Ensembles.DEFAULT)
    String ensemble;

    @Mixin
    LlmOptions llm;

    @Option(names = "--recognizers", paramLabel = "NAME[,NAME…]", split = ",",
            description = "Run only these recognizers of the ensemble.")
    List<String> recognizers;

    /**
     * Checks the ensemble and recognizer names and the LLM settings without loading any model, so that a mistake is
     * reported at once.
     *
     * @throws UserError naming the unknown ensemble or recognizers and listing the known ones
     */
    void check() {
        List<String> names;
        if (FULL.equals(ensemble)) {
            llm.config().orElseThrow(() -> new UserError(FullEnsemble.missingEndpoint()));
            names = new ArrayList<>(Ensembles.recognizersOf(Ensembles.DEFAULT_ENSEMBLE));
            names.add(LlmRecognizer.NAME);
        } else {
            try {
                names = Ensembles.recognizersOf(ensemble);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage() + ", " + FULL);
            }
        }
        if (recognizers != null && !recognizers.isEmpty()) {
            Set<String> unknown = new LinkedHashSet<>(recognizers);
            unknown.removeAll(names);
            if (!unknown.isEmpty()) {
                throw new UserError("unknown recognizer(s) " + unknown + " for ensemble '" + ensemble + "'; it has "
                        + names);
            }
        }
    }

    /**
     * Checks the names ({@link #check()}), says on {@code err} that the ensemble is loading (its models take seconds),
     * and builds it.
     */
    Ensemble build(java.io.PrintWriter err, String command) {
        check();
        err.println(command + ": loading ensemble '" + ensemble + "'"
                + (Ensembles.FAST.equals(ensemble) || Ensembles.PATTERNS.equals(ensemble) ? "…"
                        : " (its models take a few seconds)…"));
        err.flush();
        return build();
    }

    /** Builds the chosen ensemble, narrowed to {@code --recognizers} when given; unknown names are user errors. */
    Ensemble build() {
        check();
        Ensemble full = FULL.equals(ensemble) ? withLlm() : Ensembles.create(ensemble);
        if (recognizers == null || recognizers.isEmpty()) {
            return full;
        }
        Set<String> wanted = new LinkedHashSet<>(recognizers);
        List<Recognizer> chosen = new ArrayList<>();
        for (Recognizer r : full.recognizers()) {
            if (wanted.remove(r.name())) {
                chosen.add(r);
            }
        }
        // the same policy (veto, propagation) as the full ensemble: narrowing picks recognizers, not rules
        return full.withRecognizers(full.name() + "[" + String.join(",", recognizers) + "]", chosen);
    }

    /** {@code default} plus the LLM under the same policy; a user error naming the setting when none is configured. */
    private Ensemble withLlm() {
        LlmConfig config = llm.config().orElseThrow(() -> new UserError(FullEnsemble.missingEndpoint()));
        return FullEnsemble.of(Ensembles.create(Ensembles.DEFAULT_ENSEMBLE), config);
    }
}

package org.raddeid.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.recognizers.Ensembles;
import picocli.CommandLine.Option;

/** The {@code --ensemble} and {@code --recognizers} options shared by the commands that detect PHI. */
final class EnsembleOptions {

    @Option(names = "--ensemble", paramLabel = "NAME",
            description = "Named ensemble of recognizers (default: ${DEFAULT-VALUE}).",
            defaultValue = Ensembles.DEFAULT)
    String ensemble;

    @Option(names = "--recognizers", paramLabel = "NAME[,NAME…]", split = ",",
            description = "Run only these recognizers of the ensemble.")
    List<String> recognizers;

    /** Builds the chosen ensemble, narrowed to {@code --recognizers} when given; unknown names are user errors. */
    Ensemble build() {
        Ensemble full;
        try {
            full = Ensembles.create(ensemble);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
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
        if (!wanted.isEmpty()) {
            throw new UserError("unknown recognizer(s) " + wanted + " for ensemble '" + ensemble + "'; it has "
                    + full.recognizers().stream().map(Recognizer::name).toList());
        }
        return new Ensemble(full.name() + "[" + String.join(",", recognizers) + "]", chosen);
    }
}

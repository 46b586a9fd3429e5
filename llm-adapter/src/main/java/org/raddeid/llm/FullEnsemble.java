package org.raddeid.llm;

import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;

/**
 * The {@value #NAME} ensemble: a base ensemble ({@code default}) plus the LLM, under the base's policy (veto,
 * propagation). Built here, beside the LLM, because the recognizers module cannot depend on this one; the command line
 * and the server both call it.
 */
public final class FullEnsemble {

    /** The ensemble's name. */
    public static final String NAME = "full";

    private FullEnsemble() {
    }

    /** Returns {@code base} plus an {@link LlmRecognizer} over {@code config}, named {@value #NAME}. */
    public static Ensemble of(Ensemble base, LlmConfig config) {
        List<Recognizer> rs = new ArrayList<>(base.recognizers());
        rs.add(new LlmRecognizer(config));
        return base.withRecognizers(NAME, rs);
    }

    /** The message for a {@value #NAME} ensemble asked for without an endpoint, naming the settings. */
    public static String missingEndpoint() {
        return "ensemble '" + NAME + "' needs an LLM endpoint: set --llm-base-url and --llm-model (or "
                + LlmConfig.BASE_URL + " and " + LlmConfig.MODEL + "); see docs/LLM.md";
    }
}

package org.raddeid.cli;

import java.util.List;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.ensemble.TextView;
import org.raddeid.recognizers.corenlp.CoreNlpTruecaser;

/** The {@code --case-view} choices: how an ensemble reads lines written in one case. */
final class CaseViews {

    /** raddeid's lexicon truecaser, the shipped ensembles' own view. */
    static final String RADDEID = "raddeid";
    /** CoreNLP's truecase annotator. */
    static final String CORENLP = "corenlp";
    /** The text as written. */
    static final String NONE = "none";

    private static final List<String> NAMES = List.of(RADDEID, CORENLP, NONE);

    private CaseViews() {
    }

    /** @throws UserError naming the unknown view and listing the known ones */
    static void check(String name) {
        if (!NAMES.contains(name)) {
            throw new UserError("unknown case view '" + name + "'; known: " + String.join(", ", NAMES));
        }
    }

    /** Returns {@code ensemble} reading through the named view; the shipped view returns it unchanged. */
    static Ensemble apply(String name, Ensemble ensemble) {
        check(name);
        if (name.equals(RADDEID)) {
            return ensemble;
        }
        TextView view;
        try {
            view = name.equals(CORENLP) ? new CoreNlpTruecaser() : TextView.IDENTITY;
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage());
        }
        return new Ensemble(ensemble.name() + "[case-view " + name + "]", ensemble.recognizers(),
                ensemble.policy().withView(view));
    }
}

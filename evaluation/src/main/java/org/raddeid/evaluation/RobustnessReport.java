package org.raddeid.evaluation;

import java.util.List;

/**
 * How an ensemble holds up when the same text is written in another case: the scores of labelled corpora in each
 * {@link CaseVariant}, and the flag rate on PHI-free text in each. An immutable record tree; Jackson writes it as the
 * JSON report ({@link JsonReportWriter#toJson(RobustnessReport)}).
 *
 * @param ensemble the detector's name, or null
 * @param variants the variants scored, by {@link CaseVariant#label()}, in the order asked for
 * @param labelled one run per labelled corpus and variant, corpus by corpus, variants in {@code variants} order
 * @param unlabelled one flag-rate report per PHI-free corpus and variant, in the same order
 */
public record RobustnessReport(String ensemble, List<String> variants, List<LabelledRun> labelled,
        List<FlagRateReport> unlabelled) {

    public RobustnessReport {
        variants = List.copyOf(variants);
        labelled = List.copyOf(labelled);
        unlabelled = List.copyOf(unlabelled);
    }

    /**
     * One labelled corpus scored in one variant. Immutable.
     *
     * @param corpus a label for the corpus
     * @param variant the case variant ({@link CaseVariant#label()})
     * @param report its scores
     */
    public record LabelledRun(String corpus, String variant, EvaluationReport report) {
    }
}

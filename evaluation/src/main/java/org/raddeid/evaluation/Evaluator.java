package org.raddeid.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.raddeid.core.PhiSpan;
import org.raddeid.corpora.LabelledDocument;

/**
 * Runs a detector over labelled documents and scores it: a convenience over {@link Scorer} for callers that hold the
 * whole corpus. Immutable and thread-safe, provided the detector is; never changes its inputs.
 */
public final class Evaluator {

    private final String corpus;
    private final String ensemble;

    /**
     * An evaluator whose reports carry these labels.
     *
     * @param corpus a label for the corpus, or null
     * @param ensemble the detector's name, or null
     */
    public Evaluator(String corpus, String ensemble) {
        this.corpus = corpus;
        this.ensemble = ensemble;
    }

    /**
     * Calls {@code detector} on each document's text in order, timing each call, and returns the report.
     *
     * @param docs the labelled documents
     * @param detector returns the spans found in a text (char offsets); an exception it throws, or a null
     *     result, ends the evaluation
     * @return the report, listing up to {@value Scorer#DEFAULT_LIST_LIMIT} misses and false positives
     */
    public EvaluationReport evaluate(List<LabelledDocument> docs, Function<String, List<PhiSpan>> detector) {
        Objects.requireNonNull(detector, "detector");
        Scorer scorer = new Scorer(corpus, ensemble);
        for (LabelledDocument doc : docs) {
            long t0 = System.nanoTime();
            List<PhiSpan> found = detector.apply(doc.text());
            long nanos = System.nanoTime() - t0;
            Objects.requireNonNull(found, () -> "detector returned null for document " + doc.id());
            scorer.add(doc, found, nanos);
        }
        return scorer.report();
    }
}

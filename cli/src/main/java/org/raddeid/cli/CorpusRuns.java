package org.raddeid.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.raddeid.cli.io.Progress;
import org.raddeid.core.Analysis;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.RecognitionException;
import org.raddeid.corpora.LabelledDocument;
import org.raddeid.evaluation.CaseVariant;
import org.raddeid.evaluation.EvaluationReport;
import org.raddeid.evaluation.FlagRateReport;
import org.raddeid.evaluation.FlagRateScorer;
import org.raddeid.evaluation.Scorer;

/**
 * Runs a {@link Deidentifier} over the documents of a corpus in parallel, with a progress line, and scores what it
 * finds: against gold labels ({@link #score}) or as flags on PHI-free text ({@link #flags}). A document the engine
 * cannot analyse counts as nothing found (fail closed: every PHI token of it leaks) and is reported on {@code err} by
 * id, never by content. Not thread-safe; one per command run.
 */
final class CorpusRuns {

    private final Deidentifier deid;
    private final PrintWriter err;
    private final List<String> failures = new ArrayList<>();
    private final List<String> degraded = new ArrayList<>();

    private final int listLimit;

    /** Runs {@code deid}, reporting on {@code err}; reports list up to {@code listLimit} misses and false positives. */
    CorpusRuns(Deidentifier deid, PrintWriter err, int listLimit) {
        this.deid = deid;
        this.err = err;
        this.listLimit = listLimit;
    }

    /** Returns the failures of every run so far ("document ID: reason"). */
    List<String> failures() {
        return failures;
    }

    /** Returns one note per run that had degraded documents (scored without an optional recognizer). */
    List<String> degraded() {
        return degraded;
    }

    /** Scores {@code docs} in {@code variant} against their gold labels; {@code label} names the run in messages. */
    EvaluationReport score(List<LabelledDocument> docs, String corpusName, CaseVariant variant, String label) {
        Scorer scorer = new Scorer(corpusName, deid.ensemble().name(), listLimit, System::nanoTime);
        run(docs, variant, label, (doc, spans, nanos) -> scorer.add(doc, spans, nanos));
        return scorer.report();
    }

    /** Scores what is flagged on the PHI-free {@code docs} in {@code variant}; their labels, if any, are ignored. */
    FlagRateReport flags(List<LabelledDocument> docs, String corpusName, CaseVariant variant, String label) {
        FlagRateScorer scorer = new FlagRateScorer(corpusName, deid.ensemble().name(), variant, listLimit);
        run(docs, variant, label, (doc, spans, nanos) -> scorer.add(doc.id(), doc.text(), spans));
        return scorer.report();
    }

    /** Receives one analysed document: in its variant, with the spans found and the time taken. */
    private interface Sink {
        void accept(LabelledDocument doc, List<PhiSpan> spans, long nanos);
    }

    private void run(List<LabelledDocument> docs, CaseVariant variant, String label, Sink sink) {
        Progress progress = new Progress(err, Progress.isTerminal(), docs.size(), label);
        AtomicLong done = new AtomicLong();
        ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> degradedDocs = new ConcurrentLinkedQueue<>();
        docs.parallelStream().map(variant::apply).forEach(doc -> {
            long t0 = System.nanoTime();
            try {
                Analysis a = deid.analyze(doc.text());
                sink.accept(doc, a.spans(), System.nanoTime() - t0);
                a.degraded().forEach(d -> degradedDocs.add(d.recognizer() + ": " + d.reason()));
            } catch (RecognitionException | IllegalArgumentException e) {
                sink.accept(doc, List.of(), System.nanoTime() - t0);
                failed.add("document " + doc.id() + ": " + e.getMessage());
            }
            long d = done.incrementAndGet();
            synchronized (progress) {
                progress.update(d, d);
            }
        });
        progress.finish(docs.size(), docs.size());
        failed.forEach(f -> err.println(label + ": " + f + " (scored as nothing found)"));
        failures.addAll(failed);
        if (!degradedDocs.isEmpty()) {
            // Never silently: these documents were scored without an optional recognizer (the LLM in degrade mode).
            String note = degradedDocs.size() + " of " + docs.size() + " document(s) DEGRADED in " + label
                    + ", scored without an optional recognizer (first: " + degradedDocs.peek() + ")";
            err.println(label + ": " + note);
            degraded.add(note);
        }
    }
}

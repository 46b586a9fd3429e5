package org.raddeid.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.normalize.RecognitionView;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.rewrite.Rewriter;
import org.raddeid.core.text.AnalyzedText;

/**
 * The one entry point every bridge calls: {@link #analyze} finds PHI, {@link #deidentify} also rewrites it by a
 * {@link Policy}.
 *
 * <p>Thread-safe when its ensemble is; build one per process and share it.
 */
public final class Deidentifier {

    /** The default longest text accepted, in chars (10 MiB of ASCII). */
    public static final int DEFAULT_MAX_CHARS = 10 * 1024 * 1024;

    private final Ensemble ensemble;
    private final int maxChars;

    /** Creates a facade over {@code ensemble} that accepts texts up to {@link #DEFAULT_MAX_CHARS}. */
    public Deidentifier(Ensemble ensemble) {
        this(ensemble, DEFAULT_MAX_CHARS);
    }

    /** Creates a facade over {@code ensemble} that rejects texts longer than {@code maxChars}. */
    public Deidentifier(Ensemble ensemble, int maxChars) {
        this.ensemble = Objects.requireNonNull(ensemble, "ensemble");
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be > 0, was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** Returns the ensemble in use. */
    public Ensemble ensemble() {
        return ensemble;
    }

    /**
     * Finds PHI in {@code text}. Does not change it.
     *
     * @throws IllegalArgumentException when the text is longer than the limit (the message gives lengths only)
     * @throws RecognitionException when a recognizer fails (fail closed)
     */
    public Analysis analyze(String text) {
        return analyze(text, KnownIdentifiers.NONE);
    }

    /**
     * Finds PHI in {@code text}, including every occurrence of the caller's {@code known} identifiers for this
     * report (in any case or spacing). Does not change the text.
     *
     * @throws IllegalArgumentException when the text is longer than the limit (the message gives lengths only)
     * @throws RecognitionException when a recognizer fails (fail closed)
     */
    public Analysis analyze(String text, KnownIdentifiers known) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(known, "known");
        if (text.length() > maxChars) {
            throw new IllegalArgumentException(
                    "text is " + text.length() + " chars, longer than the limit of " + maxChars);
        }
        WorkInterruptedException.check();
        long t0 = System.nanoTime();
        // Recognizers see the text with hiding characters (controls, zero-width, a backslash inside a word) taken
        // out; what they find is mapped back to the original. The ensemble's own view (such as restored case) is
        // built once over that, and the recognizers, the known identifiers and the ensemble's rules all read it.
        RecognitionView view = RecognitionView.of(text);
        AnalyzedText analyzed = ensemble.view(new AnalyzedText(view.text()));
        Ensemble.Candidates found = ensemble.collect(analyzed);
        WorkInterruptedException.check();
        List<PhiSpan> candidates = found.spans();
        if (!known.isEmpty()) {
            candidates = new ArrayList<>(candidates);
            candidates.addAll(known.find(analyzed));
            candidates.sort(PhiSpan.ORDER);
        }
        List<PhiSpan> spans = ensemble.resolve(analyzed, candidates);
        return new Analysis(view.toOriginal(spans), view.toOriginal(candidates), System.nanoTime() - t0,
                found.degraded());
    }

    /**
     * Finds PHI in {@code text} and rewrites it by {@code policy}. The result holds the new text and, per span, where it
     * was, where its replacement is and which operator made it; never the original text.
     *
     * @param context the secret and the patient key (or document id) keyed operators use
     * @throws IllegalArgumentException when the text is longer than the limit (the message gives lengths only)
     * @throws RecognitionException when a recognizer fails (fail closed: nothing is returned)
     */
    public DeidResult deidentify(String text, Policy policy, RewriteContext context, KnownIdentifiers known) {
        return explain(text, policy, context, known).result();
    }

    /**
     * What {@link #deidentify} does, keeping the analysis too: for callers that show why each span was found (which
     * recognizers, their scores) beside what replaced it, without analysing the text twice.
     *
     * @param analysis the spans found and every recognizer's candidates
     * @param result the rewritten text and its replacements
     */
    public record Explained(Analysis analysis, DeidResult result) {
    }

    /**
     * Finds PHI in {@code text}, rewrites it by {@code policy} and returns both the analysis and the result.
     *
     * @throws IllegalArgumentException when the text is longer than the limit (the message gives lengths only)
     * @throws RecognitionException when a recognizer fails (fail closed: nothing is returned)
     * @throws WorkInterruptedException when the thread is interrupted (checked before, between and after the steps)
     */
    public Explained explain(String text, Policy policy, RewriteContext context, KnownIdentifiers known) {
        Analysis a = analyze(text, known);
        WorkInterruptedException.check();
        return new Explained(a, Rewriter.rewrite(text, a.spans(), policy, context));
    }
}

package org.raddeid.core;

import java.util.List;
import java.util.Objects;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.text.AnalyzedText;

/**
 * The one entry point every bridge calls. For now it finds PHI; rewriting (redaction, surrogates) comes later.
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
        Objects.requireNonNull(text, "text");
        if (text.length() > maxChars) {
            throw new IllegalArgumentException(
                    "text is " + text.length() + " chars, longer than the limit of " + maxChars);
        }
        long t0 = System.nanoTime();
        AnalyzedText analyzed = new AnalyzedText(text);
        List<PhiSpan> candidates = ensemble.candidates(analyzed);
        List<PhiSpan> spans = Ensemble.merge(candidates);
        return new Analysis(spans, candidates, System.nanoTime() - t0);
    }
}

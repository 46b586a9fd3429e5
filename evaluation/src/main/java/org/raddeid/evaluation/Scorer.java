package org.raddeid.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.text.CodePoints;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;

/**
 * Accumulates the scores of documents one at a time, so a caller can stream a corpus and time its detector itself,
 * then builds the {@link EvaluationReport}. See {@link TokenScores}, {@link EntityScores} and {@link GroupScore} for
 * the rules.
 *
 * <p>Thread-safe: {@link #add} and {@link #report} are synchronised, so detectors may run in parallel and hand their
 * results to one scorer; misses and false positives are then listed in the order documents were added. Never changes
 * its inputs. Logs nothing.
 */
public final class Scorer {

    /** How many code points of context misses and false positives carry on each side. */
    public static final int CONTEXT_CODE_POINTS = 40;
    /** How many misses and how many false positives a report lists by default. */
    public static final int DEFAULT_LIST_LIMIT = 200;

    private final String corpus;
    private final String ensemble;
    private final int listLimit;
    private final LongSupplier clock;
    private final long startNanos;
    private final Map<Grouping, Map<String, Tally>> tallies = new EnumMap<>(Grouping.class);
    private final List<Miss> misses = new ArrayList<>();
    private final List<FalsePositive> falsePositives = new ArrayList<>();
    private long docs;
    private long docsWithLeak;
    private long chars;
    private long detectorNanos;
    private long missesTotal;
    private long falsePositivesTotal;

    /**
     * A scorer listing up to {@value #DEFAULT_LIST_LIMIT} misses and false positives, timing the wall clock with
     * {@link System#nanoTime()} from now.
     *
     * @param corpus a label for the corpus, or null
     * @param ensemble the detector's name, or null
     */
    public Scorer(String corpus, String ensemble) {
        this(corpus, ensemble, DEFAULT_LIST_LIMIT, System::nanoTime);
    }

    /**
     * A scorer with a list limit and a clock (nanoseconds, as {@link System#nanoTime()}), read now and at the report.
     *
     * @param corpus a label for the corpus, or null
     * @param ensemble the detector's name, or null
     * @param listLimit how many misses, and how many false positives, to list ({@code >= 0}); all are counted
     * @param clock the wall clock
     */
    public Scorer(String corpus, String ensemble, int listLimit, LongSupplier clock) {
        if (listLimit < 0) {
            throw new IllegalArgumentException("list limit must be >= 0, was " + listLimit);
        }
        this.corpus = corpus;
        this.ensemble = ensemble;
        this.listLimit = listLimit;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.startNanos = clock.getAsLong();
        for (Grouping g : Grouping.values()) {
            tallies.put(g, new HashMap<>());
        }
    }

    /**
     * Scores one document.
     *
     * @param gold the document with its gold annotations
     * @param found the spans the detector found in {@code gold.text()} (char offsets), in any order, duplicates allowed
     * @param detectorNanos how long the detector took on this document, {@code >= 0}
     * @throws IllegalArgumentException when a found span ends beyond the text or splits a surrogate pair (the message
     *     names the document id and offsets only)
     */
    public synchronized void add(LabelledDocument gold, List<PhiSpan> found, long detectorNanos) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(found, "found");
        if (detectorNanos < 0) {
            throw new IllegalArgumentException("detector time must be >= 0, was " + detectorNanos);
        }
        String text = gold.text();
        CodePoints cps = CodePoints.of(text);
        for (PhiSpan s : found) {
            checkBounds(gold.id(), s, cps);
        }
        DocumentScoring scoring = new DocumentScoring(gold, found);
        tallies.forEach((g, byKey) -> scoring.addTo(g, byKey));
        docs++;
        chars += cps.codePointLength();
        this.detectorNanos += detectorNanos;
        if (scoring.hasLeak()) {
            docsWithLeak++;
        }
        for (Annotation a : scoring.misses()) {
            missesTotal++;
            if (misses.size() < listLimit) {
                Excerpt e = Excerpt.of(text, cps, a.start(), a.end());
                misses.add(new Miss(gold.id(), e.start(), e.end(), a.type().name(),
                        a.subtype() == null ? null : a.subtype().name(), a.origin(), scoring.partlyFound(a),
                        e.text(), e.before(), e.after()));
            }
        }
        for (PhiSpan s : scoring.falsePositives()) {
            falsePositivesTotal++;
            if (falsePositives.size() < listLimit) {
                Excerpt e = Excerpt.of(text, cps, s.start(), s.end());
                falsePositives.add(new FalsePositive(gold.id(), e.start(), e.end(), s.type().name(),
                        s.subtype() == null ? null : s.subtype().name(), s.recognizer(), s.score(), e.text(),
                        e.before(), e.after()));
            }
        }
    }

    /** Returns the report over the documents added so far; the scorer stays usable. */
    public synchronized EvaluationReport report() {
        Tally all = tallies.get(Grouping.ALL).getOrDefault(Grouping.ALL_KEY, new Tally());
        return new EvaluationReport(corpus, ensemble, docs, docsWithLeak, all.tokens(),
                new EntityScores(all.strict(), all.overlap()), groups(Grouping.TYPE), groups(Grouping.SUBTYPE),
                groups(Grouping.ORIGIN), Throughput.of(docs, chars, detectorNanos, clock.getAsLong() - startNanos),
                misses, falsePositives, missesTotal, falsePositivesTotal);
    }

    private Map<String, GroupScore> groups(Grouping g) {
        Map<String, GroupScore> out = new LinkedHashMap<>();
        tallies.get(g).keySet().stream().sorted(g.order())
                .forEach(k -> out.put(k, tallies.get(g).get(k).group()));
        return out;
    }

    private static void checkBounds(String docId, PhiSpan s, CodePoints cps) {
        if (s.end() > cps.charLength()) {
            throw new IllegalArgumentException("document " + docId + ": found span end " + s.end()
                    + " is beyond text length " + cps.charLength());
        }
        try {
            cps.toCodePoint(s.start());
            cps.toCodePoint(s.end());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("document " + docId + ": found span " + s.start() + ".." + s.end()
                    + " splits a surrogate pair", e);
        }
    }
}

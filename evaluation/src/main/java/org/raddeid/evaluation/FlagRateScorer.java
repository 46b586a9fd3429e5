package org.raddeid.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.CodePoints;
import org.raddeid.core.text.Token;

/**
 * Accumulates what a detector flags on PHI-free text, one document at a time, and builds the
 * {@link FlagRateReport}. Tokens are the alphanumeric tokens of {@link AnalyzedText}, as in {@link Scorer}; a token
 * is flagged when a found span covers any of its chars.
 *
 * <p>Thread-safe: {@link #add} and {@link #report} are synchronised. Never changes its inputs. Logs nothing.
 */
public final class FlagRateScorer {

    /** How many distinct flagged words a report lists. */
    public static final int TOP_WORDS = 40;

    private final String corpus;
    private final String ensemble;
    private final CaseVariant variant;
    private final int listLimit;
    private final Map<String, Long> words = new HashMap<>();
    private final Map<PhiType, Long> byType = new EnumMap<>(PhiType.class);
    private final List<FalsePositive> flagged = new ArrayList<>();
    private long docs;
    private long tokens;
    private long flaggedTokens;
    private long spans;
    private long docsWithFlag;

    /**
     * A scorer listing up to {@value Scorer#DEFAULT_LIST_LIMIT} found spans with their context.
     *
     * @param corpus a label for the corpus, or null
     * @param ensemble the detector's name, or null
     * @param variant the case variant the documents are in
     */
    public FlagRateScorer(String corpus, String ensemble, CaseVariant variant) {
        this(corpus, ensemble, variant, Scorer.DEFAULT_LIST_LIMIT);
    }

    /**
     * A scorer listing up to {@code listLimit} found spans with their context.
     *
     * @throws IllegalArgumentException when {@code listLimit} is negative
     */
    public FlagRateScorer(String corpus, String ensemble, CaseVariant variant, int listLimit) {
        if (listLimit < 0) {
            throw new IllegalArgumentException("list limit must be >= 0, was " + listLimit);
        }
        this.corpus = corpus;
        this.ensemble = ensemble;
        this.variant = Objects.requireNonNull(variant, "variant");
        this.listLimit = listLimit;
    }

    /**
     * Scores one document.
     *
     * @param docId the document's id, for the listed spans
     * @param text the document's text, in the scorer's variant
     * @param found the spans found in it (char offsets), any order
     * @throws IllegalArgumentException when a span ends beyond the text (the message names the id and offsets only)
     */
    public synchronized void add(String docId, String text, List<PhiSpan> found) {
        AnalyzedText at = new AnalyzedText(text);
        PhiSpan[] cover = new PhiSpan[text.length()];
        for (PhiSpan s : found) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("document " + docId + ": found span end " + s.end()
                        + " is beyond text length " + text.length());
            }
            for (int c = s.start(); c < s.end(); c++) {
                if (cover[c] == null) {
                    cover[c] = s;
                }
            }
        }
        String lower = at.lowerCase();
        for (Token t : at.tokens()) {
            if (!t.isAlphanumeric()) {
                continue;
            }
            tokens++;
            PhiSpan by = coveredBy(cover, t);
            if (by != null) {
                flaggedTokens++;
                words.merge(lower.substring(t.start(), t.end()), 1L, Long::sum);
                byType.merge(by.type(), 1L, Long::sum);
            }
        }
        docs++;
        spans += found.size();
        if (!found.isEmpty()) {
            docsWithFlag++;
        }
        CodePoints cps = at.codePoints();
        List<PhiSpan> ordered = new ArrayList<>(found);
        ordered.sort(PhiSpan.ORDER);
        for (PhiSpan s : ordered) {
            if (flagged.size() >= listLimit) {
                break;
            }
            Excerpt e = Excerpt.of(text, cps, s.start(), s.end());
            flagged.add(new FalsePositive(docId, e.start(), e.end(), s.type().name(),
                    s.subtype() == null ? null : s.subtype().name(), s.recognizer(), s.score(), e.text(), e.before(),
                    e.after()));
        }
    }

    /** Returns the report over the documents added so far; the scorer stays usable. */
    public synchronized FlagRateReport report() {
        Map<String, Long> types = new LinkedHashMap<>();
        byType.forEach((t, n) -> types.put(t.name(), n));
        List<FlagRateReport.FlaggedWord> top = words.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_WORDS).map(e -> new FlagRateReport.FlaggedWord(e.getKey(), e.getValue())).toList();
        Double rate = tokens == 0 ? null : 1000.0 * flaggedTokens / tokens;
        return new FlagRateReport(corpus, ensemble, variant.label(), docs, tokens, flaggedTokens, rate, spans, types,
                top, flagged, docsWithFlag);
    }

    private static PhiSpan coveredBy(PhiSpan[] cover, Token t) {
        for (int c = t.start(); c < t.end(); c++) {
            if (cover[c] != null) {
                return cover[c];
            }
        }
        return null;
    }
}

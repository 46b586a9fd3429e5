package org.raddeid.core.ensemble;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.raddeid.core.Degradation;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.RecognitionException;
import org.raddeid.core.Recognizer;
import org.raddeid.core.RecognizerUnavailableException;
import org.raddeid.core.text.AnalyzedText;

/**
 * Runs a fixed list of recognizers over a text and merges what they find, recall first.
 *
 * <p>Merging: spans that overlap (share at least one char) form a cluster, and each cluster becomes one span covering
 * all of them, so nothing any recognizer found is lost. The merged span takes the type and subtype of the member with
 * the highest score; equal scores are resolved by {@link PhiType#precedence()}, then by the longer span; but a member
 * covering the whole merged extent, scored at most {@code 0.15} lower, gives its type instead (a street address
 * holding a name-like street name stays a street). Its score is that member's score, and its recognizer name joins the distinct member names with {@code +} in alphabetical order.
 *
 * <p>Fail closed: if any recognizer throws, {@link #recognize} and {@link #candidates} throw
 * {@link RecognitionException} naming it. Only {@link #collect} goes on without an {@link Recognizer#optional()
 * optional} recognizer that throws {@link RecognizerUnavailableException}, and it says so in its result.
 *
 * <p>Immutable and thread-safe when its recognizers are.
 */
public final class Ensemble {

    private final String name;
    private final List<Recognizer> recognizers;
    private final EnsemblePolicy policy;

    /**
     * Creates an ensemble.
     *
     * @param name the ensemble's name, shown in outputs and reports
     * @param recognizers the recognizers to run, in order; copied; names must be distinct
     */
    public Ensemble(String name, List<? extends Recognizer> recognizers) {
        this(name, recognizers, EnsemblePolicy.UNION);
    }

    /**
     * Creates an ensemble that resolves candidates by {@code policy}.
     *
     * @param name the ensemble's name, shown in outputs and reports
     * @param recognizers the recognizers to run, in order; copied; names must be distinct
     * @param policy thresholds, veto and propagation
     */
    public Ensemble(String name, List<? extends Recognizer> recognizers, EnsemblePolicy policy) {
        this.name = Objects.requireNonNull(name, "name");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.recognizers = List.copyOf(recognizers);
        Set<String> seen = new TreeSet<>();
        for (Recognizer r : this.recognizers) {
            if (!seen.add(r.name())) {
                throw new IllegalArgumentException("duplicate recognizer name '" + r.name() + "' in ensemble " + name);
            }
        }
    }

    /** Returns the ensemble's name. */
    public String name() {
        return name;
    }

    /** Returns the policy that resolves candidates. */
    public EnsemblePolicy policy() {
        return policy;
    }

    /** Returns an ensemble with the same policy over {@code subset} of recognizers, named {@code newName}. */
    public Ensemble withRecognizers(String newName, List<? extends Recognizer> subset) {
        return new Ensemble(newName, subset, policy);
    }

    /** Returns the recognizers, in run order. Unmodifiable. */
    public List<Recognizer> recognizers() {
        return recognizers;
    }

    /** Returns the union of the types the recognizers report. */
    public Set<PhiType> types() {
        Set<PhiType> types = EnumSet.noneOf(PhiType.class);
        recognizers.forEach(r -> types.addAll(r.types()));
        return types;
    }

    /**
     * The raw spans of every recognizer that answered, and the optional ones that did not. Immutable.
     *
     * @param spans every candidate span, in {@link PhiSpan#ORDER}
     * @param degraded the optional recognizers left out, in run order; empty when all answered
     */
    public record Candidates(List<PhiSpan> spans, List<Degradation> degraded) {
        public Candidates {
            spans = List.copyOf(spans);
            degraded = List.copyOf(degraded);
        }
    }

    /**
     * Runs every recognizer and returns the raw spans, in {@link PhiSpan#ORDER}. Does not change {@code text}. Fails
     * closed for every recognizer, optional or not: callers that can show a degraded result use {@link #collect}.
     *
     * @throws RecognitionException when a recognizer fails
     */
    public List<PhiSpan> candidates(AnalyzedText text) {
        return run(text, false).spans();
    }

    /**
     * Runs every recognizer and returns the raw spans plus the {@link Recognizer#optional() optional} recognizers
     * that threw {@link RecognizerUnavailableException} and were left out. Does not change {@code text}.
     *
     * @throws RecognitionException when a recognizer that is not optional fails, or an optional one fails otherwise
     */
    public Candidates collect(AnalyzedText text) {
        return run(text, true);
    }

    /**
     * Returns what the recognizers read for {@code text}: the policy's {@link TextView} of it, built once (a text
     * that already is a view is returned as it is). Offsets in the view are offsets in the text.
     */
    public AnalyzedText view(AnalyzedText text) {
        return text.isRecased() ? text : policy.view().of(text);
    }

    private Candidates run(AnalyzedText original, boolean mayDegrade) {
        AnalyzedText text = view(original);
        List<PhiSpan> all = new ArrayList<>();
        List<Degradation> degraded = new ArrayList<>();
        for (Recognizer r : recognizers) {
            List<PhiSpan> found;
            try {
                found = r.recognize(text);
            } catch (RecognizerUnavailableException e) {
                if (!(mayDegrade && r.optional())) {
                    throw new RecognitionException(r.name(), e);
                }
                degraded.add(new Degradation(r.name(), String.valueOf(e.getMessage())));
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                throw new RecognitionException(r.name(), e);
            }
            for (PhiSpan s : found) {
                if (s.end() > text.length()) {
                    throw new RecognitionException(r.name(),
                            new IllegalStateException("span end " + s.end() + " beyond text length " + text.length()));
                }
                all.add(s);
            }
        }
        all.sort(PhiSpan.ORDER);
        return new Candidates(all, degraded);
    }

    /**
     * Runs every recognizer and returns the merged spans, non-overlapping and in {@link PhiSpan#ORDER}.
     *
     * @throws RecognitionException when a recognizer fails
     */
    public List<PhiSpan> recognize(AnalyzedText text) {
        AnalyzedText view = view(text); // built once for the recognizers and the rules
        return resolve(view, candidates(view));
    }

    /**
     * Resolves raw candidates into the answer by the {@link EnsemblePolicy}: thresholds, veto of weak hits, union,
     * propagation of recurring names and identifiers, joining of adjacent name parts. Returns non-overlapping spans in
     * {@link PhiSpan#ORDER}.
     */
    public List<PhiSpan> resolve(AnalyzedText original, List<PhiSpan> candidates) {
        AnalyzedText text = view(original);
        List<PhiSpan> kept = new ArrayList<>(candidates.size());
        for (PhiSpan s : policy.discipline().applyAll(text, candidates)) {
            if (admitted(text, s)) {
                kept.add(s);
            }
        }
        List<PhiSpan> merged = merge(kept);
        if (policy.propagate()) {
            List<PhiSpan> seeds = new ArrayList<>(merged.size());
            for (PhiSpan s : merged) {
                if (s.type() != PhiType.NAME || strongSeed(s)) {
                    seeds.add(s);
                }
            }
            List<PhiSpan> more = policy.discipline().applyAll(text, Propagation.recurrences(text, seeds,
                    policy.commonWord(), policy.neverPropagated()));
            if (!more.isEmpty()) {
                more = new ArrayList<>(more);
                more.removeIf(s -> !admitted(text, s));
                more.addAll(merged);
                merged = merge(more);
            }
        }
        return joinNames(text.text(), merged);
    }

    /** A name found by a cue, or by two recognizers that are not propagation itself, may propagate. */
    private boolean strongSeed(PhiSpan s) {
        int independent = 0;
        for (String r : s.recognizer().split("\\+")) {
            if (policy.cueRecognizer().test(r)) {
                return true;
            }
            if (!r.equals(Propagation.NAME)) {
                independent++;
            }
        }
        return independent >= 2;
    }

    private boolean admitted(AnalyzedText text, PhiSpan s) {
        if (s.score() < policy.threshold(s.type())) {
            return false;
        }
        return !(EnsemblePolicy.vetoable(s.type()) && s.score() < policy.vetoBelow() && policy.veto().vetoes(text, s));
    }

    /** Joins NAME spans separated only by spaces and a comma ({@code SMITH, JOHN}) or an initial's period. */
    static List<PhiSpan> joinNames(String text, List<PhiSpan> spans) {
        List<PhiSpan> out = new ArrayList<>(spans.size());
        for (PhiSpan s : spans) {
            if (!out.isEmpty()) {
                PhiSpan prev = out.get(out.size() - 1);
                if (prev.type() == PhiType.NAME && s.type() == PhiType.NAME && joinable(text, prev, s.start())) {
                    PhiSpan best = beats(s, prev) ? s : prev;
                    TreeSet<String> names = new TreeSet<>(List.of(prev.recognizer().split("\\+")));
                    names.addAll(List.of(s.recognizer().split("\\+")));
                    out.set(out.size() - 1, new PhiSpan(prev.start(), s.end(), PhiType.NAME,
                            prev.subtype() != null ? prev.subtype() : s.subtype(), best.score(),
                            String.join("+", names)));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** A comma and spaces may separate name parts; a period only after an initial ({@code J. Smith}). */
    private static boolean joinable(String text, PhiSpan prev, int to) {
        int from = prev.end();
        if (to - from > 3) {
            return false;
        }
        int punct = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || (c == '.' && prev.length() == 1)) {
                punct++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return punct <= 1;
    }

    /**
     * Merges spans as described in the class comment. Returns a new list; the argument is not changed.
     *
     * @param spans spans in any order
     */
    public static List<PhiSpan> merge(List<PhiSpan> spans) {
        List<PhiSpan> sorted = new ArrayList<>(spans);
        sorted.sort(PhiSpan.ORDER);
        List<PhiSpan> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            PhiSpan best = sorted.get(i);
            int end = best.end();
            int start = best.start();
            TreeSet<String> names = new TreeSet<>();
            names.add(best.recognizer());
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).start() < end) {
                PhiSpan s = sorted.get(j);
                end = Math.max(end, s.end());
                names.add(s.recognizer());
                if (beats(s, best)) {
                    best = s;
                }
                j++;
            }
            best = wholeExtent(sorted.subList(i, j), start, end, best);
            out.add(new PhiSpan(start, end, best.type(), best.subtype(), best.score(), String.join("+", names)));
            i = j;
        }
        return out;
    }

    /** How far below the best score a span covering the whole merged extent may be and still give its type. */
    static final double COVER_MARGIN = 0.15;

    /**
     * The span whose type the merged span takes: {@code best}, unless {@code best} covers only part of the extent and
     * another candidate covers all of it with a score within {@link #COVER_MARGIN}. A street address found by a
     * pattern ({@code 9835 Madison Place}) stays a street though a name finder scores {@code Madison Place} as a name
     * a little higher: the span that explains the whole text explains its type.
     */
    private static PhiSpan wholeExtent(List<PhiSpan> cluster, int start, int end, PhiSpan best) {
        if (best.start() == start && best.end() == end) {
            return best;
        }
        PhiSpan cover = null;
        for (PhiSpan s : cluster) {
            if (s.start() == start && s.end() == end && s.score() >= best.score() - COVER_MARGIN
                    && (cover == null || beats(s, cover))) {
                cover = s;
            }
        }
        return cover == null ? best : cover;
    }

    private static boolean beats(PhiSpan a, PhiSpan b) {
        if (a.score() != b.score()) {
            return a.score() > b.score();
        }
        if (a.type() != b.type()) {
            return a.type().precedence() < b.type().precedence();
        }
        return a.length() > b.length();
    }
}

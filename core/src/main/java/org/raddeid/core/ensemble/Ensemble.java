package org.raddeid.core.ensemble;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.RecognitionException;
import org.raddeid.core.Recognizer;
import org.raddeid.core.text.AnalyzedText;

/**
 * Runs a fixed list of recognizers over a text and merges what they find, recall first.
 *
 * <p>Merging: spans that overlap (share at least one char) form a cluster, and each cluster becomes one span covering
 * all of them, so nothing any recognizer found is lost. The merged span takes the type and subtype of the member with
 * the highest score; equal scores are resolved by {@link PhiType#precedence()}, then by the longer span. Its score is
 * that highest score, and its recognizer name joins the distinct member names with {@code +} in alphabetical order.
 *
 * <p>Fail closed: if any recognizer throws, {@link #recognize} throws {@link RecognitionException} naming it.
 *
 * <p>Immutable and thread-safe when its recognizers are.
 */
public final class Ensemble {

    private final String name;
    private final List<Recognizer> recognizers;

    /**
     * Creates an ensemble.
     *
     * @param name the ensemble's name, shown in outputs and reports
     * @param recognizers the recognizers to run, in order; copied; names must be distinct
     */
    public Ensemble(String name, List<? extends Recognizer> recognizers) {
        this.name = Objects.requireNonNull(name, "name");
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
     * Runs every recognizer and returns the raw spans, in {@link PhiSpan#ORDER}. Does not change {@code text}.
     *
     * @throws RecognitionException when a recognizer fails
     */
    public List<PhiSpan> candidates(AnalyzedText text) {
        List<PhiSpan> all = new ArrayList<>();
        for (Recognizer r : recognizers) {
            List<PhiSpan> found;
            try {
                found = r.recognize(text);
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
        return all;
    }

    /**
     * Runs every recognizer and returns the merged spans, non-overlapping and in {@link PhiSpan#ORDER}.
     *
     * @throws RecognitionException when a recognizer fails
     */
    public List<PhiSpan> recognize(AnalyzedText text) {
        return merge(candidates(text));
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
            out.add(new PhiSpan(start, end, best.type(), best.subtype(), best.score(), String.join("+", names)));
            i = j;
        }
        return out;
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

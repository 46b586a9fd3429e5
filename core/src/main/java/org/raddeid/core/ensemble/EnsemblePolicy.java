package org.raddeid.core.ensemble;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.raddeid.core.PhiType;

/**
 * How an {@link Ensemble} turns raw candidates into its answer, recall first.
 *
 * <ol>
 *   <li>A candidate scoring below its type's threshold is dropped.</li>
 *   <li>A NAME, LOCATION or PROFESSION candidate scoring below {@code vetoBelow} is dropped when the {@code veto} (a
 *       medical vocabulary allowlist) says so. Dates, identifiers, contacts and ages are never vetoed.</li>
 *   <li>Overlapping survivors are unioned ({@link Ensemble#merge}).</li>
 *   <li>With {@code propagate}, a name or identifier found once is marked wherever it recurs in the same text, names
 *       also by their parts ({@link Propagation}); {@code commonWord} marks name parts that are everyday words, which
 *       propagate only to capitalised occurrences, and {@code neverPropagated} parts that never propagate. Only
 *       strong names propagate: found by a {@code cueRecognizer} or by two recognizers.</li>
 *   <li>Name spans separated only by spaces and a comma, or by an initial's period, are joined into one.</li>
 * </ol>
 *
 * @param thresholds minimum score per type; a missing type has threshold 0
 * @param veto the allowlist consulted for weak name, location and profession hits
 * @param vetoBelow candidates scoring at or above this are never vetoed
 * @param propagate whether to mark recurrences of found names and identifiers
 * @param commonWord true for lower-cased words that are common English or medical words
 * @param neverPropagated true for lower-cased words that may sit inside a name span but are no name (titles,
 *     credentials, institution words: {@code Dr}, {@code MD}, {@code Hospital})
 * @param view what the recognizers and these rules read instead of the text (restored case), {@link TextView#IDENTITY}
 *     for the text itself
 * @param discipline the shape every name and place candidate is cut to before merging ({@link SpanDiscipline#NONE}
 *     to leave them as found)
 * @param cueRecognizer true for recognizer names whose names are found by a cue (a title, a label, a credential, the
 *     caller's known identifiers): only a name found by one of them, or by two recognizers, propagates
 */
public record EnsemblePolicy(Map<PhiType, Double> thresholds, Veto veto, double vetoBelow, boolean propagate,
        Predicate<String> commonWord, Predicate<String> neverPropagated, TextView view, SpanDiscipline discipline,
        Predicate<String> cueRecognizer) {

    /** Plain union: no thresholds, no veto, no propagation. */
    public static final EnsemblePolicy UNION = new EnsemblePolicy(Map.of(), Veto.NONE, 0.0, false, w -> false);

    /** A policy that may propagate every word of a name and reads the text as it is. */
    public EnsemblePolicy(Map<PhiType, Double> thresholds, Veto veto, double vetoBelow, boolean propagate,
            Predicate<String> commonWord) {
        this(thresholds, veto, vetoBelow, propagate, commonWord, w -> false);
    }

    /** A policy that reads the text as it is. */
    public EnsemblePolicy(Map<PhiType, Double> thresholds, Veto veto, double vetoBelow, boolean propagate,
            Predicate<String> commonWord, Predicate<String> neverPropagated) {
        this(thresholds, veto, vetoBelow, propagate, commonWord, neverPropagated, TextView.IDENTITY,
                SpanDiscipline.NONE, r -> true);
    }

    /** Returns this policy reading {@code newView} instead of the text. */
    public EnsemblePolicy withView(TextView newView) {
        return new EnsemblePolicy(thresholds, veto, vetoBelow, propagate, commonWord, neverPropagated, newView,
                discipline, cueRecognizer);
    }

    /** Returns this policy cutting name and place candidates to {@code newDiscipline}. */
    public EnsemblePolicy withDiscipline(SpanDiscipline newDiscipline) {
        return new EnsemblePolicy(thresholds, veto, vetoBelow, propagate, commonWord, neverPropagated, view,
                newDiscipline, cueRecognizer);
    }

    /**
     * Returns this policy propagating only names found by a recognizer for which {@code newCueRecognizer} holds, or by
     * two recognizers.
     */
    public EnsemblePolicy withCueRecognizers(Predicate<String> newCueRecognizer) {
        return new EnsemblePolicy(thresholds, veto, vetoBelow, propagate, commonWord, neverPropagated, view,
                discipline, newCueRecognizer);
    }

    public EnsemblePolicy {
        Map<PhiType, Double> t = new EnumMap<>(PhiType.class);
        t.putAll(Objects.requireNonNull(thresholds, "thresholds"));
        thresholds = Map.copyOf(t);
        Objects.requireNonNull(veto, "veto");
        Objects.requireNonNull(commonWord, "commonWord");
        Objects.requireNonNull(neverPropagated, "neverPropagated");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(discipline, "discipline");
        Objects.requireNonNull(cueRecognizer, "cueRecognizer");
    }

    /** Returns the threshold for {@code type}, 0 when none is set. */
    public double threshold(PhiType type) {
        return thresholds.getOrDefault(type, 0.0);
    }

    /** Returns true when the veto may drop spans of {@code type}. */
    public static boolean vetoable(PhiType type) {
        return type == PhiType.NAME || type == PhiType.LOCATION || type == PhiType.PROFESSION;
    }
}

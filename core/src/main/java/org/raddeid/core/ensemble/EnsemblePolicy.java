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
 *       propagate only to capitalised occurrences.</li>
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
 */
public record EnsemblePolicy(Map<PhiType, Double> thresholds, Veto veto, double vetoBelow, boolean propagate,
        Predicate<String> commonWord, Predicate<String> neverPropagated) {

    /** Plain union: no thresholds, no veto, no propagation. */
    public static final EnsemblePolicy UNION = new EnsemblePolicy(Map.of(), Veto.NONE, 0.0, false, w -> false);

    /** A policy that may propagate every word of a name. */
    public EnsemblePolicy(Map<PhiType, Double> thresholds, Veto veto, double vetoBelow, boolean propagate,
            Predicate<String> commonWord) {
        this(thresholds, veto, vetoBelow, propagate, commonWord, w -> false);
    }

    public EnsemblePolicy {
        Map<PhiType, Double> t = new EnumMap<>(PhiType.class);
        t.putAll(Objects.requireNonNull(thresholds, "thresholds"));
        thresholds = Map.copyOf(t);
        Objects.requireNonNull(veto, "veto");
        Objects.requireNonNull(commonWord, "commonWord");
        Objects.requireNonNull(neverPropagated, "neverPropagated");
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

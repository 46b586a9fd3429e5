package org.raddeid.evaluation;

/**
 * Entity-level counts and ratios under one matching rule (strict or overlap). Immutable.
 *
 * <p>Recall counts gold annotations, precision counts found spans; under the overlap rule one found span can match
 * two gold annotations, so the two numerators are kept apart: {@code tp} is the number of gold annotations matched and
 * {@code tpFound} the number of found spans matched. Under the strict rule they are equal. Ratios are null when their
 * denominator is zero (no gold, or nothing found).
 *
 * @param recall {@code tp / (tp + fn)}, or null without gold annotations
 * @param precision {@code tpFound / (tpFound + fp)}, or null when nothing was found
 * @param f1 harmonic mean of precision and recall, or null when either is null
 * @param tp gold annotations matched
 * @param fp found spans matching no gold annotation
 * @param fn gold annotations not matched
 * @param tpFound found spans matching a gold annotation
 */
public record EntityScore(Double recall, Double precision, Double f1, long tp, long fp, long fn, long tpFound) {

    /** Builds the score from its counts, computing the ratios. */
    public static EntityScore of(long tp, long fp, long fn, long tpFound) {
        Double r = Ratios.of(tp, tp + fn);
        Double p = Ratios.of(tpFound, tpFound + fp);
        return new EntityScore(r, p, Ratios.f1(p, r), tp, fp, fn, tpFound);
    }
}

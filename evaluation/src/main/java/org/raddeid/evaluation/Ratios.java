package org.raddeid.evaluation;

/** Ratio arithmetic shared by the scores: a zero denominator gives {@code null} ("not applicable"), never NaN. */
final class Ratios {

    private Ratios() {
    }

    /** Returns {@code num / den}, or null when {@code den} is zero. */
    static Double of(long num, long den) {
        return den == 0 ? null : (double) num / den;
    }

    /** Returns the harmonic mean of precision and recall; null when either is null, 0 when both are 0. */
    static Double f1(Double precision, Double recall) {
        if (precision == null || recall == null) {
            return null;
        }
        double sum = precision + recall;
        return sum == 0.0 ? 0.0 : 2.0 * precision * recall / sum;
    }
}

package org.raddeid.evaluation;

import java.util.Locale;

/**
 * Formats ratios for people: one decimal, rounded to the nearest (8/9 is 88.9%), except that a ratio below 1 never
 * shows as 100.0% (99.96% is 99.9%) and one above 0 never as 0.0%; null is "n/a".
 */
public final class Percent {

    static final String NOT_APPLICABLE = "n/a";

    private Percent() {
    }

    /** Returns e.g. {@code 97.3%}, or {@code n/a} for null. */
    public static String format(Double ratio) {
        if (ratio == null) {
            return NOT_APPLICABLE;
        }
        double tenths = Math.round(ratio * 1000.0);
        if (ratio < 1.0 && tenths >= 1000) {
            tenths = 999;
        } else if (ratio > 0.0 && tenths <= 0) {
            tenths = 1;
        }
        return String.format(Locale.ROOT, "%.1f%%", tenths / 10.0);
    }
}

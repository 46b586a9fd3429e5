package org.raddeid.evaluation;

import java.util.Locale;

/** Formats ratios for people: one decimal, rounded down so 99.96% never shows as 100.0%; null is "n/a". */
public final class Percent {

    static final String NOT_APPLICABLE = "n/a";

    private Percent() {
    }

    /** Returns e.g. {@code 97.3%}, or {@code n/a} for null. */
    public static String format(Double ratio) {
        if (ratio == null) {
            return NOT_APPLICABLE;
        }
        double tenths = Math.floor(ratio * 1000.0 + 1e-9);
        return String.format(Locale.ROOT, "%.1f%%", tenths / 10.0);
    }
}

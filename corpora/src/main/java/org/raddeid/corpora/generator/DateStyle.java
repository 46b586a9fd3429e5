package org.raddeid.corpora.generator;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The surface forms a date is written in. The generator records which style each labelled date used, so tests can
 * check coverage honestly. Only what {@link #format} returns is labelled: for {@link #ORDINAL} the caller writes
 * {@code "the "} before it as plain text.
 */
public enum DateStyle {
    /** {@code 03/14/2021} */
    US_SLASH,
    /** {@code 3/14/21} */
    US_SHORT,
    /** {@code 2021-03-14} */
    ISO,
    /** {@code March 14, 2021} */
    LONG,
    /** {@code 14 Mar 2021} */
    DAY_MONTH_YEAR,
    /** {@code Mar 14 2021} */
    MONTH_DAY_YEAR,
    /** {@code 14-MAR-2021} */
    DICOM_CAPS,
    /** {@code 20210314} */
    COMPACT,
    /** {@code March 2021} */
    MONTH_YEAR,
    /** {@code 14th of March} */
    ORDINAL,
    /** {@code 14.03.2021} */
    EUROPEAN_DOT,
    /** {@code 3/14}: month and day without a year, as clinical notes write most dates */
    MONTH_DAY,
    /** {@code 03/14} */
    MONTH_DAY_PADDED;

    /** The styles of structured reports, in the order the generator has always drawn them from. */
    static final DateStyle[] REPORT_STYLES = {US_SLASH, US_SHORT, ISO, LONG, DAY_MONTH_YEAR, MONTH_DAY_YEAR,
        DICOM_CAPS, COMPACT, MONTH_YEAR, ORDINAL, EUROPEAN_DOT};

    /** Returns {@code date} written in this style. Pure function; thread-safe. */
    public String format(LocalDate date) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        int y = date.getYear();
        String full = date.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
        String abbr = date.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
        return switch (this) {
            case US_SLASH -> String.format(Locale.ROOT, "%02d/%02d/%04d", m, d, y);
            case US_SHORT -> String.format(Locale.ROOT, "%d/%d/%02d", m, d, y % 100);
            case ISO -> String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
            case LONG -> full + " " + d + ", " + y;
            case DAY_MONTH_YEAR -> d + " " + abbr + " " + y;
            case MONTH_DAY_YEAR -> abbr + " " + d + " " + y;
            case DICOM_CAPS -> String.format(Locale.ROOT, "%02d-%s-%04d", d, abbr.toUpperCase(Locale.ROOT), y);
            case COMPACT -> String.format(Locale.ROOT, "%04d%02d%02d", y, m, d);
            case MONTH_YEAR -> full + " " + y;
            case ORDINAL -> d + ordinalSuffix(d) + " of " + full;
            case EUROPEAN_DOT -> String.format(Locale.ROOT, "%02d.%02d.%04d", d, m, y);
            case MONTH_DAY -> m + "/" + d;
            case MONTH_DAY_PADDED -> String.format(Locale.ROOT, "%02d/%02d", m, d);
        };
    }

    private static String ordinalSuffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}

package org.raddeid.recognizers.pattern;

import java.util.List;
import org.raddeid.core.PhiSubtype;

/**
 * Dates: numeric with 2- and 4-digit years, ISO 8601 (with time and zone), month names and abbreviations,
 * day-month-year, month-year, ordinal days. A time written right after a date is part of the date's span. A date after
 * a birth label ({@code DOB}, {@code Date of birth}, {@code born}) is a {@link PhiSubtype#DOB}.
 *
 * <p>Month/day without a year ({@code compared to 6/30}) is a date when the words around it say so
 * ({@link MonthDayGuard}): Safe Harbor removes every element of a date but the year, and clinical notes write most of
 * their dates this way.
 *
 * <p>Deliberately not dates: a bare year ({@code Fleischner 2017}, {@code in 1972}: guideline and device years are far
 * more common in reports than birth years, and HIPAA allows the year), a time alone, a bare month name, scores,
 * strengths, blood pressures and fractions written with a slash ({@code 2/4}, {@code strength 5/5}, {@code BP 90/60},
 * {@code 3/6 murmur}, {@code 1/2 inch}), vertebral levels ({@code C5/6}, {@code L4-L5}) and impossible dates
 * ({@code 02/31/2019}).
 */
public final class DatePatterns {

    private DatePatterns() {
    }

    /** Month names and abbreviations, lower-case alternation (the patterns using it are case-insensitive). */
    static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])";

    /** The three-letter stems of the month names, for the keyword prefilter. */
    private static final String[] MONTH_STEMS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    /** A month number and a day number joined by a slash, as written without a year ({@code 6/30}, {@code 07/22}). */
    static final String MONTH_DAY = "(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])";

    /** A clock time with optional seconds, fraction, am/pm and zone. */
    static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:\\s?[ap]\\.?m\\.?(?![a-z]))?"
            + "(?:z(?![a-z])|[+-]\\d{2}:?\\d{2}(?!\\d))?";

    /** A time attached to a date: after {@code T}, {@code @}, or white space (with an optional {@code at}). */
    static final String ATTACHED_TIME = "(?:(?:t|@|,?[ \\t]+(?:at[ \\t]+)?)" + TIME + ")?";

    private static final String BEFORE = "(?<![\\w.:/-])";
    private static final String AFTER = "(?![\\w/]|[.-]\\d)";
    private static final String ORDINAL = "(?:\\s?(?:st|nd|rd|th)(?![a-z]))?";
    private static final Relabel DOB = Relabel.to(PhiSubtype.DOB, "dob", "d.o.b", "date of birth", "birth date",
            "birthdate", "birthday", "born");

    /** Returns the date definitions. */
    public static List<PatternDefinition> definitions() {
        return List.of(
                date("date-iso", BEFORE + "\\d{4}(?<sep>[-/.])\\d{1,2}\\k<sep>\\d{1,2}" + ATTACHED_TIME + AFTER)
                        .score(0.9).validator(CalendarDates.YEAR_FIRST).digitReach(0).build(),
                date("date-numeric", BEFORE + "\\d{1,2}(?<sep>[-/.])\\d{1,2}\\k<sep>(?:\\d{4}|\\d{2})"
                        + ATTACHED_TIME + AFTER)
                        .score(0.85).validator(CalendarDates.DAY_MONTH_YEAR).digitReach(0).build(),
                date("date-numeric-month-year", BEFORE + "\\d{1,2}[-/](?:19|20)\\d{2}" + AFTER)
                        .score(0.6).validator(CalendarDates.MONTH_YEAR).digitReach(0).build(),
                date("date-month-day", "(?<![\\w-])" + MONTH + "\\.?(?:\\s+|-)\\d{1,2}" + ORDINAL
                        + "(?!\\d|:\\d|\\s?(?:mm|cm|%))(?:(?:,\\s*|\\s+)\\d{4}(?!\\d))?" + ATTACHED_TIME + "(?![\\w/])")
                        .score(0.85).validator(CalendarDates.MONTH_NAME).keywords(MONTH_STEMS).build(),
                date("date-day-month", BEFORE + "\\d{1,2}" + ORDINAL + "(?:\\s+(?:of\\s+)?|-|/|\\.)" + MONTH
                        + "\\.?(?:(?:,?\\s+|-|/)(?:\\d{4}|\\d{2})(?![\\w:]))?" + ATTACHED_TIME)
                        .score(0.85).validator(CalendarDates.MONTH_NAME).keywords(MONTH_STEMS).build(),
                date("date-month-year", "(?<![\\w-])" + MONTH + "\\.?(?:,?\\s+|-|/|\\s*')(?:\\d{4}|\\d{2})"
                        + "(?![\\w:/]|\\s?(?:mm|cm|%)|[.-]\\d)" + ATTACHED_TIME)
                        .score(0.75).validator(CalendarDates.MONTH_NAME).keywords(MONTH_STEMS).build(),
                // Month/day without a year (compared to 6/30, seen 10/6, 6/28-6/30): Safe Harbor removes it, but
                // clinicians write scores and fractions the same way, so the words around it decide (MonthDayGuard).
                date("date-month-day-numeric", "(?<![\\w.:/+-])" + MONTH_DAY + "(?:\\s?[-\u2013]\\s?" + MONTH_DAY
                        + ")?" + ATTACHED_TIME + "(?![\\w/]|\\.\\d)")
                        .score(MonthDayGuard.BARE).validator(CalendarDates.MONTH_DAY).guard(new MonthDayGuard())
                        .digitReach(0).build(),
                // a day of the week written out ("flew home on Tuesday"): an element of a date, as i2b2 labels it
                PatternDefinition.builder("date-weekday", PhiSubtype.DATE,
                        "(?<![\\w-])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY"
                        + "|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|monday|tuesday|wednesday|thursday|friday|saturday"
                        + "|sunday)(?![\\w-])")
                        .score(0.6).prefilter(Prefilter.NONE).keywords("day").build(),
                // DICOM's DA format; the year range keeps most 8-digit identifiers out, and an identifier that still
                // matches is PHI anyway.
                date("date-compact", BEFORE + "(?:1[89]|20|21)\\d{6}" + "(?:[ tT]?(?:[01]\\d|2[0-3]):?[0-5]\\d(?::?[0-5]\\d)?(?:\\s?[ap]\\.?m\\.?(?![a-z]))?)?"
                        + ATTACHED_TIME + AFTER)
                        .score(0.6).validator(CalendarDates.COMPACT).digitReach(0).build());
    }

    private static PatternDefinition.Builder date(String name, String regex) {
        return PatternDefinition.builder(name, PhiSubtype.DATE, regex).caseInsensitive().relabel(DOB);
    }
}

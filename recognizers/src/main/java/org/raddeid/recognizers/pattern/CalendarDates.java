package org.raddeid.recognizers.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validators that accept only real calendar dates: no 31 February, no month 13. Numeric dates may be month-first or
 * day-first; either reading being real is enough. Four-digit years must lie in {@value #MIN_YEAR}..{@value #MAX_YEAR}.
 * Stateless and thread-safe.
 */
public final class CalendarDates {

    /** The earliest four-digit year accepted. */
    public static final int MIN_YEAR = 1850;
    /** The latest four-digit year accepted. */
    public static final int MAX_YEAR = 2150;

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private CalendarDates() {
    }

    /** Year-first numeric dates ({@code 2021-03-14}, {@code 2021/3/4}, optionally followed by a time). */
    public static final Validator YEAR_FIRST = value -> {
        int[] n = leadingNumbers(value, 3);
        return n.length == 3 && isDate(n[0], n[1], n[2]);
    };

    /** Compact {@code YYYYMMDD} dates, the DICOM DA format ({@code 20140929}), optionally followed by a time. */
    public static final Validator COMPACT = value -> {
        if (value.length() < 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        int year = Integer.parseInt(value.substring(0, 4));
        return year >= MIN_YEAR && year <= MAX_YEAR
                && isDate(year, Integer.parseInt(value.substring(4, 6)), Integer.parseInt(value.substring(6, 8)));
    };

    /** Month- or day-first numeric dates with a 2- or 4-digit year ({@code 3/14/2021}, {@code 14.3.21}). */
    public static final Validator DAY_MONTH_YEAR = value -> {
        int[] n = leadingNumbers(value, 3);
        if (n.length != 3) {
            return false;
        }
        int year = n[2] < 100 ? 2000 + n[2] : n[2];
        if (n[2] >= 100 && (year < MIN_YEAR || year > MAX_YEAR)) {
            return false;
        }
        return isDate(year, n[0], n[1]) || isDate(year, n[1], n[0]);
    };

    /** Month and day without a year ({@code 6/30}, {@code 2/29}), optionally a range or a time after it. */
    public static final Validator MONTH_DAY = value -> {
        int[] n = leadingNumbers(value, 2);
        return n.length == 2 && isDate(2000, n[0], n[1]);
    };

    /** Numeric month and four-digit year ({@code 5/2021}, {@code 09-2021}). */
    public static final Validator MONTH_YEAR = value -> {
        int[] n = leadingNumbers(value, 2);
        return n.length == 2 && n[0] >= 1 && n[0] <= 12 && n[1] >= MIN_YEAR && n[1] <= MAX_YEAR;
    };

    /**
     * Dates with a month name ({@code March 4, 2021}, {@code 4th of Mar 2021}, {@code May-21}). A number of one or two
     * digits is the day when the text has another number or is not of the form month-number, else a two-digit year.
     * Without a four-digit year the month name must be capitalised: lower-case {@code may 15} is too often the verb.
     */
    public static final Validator MONTH_NAME = value -> {
        int month = monthOf(value);
        if (month < 0) {
            return false;
        }
        int[] n = leadingNumbers(value, 3);
        Integer day = null;
        Integer year = null;
        for (int x : n) {
            if (x >= 1000) {
                year = x;
            } else if (day == null) {
                day = x;
            } else if (year == null) {
                year = 2000 + x;
            }
        }
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            return false;
        }
        if (year == null && !startsMonthCapitalised(value)) {
            return false;
        }
        if (day == null) {
            return year != null;
        }
        return isDate(year == null ? 2000 : year, month + 1, day);
    };

    /** Returns true when {@code year-month-day} exists in the proleptic Gregorian calendar. */
    public static boolean isDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int[] days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        int max = month == 2 && leap ? 29 : days[month - 1];
        return day <= max;
    }

    /** Returns the month (0-11) of the first month name in {@code value}, or -1. */
    static int monthOf(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        int best = -1;
        int bestAt = Integer.MAX_VALUE;
        for (int m = 0; m < MONTHS.length; m++) {
            int at = lower.indexOf(MONTHS[m]);
            if (at >= 0 && at < bestAt) {
                best = m;
                bestAt = at;
            }
        }
        return best;
    }

    /**
     * Returns true when the month word is capitalised: the first run of letters that is not an ordinal suffix or
     * "of" ({@code 16th of February}, {@code February 16}) starts with a capital.
     */
    private static boolean startsMonthCapitalised(String value) {
        int i = 0;
        while (i < value.length()) {
            if (!Character.isLetter(value.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < value.length() && Character.isLetter(value.charAt(i))) {
                i++;
            }
            String word = value.substring(start, i).toLowerCase(java.util.Locale.ROOT);
            if (!ORDINAL_WORDS.contains(word)) {
                return Character.isUpperCase(value.charAt(start));
            }
        }
        return false;
    }

    private static final java.util.Set<String> ORDINAL_WORDS = java.util.Set.of("st", "nd", "rd", "th", "of");

    /** Returns up to {@code max} digit runs at the start of the value (before any time part), as numbers. */
    static int[] leadingNumbers(String value, int max) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n && out.size() < max) {
            char c = value.charAt(i);
            if (c == ':' || c == 'T' && i > 0 && Character.isDigit(value.charAt(i - 1))) {
                break;
            }
            if (Character.isDigit(c)) {
                int j = i;
                while (j < n && Character.isDigit(value.charAt(j)) && j - i < 9) {
                    j++;
                }
                if (j < n && value.charAt(j) == ':') {
                    break;
                }
                out.add(Integer.parseInt(value.substring(i, j)));
                i = j;
            } else {
                i++;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}

package org.raddeid.core.rewrite;

import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raddeid.core.PhiSpan;

/**
 * Shifts dates by a per-patient number of days and writes them back in their own format, so intervals between a
 * patient's studies survive while the dates themselves do not. The shift is a keyed function of the secret and the
 * scope (patient key), in {@code [-maxDays, -minDays] ∪ [minDays, maxDays]}: never zero.
 *
 * <p>Formats kept: ISO {@code 2024-03-07}, US {@code 03/07/2024}, {@code 3/7/24}, dashed variants, European dotted
 * {@code 07.03.2024} (day first) and day-first dates whose first number cannot be a month ({@code 20/03/2018}),
 * {@code 20240307}, {@code 07-Mar-2024}, {@code March 7, 2024}, {@code 7 March 2024}, {@code Mar 7 2024}, month and
 * year ({@code March 2024}, {@code SEP 1999}, {@code Sep1999}, {@code 09/1999}, {@code 1999-09}: always at least one
 * month away), day and month without a year ({@code March 7}, {@code 7th of March}); a time after the
 * date is kept as it is. Anything else becomes {@code [DATE]}: when unsure, remove.
 */
public final class DateShift implements Operator {

    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(.*)", Pattern.DOTALL);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(.*)", Pattern.DOTALL);
    private static final Pattern US = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(.*)",
            Pattern.DOTALL);
    private static final Pattern DAY_MON_YEAR = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?([ -]|\\s+of\\s+)(" + MONTHS + ")(\\.?)([ ,-]+)(\\d{4})(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MON_DAY_YEAR = Pattern.compile(
            "(" + MONTHS + ")(\\.?)(\\s+)(\\d{1,2})(st|nd|rd|th)?(,?\\s+)(\\d{4})(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MON_YEAR = Pattern.compile("(" + MONTHS + ")(\\.?)(,?\\s*)(\\d{4})(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NUM_MONTH_YEAR = Pattern.compile("(\\d{1,2})([-/.])((?:18|19|20)\\d{2})(.*)",
            Pattern.DOTALL);
    private static final Pattern YEAR_NUM_MONTH = Pattern.compile("((?:18|19|20)\\d{2})([-/])(\\d{2})(.*)",
            Pattern.DOTALL);
    private static final Pattern MON_DAY = Pattern.compile("(" + MONTHS + ")(\\.?)(\\s+)(\\d{1,2})(st|nd|rd|th)?(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DAY_MON = Pattern.compile(
            "(?:the\\s+)?(\\d{1,2})(st|nd|rd|th)?(\\s+of\\s+|\\s+)(" + MONTHS + ")(\\.?)(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Draws tried before falling back to the smallest allowed shift. */
    private static final int MAX_DRAWS = 64;

    /** A year for dates written without one; 2001 is no leap year, so 29 February has no place (it is redacted). */
    private static final int NO_YEAR = 2001;

    private final int minDays;
    private final int maxDays;

    /**
     * Creates a shift of at least {@code minDays} and at most {@code maxDays} days, either way.
     *
     * @throws IllegalArgumentException unless {@code 1 <= minDays <= maxDays <= 3650}, or when every shift in the
     *     range keeps month and day ({@code 365..366})
     */
    public DateShift(int minDays, int maxDays) {
        if (minDays < 1 || maxDays < minDays || maxDays > 3650) {
            throw new IllegalArgumentException("date shift needs 1 <= minDays <= maxDays <= 3650, was " + minDays
                    + ".." + maxDays);
        }
        boolean any = false;
        for (int d = minDays; d <= maxDays && !any; d++) {
            any = !keepsMonthAndDay(d);
        }
        if (!any) {
            throw new IllegalArgumentException("date shift range " + minDays + ".." + maxDays + " holds only whole "
                    + "years, which keep month and day");
        }
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    @Override
    public String name() {
        return "shift";
    }

    /**
     * Returns the shift in days for {@code context}'s patient: keyed, never zero, and never one that can give a date
     * its own month and day again ({@link #keepsMonthAndDay}: 365 or 366 days, 730 or 731, …). Such a draw is replaced
     * by the next keyed draw, so every other patient keeps the shift earlier versions gave.
     */
    public int days(RewriteContext context) {
        int span = maxDays - minDays + 1;
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            byte[] mac = draw == 0 ? context.secret().hmac("date-shift", context.scope())
                    : context.secret().hmac("date-shift", context.scope(), Integer.toString(draw));
            long v = ByteBuffer.wrap(mac).getLong() & Long.MAX_VALUE;
            int magnitude = minDays + (int) (v % span);
            if (!keepsMonthAndDay(magnitude)) {
                return (v / span) % 2 == 0 ? magnitude : -magnitude;
            }
        }
        // Only reachable for a range made almost entirely of whole years: the first allowed magnitude.
        int magnitude = minDays;
        while (keepsMonthAndDay(magnitude)) {
            magnitude++;
        }
        return magnitude;
    }

    /**
     * True when a shift of {@code days} (either way) can move some date to the same month and day of another year:
     * {@code k} whole years are {@code 365k} days plus the 29 Februaries crossed, at most {@code k/4 + 1}.
     */
    public static boolean keepsMonthAndDay(int days) {
        int d = Math.abs(days);
        int years = d / 365;
        return years >= 1 && d % 365 <= years / 4 + 1;
    }

    @Override
    public String apply(String original, PhiSpan span, RewriteContext context) {
        int shift = days(context);
        try {
            String out = shifted(original, shift);
            return out == null ? "[DATE]" : out;
        } catch (DateTimeException | NumberFormatException e) {
            return "[DATE]";
        }
    }

    /** Returns {@code text} with its date moved by {@code days}, in the same format, or null when not understood. */
    static String shifted(String text, int days) {
        Matcher m;
        if ((m = ISO.matcher(text)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4))).plusDays(days);
            return d.getYear() + m.group(2) + num(d.getMonthValue(), m.group(3)) + m.group(2)
                    + num(d.getDayOfMonth(), m.group(4)) + m.group(5);
        }
        if ((m = COMPACT.matcher(text)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).plusDays(days);
            return String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth())
                    + m.group(4);
        }
        if ((m = US.matcher(text)).matches()) {
            String y = m.group(4);
            int year = y.length() == 2 ? twoDigitYear(Integer.parseInt(y)) : Integer.parseInt(y);
            // month first, as in the US, unless dotted (03.07.2024 is European, day first) or the first number
            // cannot be a month (20/03/2018)
            boolean dayFirst = m.group(2).equals(".") || Integer.parseInt(m.group(1)) > 12;
            String monthText = dayFirst ? m.group(3) : m.group(1);
            String dayText = dayFirst ? m.group(1) : m.group(3);
            LocalDate d = LocalDate.of(year, Integer.parseInt(monthText), Integer.parseInt(dayText)).plusDays(days);
            String yy = y.length() == 2 ? String.format(Locale.ROOT, "%02d", d.getYear() % 100)
                    : String.valueOf(d.getYear());
            String month = num(d.getMonthValue(), monthText);
            String day = num(d.getDayOfMonth(), dayText);
            return (dayFirst ? day : month) + m.group(2) + (dayFirst ? month : day) + m.group(2) + yy + m.group(5);
        }
        if ((m = DAY_MON_YEAR.matcher(text)).matches()) {
            String ordinal = text.substring(m.end(1), m.start(2));
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(6)), month(m.group(3)), Integer.parseInt(m.group(1)))
                    .plusDays(days);
            return dayText(d.getDayOfMonth(), m.group(1)) + (ordinal.isEmpty() ? "" : suffix(d.getDayOfMonth(), ordinal))
                    + m.group(2) + monthName(d.getMonth(), m.group(3)) + m.group(4) + m.group(5) + d.getYear()
                    + m.group(7);
        }
        if ((m = MON_DAY_YEAR.matcher(text)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(7)), month(m.group(1)), Integer.parseInt(m.group(4)))
                    .plusDays(days);
            return monthName(d.getMonth(), m.group(1)) + m.group(2) + m.group(3) + dayText(d.getDayOfMonth(), m.group(4))
                    + (m.group(5) == null ? "" : suffix(d.getDayOfMonth(), m.group(5))) + m.group(6) + d.getYear()
                    + m.group(8);
        }
        if ((m = MON_YEAR.matcher(text)).matches()) {
            YearMonth d = monthYear(Integer.parseInt(m.group(4)), month(m.group(1)), days);
            return monthName(d.getMonth(), m.group(1)) + m.group(2) + m.group(3) + d.getYear() + m.group(5);
        }
        if ((m = NUM_MONTH_YEAR.matcher(text)).matches()) {
            YearMonth d = monthYear(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), days);
            return num(d.getMonthValue(), m.group(1)) + m.group(2) + d.getYear() + m.group(4);
        }
        if ((m = YEAR_NUM_MONTH.matcher(text)).matches()) {
            YearMonth d = monthYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), days);
            return d.getYear() + m.group(2) + num(d.getMonthValue(), m.group(3)) + m.group(4);
        }
        if ((m = MON_DAY.matcher(text)).matches()) {
            LocalDate d = LocalDate.of(NO_YEAR, month(m.group(1)), Integer.parseInt(m.group(4))).plusDays(days);
            return monthName(d.getMonth(), m.group(1)) + m.group(2) + m.group(3) + dayText(d.getDayOfMonth(), m.group(4))
                    + (m.group(5) == null ? "" : suffix(d.getDayOfMonth(), m.group(5))) + m.group(6);
        }
        if ((m = DAY_MON.matcher(text)).matches()) {
            LocalDate d = LocalDate.of(NO_YEAR, month(m.group(4)), Integer.parseInt(m.group(1))).plusDays(days);
            String lead = text.substring(0, m.start(1));
            return lead + dayText(d.getDayOfMonth(), m.group(1))
                    + (m.group(2) == null ? "" : suffix(d.getDayOfMonth(), m.group(2))) + m.group(3)
                    + monthName(d.getMonth(), m.group(4)) + m.group(5) + m.group(6);
        }
        return null;
    }

    /**
     * A month of a year moved by {@code days}, counted from its middle; when that stays inside the month, one month in
     * the shift's direction, so that a month and year never come out as they went in.
     */
    private static YearMonth monthYear(int year, int month, int days) {
        YearMonth in = YearMonth.of(year, month);
        YearMonth out = YearMonth.from(in.atDay(15).plusDays(days));
        return out.equals(in) ? in.plusMonths(Integer.signum(days)) : out;
    }

    /** Two-digit years below 30 are read as 20xx, others as 19xx: a fixed pivot, so output never depends on today. */
    private static int twoDigitYear(int yy) {
        return yy < 30 ? 2000 + yy : 1900 + yy;
    }

    /** Writes a day in words-and-numbers text: zero-padded only when the original had a leading zero ({@code 07 Mar}). */
    private static String dayText(int value, String like) {
        return like.length() == 2 && like.charAt(0) == '0' ? String.format(Locale.ROOT, "%02d", value)
                : String.valueOf(value);
    }

    /** Writes a numeric date field zero-padded to the width the original used ({@code 03/07}, {@code 12/25}). */
    private static String num(int value, String like) {
        return like.length() == 2 ? String.format(Locale.ROOT, "%02d", value) : String.valueOf(value);
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        List<String> order = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        return order.indexOf(m) + 1;
    }

    /** Writes the month like the original: full or abbreviated (Sept stays four letters), and in its case. */
    private static String monthName(Month month, String like) {
        String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String name;
        if (like.length() <= 3) {
            name = full.substring(0, 3);
        } else if (like.length() == 4 && like.equalsIgnoreCase("sept")) {
            name = month == Month.SEPTEMBER ? "Sept" : full.length() <= 4 ? full : full.substring(0, 3);
        } else {
            name = full;
        }
        if (like.equals(like.toUpperCase(Locale.ROOT))) {
            return name.toUpperCase(Locale.ROOT);
        }
        if (like.equals(like.toLowerCase(Locale.ROOT))) {
            return name.toLowerCase(Locale.ROOT);
        }
        return name;
    }

    /** The English ordinal suffix of {@code day}, in the case of {@code like}. */
    private static String suffix(int day, String like) {
        String s = day % 100 >= 11 && day % 100 <= 13 ? "th"
                : switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return like.equals(like.toUpperCase(Locale.ROOT)) ? s.toUpperCase(Locale.ROOT) : s;
    }
}

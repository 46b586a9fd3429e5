package org.raddeid.recognizers.pattern;

import java.util.List;
import java.util.Set;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * Tells a month/day date ({@code compared to 6/30}, {@code seen 10/6}, {@code 07/22 14:00}) from the other numbers
 * clinicians write with a slash, by the words around it, not by a list of numbers:
 *
 * <ul>
 *   <li><b>Not a date</b> next to what measures or scores: a blood pressure ({@code BP 90/60}), muscle strength
 *       ({@code strength 5/5}, {@code 4/5 bilaterally}), a murmur grade ({@code 3/6 systolic murmur}), a pain or coma
 *       score ({@code pain 7/10}, {@code GCS 15/15}), visual acuity, reflexes and pulses, a fraction of a unit or dose
 *       ({@code 1/2 inch}, {@code 1 1/2 tabs}, {@code 1/2 NS}), a trocar or catheter size, weeks of gestation.</li>
 *   <li><b>A date</b> after a temporal word or event ({@code on}, {@code since}, {@code compared to}, {@code seen},
 *       {@code admitted}, {@code f/u}), written with a leading zero ({@code 07/22}), followed by a time, or part of a
 *       range of two such dates ({@code 6/28-6/30}).</li>
 *   <li>Otherwise a date only when the second number cannot be a small score's maximum (13 to 31: {@code 6/30},
 *       {@code 1/29}); {@code 2/4} or {@code 5/5} alone stays a number.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class MonthDayGuard implements Guard {

    /** Score of a month/day with a temporal cue, a leading zero, a time or a range. */
    static final double CUED = 0.85;
    /** Score of a month/day known only by its day number. */
    static final double BARE = 0.6;

    private static final Set<String> CUES = Set.of("on", "since", "from", "until", "till", "thru", "through", "to",
            "dated", "date", "dates", "dos", "dob", "compared", "comparison", "prior", "previous", "last", "next",
            "by", "before", "after", "starting", "started", "start", "seen", "admitted", "admission", "adm",
            "discharged", "discharge", "visit", "visits", "appt", "appointment", "fu", "follow", "followup",
            "scheduled", "surgery", "procedure", "performed", "done", "obtained", "placed", "removed", "changed",
            "week", "weekend", "day", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "returns", "return", "due",
            "expires", "expired", "born", "died", "deceased", "onset", "between", "and", "or", "status", "s/p", "f/u",
            "d/c", "postop", "pod", "hd", "til", "note", "notes", "events", "update", "shift", "overnight");
    private static final Set<String> MEASURES_BEFORE = Set.of("bp", "sbp", "dbp", "pressure", "pressures",
            "strength", "strengths", "motor", "power", "grade", "graded", "murmur", "gcs", "glasgow", "apgar",
            "apgars", "score", "scores", "scale", "ratio", "vision", "va", "acuity", "visual", "pain", "rated",
            "rates", "rating", "x", "tab", "tabs", "tablet", "tablets", "dose", "reflexes", "reflex", "dtr", "dtrs",
            "pulses", "pulse", "recall", "equals", "approximately", "about", "measuring", "measures", "trocar",
            "size", "ett", "gauge", "fr");
    private static final Set<String> MEASURES_AFTER = Set.of("inch", "inches", "cm", "mm", "ml", "cc", "mg",
            "mcg", "g", "kg", "l", "units", "mmhg", "hg", "strength", "power", "pain", "murmur", "systolic",
            "diastolic", "holosystolic", "ejection", "sem", "recall", "cores", "views", "weeks", "wks", "wk", "days",
            "months", "mos", "years", "yrs", "gestation", "trocar", "trocars", "port", "ports", "fr", "french",
            "gauge", "throughout", "bilaterally", "bilateral", "bl", "b", "x", "dilution", "of", "tab", "tabs",
            "tablet", "tablets", "dose", "doses", "scale", "score", "ns", "normal", "reflexes", "pulses", "times",
            "ue", "le", "rue", "lue", "rle", "lle", "proximally", "distally", "grip", "contraction", "contractions",
            "cervix", "dilated", "effaced", "station", "uppers", "lowers", "upper", "lower", "extremities");

    @Override
    public double score(AnalyzedText text, int start, int end, double score) {
        String s = text.text();
        List<Token> tokens = text.tokens();
        int first = text.firstTokenEndingAfter(start);
        int after = text.firstTokenEndingAfter(end - 1) + 1;
        if (measures(text, tokens, first - 1, -1, MEASURES_BEFORE, 2)
                || measures(text, tokens, after, +1, MEASURES_AFTER, 1)
                || first > 0 && tokens.get(first - 1).kind() == Token.Kind.NUMBER
                        && sameLine(text, tokens.get(first - 1).start(), start)
                || start > 0 && s.charAt(start - 1) == '+') {
            return 0;
        }
        boolean zero = s.charAt(start) == '0' || s.charAt(s.indexOf('/', start) + 1) == '0';
        boolean range = s.indexOf('/', s.indexOf('/', start) + 1) >= 0 && s.indexOf('/', s.indexOf('/', start) + 1) < end;
        boolean time = s.indexOf(':', start) >= 0 && s.indexOf(':', start) < end;
        int slash = s.indexOf('/', start);
        String dayDigits = digits(s, slash + 1);
        if (!zero && scoreSeries(text, start, dayDigits.replaceFirst("^0", ""))) {
            return 0;
        }
        if (zero || range || time || cued(text, start) || rangePartner(text, tokens, first, after)
                || clockFollows(text, end)) {
            return Math.max(score, CUED);
        }
        int day = Integer.parseInt(dayDigits);
        return day >= 13 ? Math.max(score, BARE) : 0;
    }

    /** True when one of the {@code reach} words from token {@code k} on, going {@code dir}, on the line, is in {@code words}. */
    private static boolean measures(AnalyzedText text, List<Token> tokens, int k, int dir, Set<String> words,
            int reach) {
        String lower = text.lowerCase();
        int anchor = k - dir;
        for (int n = 0; n < reach && k >= 0 && k < tokens.size(); k += dir) {
            Token t = tokens.get(k);
            if (anchor >= 0 && anchor < tokens.size() && !sameLine(text, tokens.get(anchor).start(), t.start())) {
                return false;
            }
            if (t.kind() == Token.Kind.PUNCT) {
                char c = text.text().charAt(t.start());
                if (c == '%') {
                    return dir > 0 && n == 0;
                }
                if (c != '/' && c != '-' && c != '(') {
                    return false; // a sentence or clause break ends the window
                }
                continue;
            }
            if (words.contains(lower.substring(t.start(), t.end()))) {
                return true;
            }
            n++;
        }
        return false;
    }

    /**
     * True when a temporal word stands within the three words before {@code start}, on its line and in its clause;
     * shorthand such as {@code f/u} and {@code s/p} counts as one word.
     */
    private static boolean cued(AnalyzedText text, int start) {
        String lower = text.lowerCase();
        int from = Math.max(text.lineStart(start), start - 40);
        String before = lower.substring(from, start);
        int clause = Math.max(before.lastIndexOf('.'), Math.max(before.lastIndexOf(';'), before.lastIndexOf('(')));
        String[] words = NOT_WORD.split(before.substring(clause + 1));
        int seen = 0;
        for (int i = words.length - 1; i >= 0 && seen < 3; i--) {
            if (words[i].isEmpty()) {
                continue;
            }
            if (CUES.contains(words[i])) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /**
     * True when another slash number with the same small denominator stands earlier on the line: scores come in series
     * ({@code pain 7/10, improved to 3/10}), dates rarely share a day that small.
     */
    private static boolean scoreSeries(AnalyzedText text, int start, String denominator) {
        if (!SCALES.contains(denominator)) {
            return false;
        }
        String s = text.text();
        int from = text.lineStart(start);
        java.util.regex.Matcher m = SLASH_NUMBER.matcher(s).region(from, start);
        while (m.find()) {
            if (m.group(1).equals(denominator)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9/]+");
    private static final Set<String> SCALES = Set.of("2", "3", "4", "5", "6", "8", "10", "15", "20");
    private static final java.util.regex.Pattern SLASH_NUMBER =
            java.util.regex.Pattern.compile("(?<![\\w/])\\d{1,3}/(\\d{1,3})(?![\\w/])");

    /** True when a clock time follows on the line: {@code 9/1 0700}, {@code 6/30 2pm}, {@code 9/1 7p-7a}. */
    private static boolean clockFollows(AnalyzedText text, int end) {
        String rest = text.lowerCase().substring(end, Math.min(text.lineEnd(end), end + 12));
        return CLOCK.matcher(rest).lookingAt();
    }

    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "[ \\t]+(?:(?:[01]\\d|2[0-3])[0-5]\\d(?![\\d/.])|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a|p)(?![a-z]))");

    /** True when another month/day follows after {@code -} or {@code to}, or precedes, forming a range. */
    private static boolean rangePartner(AnalyzedText text, List<Token> tokens, int first, int after) {
        String s = text.text();
        int q = after;
        if (q < tokens.size() && (s.charAt(tokens.get(q).start()) == '-' || s.charAt(tokens.get(q).start()) == '\u2013')) {
            q++;
            return q + 2 < tokens.size() && tokens.get(q).kind() == Token.Kind.NUMBER
                    && s.charAt(tokens.get(q + 1).start()) == '/' && tokens.get(q + 2).kind() == Token.Kind.NUMBER;
        }
        return false;
    }

    private static boolean sameLine(AnalyzedText text, int a, int b) {
        return text.lineStart(a) == text.lineStart(b);
    }

    private static String digits(String s, int from) {
        int to = from;
        while (to < s.length() && Character.isDigit(s.charAt(to))) {
            to++;
        }
        return s.substring(from, to);
    }
}

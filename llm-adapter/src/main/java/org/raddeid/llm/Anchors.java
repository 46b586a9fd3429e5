package org.raddeid.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a model's quote lies in a text: verbatim first, else allowing differences of case and of white space
 * (one or more spaces, tabs or line breaks for each run of white space in the quote). A match must not start or end
 * inside a word ({@code Li} is not found in {@code Lisinopril}). When the model gave context that is found too, only
 * the occurrence nearest it is kept; otherwise every occurrence is. Thread-safe.
 */
final class Anchors {

    /** Chars {@code [start, end)} of the text. */
    record Range(int start, int end) {
    }

    private Anchors() {
    }

    /** Returns where {@code quote} lies in {@code text}, in order; empty when it is not there (a hallucination). */
    static List<Range> locate(String text, Quote quote) {
        String q = quote.text().strip();
        if (q.isEmpty()) {
            return List.of();
        }
        List<Range> found = occurrences(text, q);
        if (found.size() < 2 || quote.context() == null || quote.context().isBlank()) {
            return found;
        }
        List<Range> context = occurrences(text, quote.context().strip(), false);
        if (context.isEmpty()) {
            return found;
        }
        Range best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Range r : found) {
            for (Range c : context) {
                long d = r.start() >= c.start() && r.end() <= c.end() ? 0
                        : Math.min(Math.abs((long) r.start() - c.start()), Math.abs((long) r.end() - c.end()));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = r;
                }
            }
        }
        return List.of(best);
    }

    private static List<Range> occurrences(String text, String q) {
        return occurrences(text, q, true);
    }

    private static List<Range> occurrences(String text, String q, boolean wholeWords) {
        List<Range> out = new ArrayList<>();
        for (int i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
            if (!wholeWords || bounded(text, i, i + q.length())) {
                out.add(new Range(i, i + q.length()));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        StringBuilder regex = new StringBuilder();
        for (String part : q.split("\\s+")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(part));
        }
        Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            if (!wholeWords || bounded(text, m.start(), m.end())) {
                out.add(new Range(m.start(), m.end()));
            }
        }
        return out;
    }

    /** True when the match neither starts nor ends inside a word. */
    private static boolean bounded(String text, int start, int end) {
        boolean startOk = start == 0 || !(word(text.charAt(start - 1)) && word(text.charAt(start)));
        boolean endOk = end == text.length() || !(word(text.charAt(end - 1)) && word(text.charAt(end)));
        return startOk && endOk;
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c);
    }
}

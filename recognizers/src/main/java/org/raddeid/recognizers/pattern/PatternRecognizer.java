package org.raddeid.recognizers.pattern;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.text.AnalyzedText;

/**
 * Runs a list of {@link PatternDefinition}s over a text. For each match it takes the value (group {@code v} or the
 * whole match), trims trailing characters, validates it, looks for context words in the {@value #CONTEXT_WINDOW}
 * chars before it (dropping it when context is required and absent), applies the relabel, and reports a span.
 * Identical spans (same bounds and subtype) from several patterns are reported once, with the highest score.
 *
 * <p>Regexes are compiled once, at construction; patterns whose {@link Prefilter} rules them out for a text are not
 * run. Immutable and thread-safe. Never changes the text.
 */
public final class PatternRecognizer implements Recognizer {

    /** The recognizer's name, used in spans and ensemble definitions. */
    public static final String NAME = "pattern";

    /** How many chars before a match are searched for context words. */
    public static final int CONTEXT_WINDOW = 40;

    /** How many chars before a match, on its line, are searched for relabel words. */
    public static final int RELABEL_WINDOW = 30;

    private final List<PatternDefinition> definitions;
    private final boolean anchored;
    private final Set<PhiType> types;

    /** Creates a recognizer over the whole {@link PatternCatalog}. */
    public PatternRecognizer() {
        this(PatternCatalog.all());
    }

    /**
     * Creates a recognizer over {@code definitions}, copied.
     *
     * @throws IllegalArgumentException when two definitions share a name
     */
    public PatternRecognizer(List<PatternDefinition> definitions) {
        this(definitions, true);
    }

    /**
     * Creates a recognizer; with {@code anchored} false every pattern scans the whole text, the reference the anchored
     * search is tested against.
     */
    PatternRecognizer(List<PatternDefinition> definitions, boolean anchored) {
        this.anchored = anchored;
        this.definitions = List.copyOf(definitions);
        Set<String> names = new HashSet<>();
        Set<PhiType> t = EnumSet.noneOf(PhiType.class);
        for (PatternDefinition d : this.definitions) {
            if (!names.add(d.name())) {
                throw new IllegalArgumentException("duplicate pattern name '" + d.name() + "'");
            }
            t.add(d.subtype().type());
        }
        this.types = Set.copyOf(t);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<PhiType> types() {
        return types;
    }

    /** Returns the definitions run, in order. Unmodifiable. */
    public List<PatternDefinition> definitions() {
        return definitions;
    }

    @Override
    public List<PhiSpan> recognize(AnalyzedText text) {
        String s = text.text();
        if (s.isEmpty()) {
            return List.of();
        }
        Prefilter.Features features = Prefilter.Features.of(s);
        Map<Key, PhiSpan> found = new LinkedHashMap<>();
        int[] zipWindows = null;
        Map<Integer, int[]> digitWindows = new HashMap<>(); // by reach: several patterns share one
        for (PatternDefinition d : definitions) {
            if (d.prefilter().accepts(features) && d.keywordsPresent(text.lowerCase())) {
                int[] windows;
                if (!anchored) {
                    windows = new int[] {0, s.length()};
                } else if (!d.keywords().isEmpty()) {
                    windows = keywordWindows(text.lowerCase(), d.keywords());
                    if (d.digitReach() >= 0) {
                        windows = intersect(windows, digitWindows.computeIfAbsent(d.digitReach(),
                                reach -> digitWindows(s, reach)));
                    }
                } else if (d.digitReach() >= 0) {
                    windows = digitWindows.computeIfAbsent(d.digitReach(), reach -> digitWindows(s, reach));
                } else if (d.prefilter() == Prefilter.FIVE_DIGITS) {
                    if (zipWindows == null) {
                        zipWindows = fiveDigitWindows(s);
                    }
                    windows = zipWindows;
                } else {
                    windows = new int[] {0, s.length()};
                }
                run(d, text, found, windows);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** How far before its keyword a labelled match may start (the label holds the keyword). */
    static final int KEYWORD_REACH = 40;

    /**
     * Returns the ranges where a match of a keyword pattern may start, as sorted, merged {@code [start, end)} pairs:
     * every match holds one of its keywords, so it starts at most {@link #KEYWORD_REACH} chars before one.
     */
    static int[] keywordWindows(String lower, List<String> keywords) {
        List<int[]> w = new ArrayList<>();
        for (String k : keywords) {
            for (int at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) {
                w.add(new int[] {Math.max(0, at - KEYWORD_REACH), at + 1});
            }
        }
        return merge(w);
    }

    /** Returns the ranges where a match may start whose first digit is at most {@code reach} chars after its start. */
    static int[] digitWindows(String s, int reach) {
        List<int[]> w = new ArrayList<>();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isDigit(s.charAt(i))) {
                w.add(new int[] {Math.max(0, i - reach), i + 1});
                while (i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return merge(w);
    }

    /** How far before its five-digit run a ZIP pattern's match may start ({@code Rancho Santa Margarita, CA 92688}). */
    static final int ZIP_REACH = 80;

    /**
     * Returns the ranges where a match of a {@link Prefilter#FIVE_DIGITS} pattern may start: each holds a ZIP code, so
     * it starts at most {@link #ZIP_REACH} chars before a run of five or more digits.
     */
    static int[] fiveDigitWindows(String s) {
        List<int[]> w = new ArrayList<>();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isDigit(s.charAt(i))) {
                int j = i;
                while (j < n && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j - i >= 5) {
                    w.add(new int[] {Math.max(0, i - ZIP_REACH), i + 1});
                }
                i = j;
            }
        }
        return merge(w);
    }

    /** Returns the ranges two sorted, merged range lists share: a match must start where both allow it. */
    static int[] intersect(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            int from = Math.max(a[i], b[j]);
            int to = Math.min(a[i + 1], b[j + 1]);
            if (from < to) {
                out[n++] = from;
                out[n++] = to;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int[] merge(List<int[]> w) {
        w.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] out = new int[w.size() * 2];
        int n = 0;
        for (int[] r : w) {
            if (n > 0 && r[0] <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], r[1]);
            } else {
                out[n++] = r[0];
                out[n++] = r[1];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Finds the matches of {@code d} that start inside {@code windows}. The matcher looks beyond a window (transparent
     * bounds, region open to the end of the text), so a match is never cut short by it; only where it may start is
     * limited.
     */
    private void run(PatternDefinition d, AnalyzedText text, Map<Key, PhiSpan> found, int[] windows) {
        String s = text.text();
        Matcher m = d.pattern().matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        if (windows.length == 2 && windows[0] == 0 && windows[1] == s.length()) {
            while (m.find()) {
                report(d, text, found, m);
            }
            return;
        }
        // Few, short windows: try each start position in them (what find() does, without scanning the rest).
        int resume = 0;
        for (int w = 0; w < windows.length; w += 2) {
            int p = Math.max(windows[w], resume);
            int to = Math.min(windows[w + 1], s.length());
            while (p < to) {
                m.region(p, s.length());
                if (m.lookingAt()) {
                    report(d, text, found, m);
                    resume = Math.max(m.end(), p + 1);
                    p = resume;
                } else {
                    p++;
                }
            }
        }
    }

    private void report(PatternDefinition d, AnalyzedText text, Map<Key, PhiSpan> found, Matcher m) {
        String s = text.text();
        boolean valueGroup = d.hasValueGroup();
        int start = valueGroup ? m.start(PatternDefinition.VALUE_GROUP) : m.start();
        int end = valueGroup ? m.end(PatternDefinition.VALUE_GROUP) : m.end();
        if (start < 0) {
            return;
        }
        while (end > start && d.trimTrailing().indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end <= start || !d.validator().isValid(s.substring(start, end))) {
            return;
        }
        String lower = text.lowerCase();
        double score = d.score();
        if (!d.context().words().isEmpty()) {
            int ctx = lastWordBefore(lower, Math.max(0, m.start() - CONTEXT_WINDOW), start, d.context().words());
            if (ctx < 0 && d.context().required()) {
                return;
            }
            if (ctx >= 0) {
                score = Math.min(1.0, score + d.context().boost());
            }
        }
        score = Math.min(1.0, d.guard().score(text, start, end, score));
        if (score <= 0) {
            return;
        }
        PhiSubtype subtype = relabelled(d, text, m.start(), start);
        PhiSpan span = PhiSpan.of(start, end, subtype, score, NAME);
        found.merge(new Key(start, end, subtype), span, (a, b) -> a.score() >= b.score() ? a : b);
    }

    private static PhiSubtype relabelled(PatternDefinition d, AnalyzedText text, int matchStart, int valueStart) {
        Relabel r = d.relabel();
        if (r == null) {
            return d.subtype();
        }
        int from = Math.max(text.lineStart(matchStart), matchStart - RELABEL_WINDOW);
        String lower = text.lowerCase();
        int label = lastWordBefore(lower, from, valueStart, r.words());
        if (label < 0 || lastWordBefore(lower, from, valueStart, d.context().words()) > label) {
            return d.subtype();
        }
        for (int i = label; i < matchStart; i++) {
            if (Character.isDigit(lower.charAt(i))) {
                return d.subtype();
            }
        }
        return r.subtype();
    }

    /**
     * Returns the start of the last occurrence in {@code lower[from, to)} of any of {@code words} that begins a word and
     * ends one (allowing a plural {@code s}), or -1.
     */
    static int lastWordBefore(String lower, int from, int to, List<String> words) {
        int best = -1;
        for (String w : words) {
            for (int i = to - w.length(); i >= from && i > best; i--) {
                if (lower.startsWith(w, i) && isWordAt(lower, i, w, to)) {
                    best = i;
                    break;
                }
            }
        }
        return best;
    }

    private static boolean isWordAt(String lower, int i, String w, int limit) {
        if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1)) && Character.isLetterOrDigit(w.charAt(0))) {
            return false;
        }
        int e = i + w.length();
        if (!Character.isLetterOrDigit(w.charAt(w.length() - 1))) {
            return true;
        }
        if (e < limit && lower.charAt(e) == 's') {
            e++;
        }
        return e >= lower.length() || !Character.isLetter(lower.charAt(e));
    }

    private record Key(int start, int end, PhiSubtype subtype) {
    }
}

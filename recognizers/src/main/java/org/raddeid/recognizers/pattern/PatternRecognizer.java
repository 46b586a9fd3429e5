package org.raddeid.recognizers.pattern;

import java.util.ArrayList;
import java.util.EnumSet;
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
        for (PatternDefinition d : definitions) {
            if (d.prefilter().accepts(features) && d.keywordsPresent(text.lowerCase())) {
                run(d, text, found);
            }
        }
        return new ArrayList<>(found.values());
    }

    private void run(PatternDefinition d, AnalyzedText text, Map<Key, PhiSpan> found) {
        String s = text.text();
        boolean valueGroup = d.hasValueGroup();
        Matcher m = d.pattern().matcher(s);
        while (m.find()) {
            int start = valueGroup ? m.start(PatternDefinition.VALUE_GROUP) : m.start();
            int end = valueGroup ? m.end(PatternDefinition.VALUE_GROUP) : m.end();
            if (start < 0) {
                continue;
            }
            while (end > start && d.trimTrailing().indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end <= start || !d.validator().isValid(s.substring(start, end))) {
                continue;
            }
            String lower = text.lowerCase();
            double score = d.score();
            if (!d.context().words().isEmpty()) {
                int ctx = lastWordBefore(lower, Math.max(0, m.start() - CONTEXT_WINDOW), start, d.context().words());
                if (ctx < 0 && d.context().required()) {
                    continue;
                }
                if (ctx >= 0) {
                    score = Math.min(1.0, score + d.context().boost());
                }
            }
            PhiSubtype subtype = relabelled(d, text, m.start(), start);
            PhiSpan span = PhiSpan.of(start, end, subtype, score, NAME);
            found.merge(new Key(start, end, subtype), span, (a, b) -> a.score() >= b.score() ? a : b);
        }
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

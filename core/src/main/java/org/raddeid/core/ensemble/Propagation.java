package org.raddeid.core.ensemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * Marks every recurrence of a name or identifier already found in the same text: a report that names its patient in
 * the header and again, unlabelled, in the findings must lose both.
 *
 * <ul>
 *   <li>Names recur whole and by their parts (each word of two letters or more), case-insensitively and on token
 *       boundaries; a part that is an everyday word ({@code Will}, {@code Long}) recurs only where it is
 *       capitalised.</li>
 *   <li>Identifiers of five characters or more recur whole.</li>
 * </ul>
 * Recurrences get the source span's type and subtype, a slightly lower score, and the recognizer name
 * {@value #NAME}.
 */
public final class Propagation {

    /** Recognizer name of the spans this step adds. */
    public static final String NAME = "propagation";

    private static final int MIN_ID_LENGTH = 5;
    private static final int MIN_PART_LENGTH = 2;

    private Propagation() {
    }

    /** Returns the recurrences of {@code found} spans' names and identifiers in {@code text}, not including themselves. */
    public static List<PhiSpan> recurrences(AnalyzedText text, List<PhiSpan> found, Predicate<String> commonWord) {
        return recurrences(text, found, commonWord, w -> false);
    }

    /** As above; parts for which {@code neverPropagated} holds (titles, credentials) are not propagated. */
    public static List<PhiSpan> recurrences(AnalyzedText text, List<PhiSpan> found, Predicate<String> commonWord,
            Predicate<String> neverPropagated) {
        String s = text.text();
        // lower-cased needle -> the strongest source span and whether only capitalised occurrences count
        Map<String, PhiSpan> sources = new HashMap<>();
        Map<String, Boolean> capitalisedOnly = new HashMap<>();
        for (PhiSpan span : found) {
            if (span.type() == PhiType.NAME) {
                String whole = s.substring(span.start(), span.end()).toLowerCase(Locale.ROOT);
                offer(sources, capitalisedOnly, whole, span, commonWord.test(whole));
                for (Token t : text.tokensIn(span.start(), span.end())) {
                    if (t.kind() == Token.Kind.WORD && t.end() - t.start() >= MIN_PART_LENGTH
                            && t.start() >= span.start() && t.end() <= span.end()) {
                        String part = text.lowerCase().substring(t.start(), t.end());
                        if (!neverPropagated.test(part)) {
                            offer(sources, capitalisedOnly, part, span, commonWord.test(part));
                        }
                    }
                }
            } else if (span.type() == PhiType.ID && span.length() >= MIN_ID_LENGTH) {
                offer(sources, capitalisedOnly, s.substring(span.start(), span.end()).toLowerCase(Locale.ROOT), span,
                        false);
            }
        }
        List<PhiSpan> out = new ArrayList<>();
        String lower = text.lowerCase();
        for (Map.Entry<String, PhiSpan> e : sources.entrySet()) {
            String needle = e.getKey();
            PhiSpan src = e.getValue();
            boolean capsOnly = capitalisedOnly.get(needle);
            double score = Math.max(0.0, src.score() - 0.05);
            int from = 0;
            int at;
            while ((at = lower.indexOf(needle, from)) >= 0) {
                int end = at + needle.length();
                from = at + 1;
                if (!boundary(s, at - 1) || !boundary(s, end)) {
                    continue;
                }
                if (capsOnly && !Character.isUpperCase(s.charAt(at))) {
                    continue;
                }
                if (at >= src.start() && end <= src.end()) {
                    continue;
                }
                out.add(new PhiSpan(at, end, src.type(), src.subtype(), score, NAME));
            }
        }
        return out;
    }

    private static void offer(Map<String, PhiSpan> sources, Map<String, Boolean> capsOnly, String needle,
            PhiSpan span, boolean common) {
        if (needle.isBlank()) {
            return;
        }
        PhiSpan old = sources.get(needle);
        if (old == null || span.score() > old.score()) {
            sources.put(needle, span);
        }
        capsOnly.merge(needle, common, Boolean::logicalAnd);
    }

    /** True when the char at {@code i} (or the text edge) does not continue a word. */
    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}

package org.raddeid.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.rewrite.Rewriter;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;

/**
 * Checks a rewriting policy on a labelled corpus: each document's gold PHI is rewritten by the policy, giving a new
 * labelled document whose gold spans are the replacements. Scoring an ensemble on those documents shows whether the
 * surrogates still read like PHI (recall close to the original's), and searching the output for each original PHI
 * string shows whether anything survived. Stateless and thread-safe.
 */
public final class SurrogateCheck {

    /** Original strings shorter than this (in code points) are not searched for: too many chance matches. */
    public static final int MIN_CODE_POINTS = 3;

    private SurrogateCheck() {
    }

    /**
     * One rewritten document.
     *
     * @param document the rewritten text with the replacements as gold annotations (type, subtype and origin kept),
     *     except replacements that are categories ({@code [DATE]}, {@code 90+}) and identify nobody
     * @param checked original PHI strings searched for (a name counts once, though each of its words of three or more
     *     letters is searched for too)
     * @param coincidences of those, how many reappear only where a replacement happens to equal them (a surrogate
     *     drawn by chance, or a value the policy keeps such as a year alone)
     * @param survived how many reappear outside any replacement: an unannotated repeat in the source, or a bug
     */
    public record Rewritten(LabelledDocument document, int checked, int coincidences, int survived) {
    }

    /**
     * Rewrites {@code gold}'s annotated PHI by {@code policy}. Overlapping annotations are merged into the outermost
     * one first (an operator rewrites each character once).
     */
    public static Rewritten rewrite(LabelledDocument gold, Policy policy, RewriteContext context) {
        List<PhiSpan> spans = new ArrayList<>();
        List<Annotation> kept = new ArrayList<>();
        int at = 0;
        for (Annotation a : gold.annotations()) {
            if (a.start() < at) {
                continue; // nested in or overlapping the previous one
            }
            spans.add(new PhiSpan(a.start(), a.end(), a.type(), a.subtype(), 1.0, "gold"));
            kept.add(a);
            at = a.end();
        }
        DeidResult r = Rewriter.rewrite(gold.text(), spans, policy, context);
        List<Annotation> moved = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            DeidResult.Replacement rep = r.replacements().get(i);
            String output = r.text().substring(rep.outStart(), rep.outEnd());
            if (rep.outEnd() > rep.outStart() && !category(output, gold.covered(kept.get(i)), rep)) {
                Annotation a = kept.get(i);
                moved.add(new Annotation(rep.outStart(), rep.outEnd(), a.type(), a.subtype(), a.origin()));
            }
        }
        int checked = 0;
        int coincidences = 0;
        int survived = 0;
        String out = r.text();
        String outLower = out.toLowerCase(Locale.ROOT);
        for (Annotation a : kept) {
            String original = gold.covered(a).strip();
            if (original.codePointCount(0, original.length()) < MIN_CODE_POINTS) {
                continue;
            }
            checked++;
            boolean outside = false;
            boolean inside = false;
            for (String needle : needles(original, a)) {
                for (int from = outLower.indexOf(needle); from >= 0; from = outLower.indexOf(needle, from + 1)) {
                    int end = from + needle.length();
                    if (!wordBoundary(out, from, end)) {
                        continue;
                    }
                    if (insideReplacement(r.replacements(), from, end)) {
                        inside = true;
                    } else {
                        outside = true;
                    }
                }
            }
            if (outside) {
                survived++;
            } else if (inside) {
                coincidences++;
            }
        }
        return new Rewritten(new LabelledDocument(gold.id(), out, moved), checked, coincidences, survived);
    }

    /**
     * True when a replacement is a category rather than a look-alike: a type tag ({@code [DATE]}) or the wording for
     * ages over 89 ({@code 90+}: an age the policy changed). Such output identifies nobody, so it is no gold PHI in the
     * rewritten document.
     */
    static boolean category(String output, String original, DeidResult.Replacement rep) {
        return output.matches("\\[[A-Z_-]+\\]")
                || rep.span().type() == org.raddeid.core.PhiType.AGE && !output.equals(original);
    }

    /** The lower-cased strings to search for: the whole original, and for names each word of 3+ letters too. */
    private static List<String> needles(String original, Annotation a) {
        List<String> out = new ArrayList<>();
        out.add(original.toLowerCase(Locale.ROOT));
        if (a.type() == org.raddeid.core.PhiType.NAME) {
            for (String w : original.split("[^\\p{L}\\p{M}'\u2019-]+")) {
                if (w.codePointCount(0, w.length()) >= MIN_CODE_POINTS && !w.equalsIgnoreCase(original)) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static boolean insideReplacement(List<DeidResult.Replacement> reps, int from, int end) {
        for (DeidResult.Replacement rep : reps) {
            if (rep.outStart() <= from && end <= rep.outEnd()) {
                return true;
            }
        }
        return false;
    }

    /** True when the match is not part of a longer word or number. */
    private static boolean wordBoundary(String s, int from, int end) {
        return (from == 0 || !Character.isLetterOrDigit(s.codePointBefore(from)))
                && (end == s.length() || !Character.isLetterOrDigit(s.codePointAt(end)));
    }
}

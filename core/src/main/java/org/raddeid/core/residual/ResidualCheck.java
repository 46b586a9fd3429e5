package org.raddeid.core.residual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.raddeid.core.Degradation;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.ensemble.EnsemblePolicy;
import org.raddeid.core.ensemble.Veto;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.text.AnalyzedText;

/**
 * A second opinion on de-identified text that can disagree with the first pass. It looks at the output three ways:
 *
 * <ol>
 *   <li>the union of every recognizer of the first pass's ensemble at lower thresholds (none at all) and without the
 *       medical-allowlist veto, so a weak hit the first pass dropped comes back;</li>
 *   <li>the caller's known identifiers, searched again however they are spelled;</li>
 *   <li>every PHI string the first pass rewrote anywhere in the same document or row, searched again in any case and
 *       spacing (a name also by its parts that are not ordinary words), so a recurrence the first pass missed shows.</li>
 * </ol>
 *
 * <p>A finding whose letters and digits all lie in replacements is a replacement found again (a surrogate, a tag), not
 * a leftover; so is a recognizer hit whose only words outside the replacements are ordinary English next to one
 * ({@code agrees} in {@code Dr. [NAME] agrees.}). A weak name, place or profession hit that the first pass's medical
 * allowlist would veto ({@code Colles fracture}) is seen, but counted as a medical term, not a leftover. The original
 * of a PHI string standing again inside a rewritten replacement is a leftover (a surrogate that equals what it
 * replaced). Everything else is a leftover: possible
 * missed PHI, reported with its type and position, never its text.
 *
 * <p>Immutable and thread-safe when the first pass's recognizers are.
 */
public final class ResidualCheck {

    /**
     * A stretch of the checked text that the first pass wrote.
     *
     * @param start first char, inclusive
     * @param end char after it
     * @param rewritten false when the policy kept the original there (the {@code keep} operator)
     */
    public record Region(int start, int end, boolean rewritten) {
    }

    private final Ensemble opinion;
    private final Predicate<String> ordinaryWord;
    private final Predicate<String> notName;
    private final Veto veto;
    private final double vetoBelow;

    private ResidualCheck(Ensemble opinion, EnsemblePolicy firstPass) {
        this.opinion = opinion;
        this.ordinaryWord = firstPass.commonWord();
        this.notName = firstPass.neverPropagated();
        this.veto = firstPass.veto();
        this.vetoBelow = firstPass.vetoBelow();
    }

    /**
     * Returns the second opinion on the output of {@code firstPass}: the same recognizers, no thresholds, no veto,
     * recurrences marked; what the first pass calls common words counts as ordinary English.
     */
    public static ResidualCheck secondOpinionOf(Ensemble firstPass) {
        EnsemblePolicy p = firstPass.policy();
        // the first pass's view of the text (a truecased one) and span discipline stay: only the filters go
        EnsemblePolicy lenient = new EnsemblePolicy(Map.of(), Veto.NONE, 0.0, p.propagate(), p.commonWord(),
                p.neverPropagated(), p.view(), p.discipline(), p.cueRecognizer());
        return new ResidualCheck(new Ensemble(firstPass.name() + "/second-opinion", firstPass.recognizers(), lenient),
                p);
    }

    /** Returns the ensemble that gives the recognizers' opinion. */
    public Ensemble opinion() {
        return opinion;
    }

    /**
     * The recognizers' opinion on one text.
     *
     * @param spans what they found, merged, but for the medical terms
     * @param medicalTerms merged findings every candidate of which the first pass's medical allowlist vetoes (weak
     *     name, place or profession hits inside medical vocabulary: {@code Colles fracture}, a drug's brand name)
     * @param degraded optional recognizers left out (the LLM in degrade mode), with why; empty when all ran
     */
    public record Opinion(List<PhiSpan> spans, List<PhiSpan> medicalTerms, List<Degradation> degraded) {
        public Opinion {
            spans = List.copyOf(spans);
            medicalTerms = List.copyOf(medicalTerms);
            degraded = List.copyOf(degraded);
        }

        /** An opinion of {@code spans} only. */
        public static Opinion of(List<PhiSpan> spans) {
            return new Opinion(spans, List.of(), List.of());
        }
    }

    /**
     * Returns the recognizers' opinion on {@code text}, the costly part of a check, for callers that cache it per text.
     *
     * @throws org.raddeid.core.RecognitionException when a recognizer fails (fail closed; only an optional one in
     *     degrade mode is left out, and said in the answer)
     */
    public Opinion opinion(String text) {
        // as the first pass sees them: on its view of the text (truecased, built once), after its span discipline
        AnalyzedText viewed = opinion.view(new AnalyzedText(text));
        Ensemble.Candidates c = opinion.collect(viewed);
        List<PhiSpan> spans = new ArrayList<>();
        List<PhiSpan> medical = new ArrayList<>();
        List<PhiSpan> disciplined = opinion.policy().discipline().applyAll(viewed, c.spans());
        for (PhiSpan m : opinion.resolve(viewed, c.spans())) {
            (vetoedByFirstPass(viewed, m, disciplined) ? medical : spans).add(m);
        }
        return new Opinion(spans, medical, c.degraded());
    }

    /** True when every candidate behind {@code merged} is one the first pass's veto drops. */
    private boolean vetoedByFirstPass(AnalyzedText text, PhiSpan merged, List<PhiSpan> candidates) {
        boolean any = false;
        for (PhiSpan c : candidates) {
            if (c.overlaps(merged)) {
                if (!EnsemblePolicy.vetoable(c.type()) || c.score() >= vetoBelow || !veto.vetoes(text, c)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Checks the text and replacements of one de-identified record.
     *
     * @param original the text the result was made from (for the evidence of what was rewritten)
     * @param result the first pass's output
     * @param known the caller's known identifiers for the record
     */
    public List<Residual> check(String original, DeidResult result, KnownIdentifiers known) {
        return check(result.text(), regions(result), Evidence.of(known, original, result), opinion(result.text()));
    }

    /** Returns where {@code result}'s replacements stand in its text. */
    public static List<Region> regions(DeidResult result) {
        List<Region> out = new ArrayList<>();
        for (DeidResult.Replacement r : result.replacements()) {
            out.add(new Region(r.outStart(), r.outEnd(), !Evidence.KEEP.equals(r.operator())));
        }
        return out;
    }

    /**
     * The evidence of one document made ready to search many texts with (a DICOM file's values): its search keys are
     * made once. Immutable and thread-safe.
     */
    public static final class Search {
        private final KnownIdentifiers known;
        private final List<Needles> needles = new ArrayList<>();
        private final List<PhiType> types = new ArrayList<>();

        private Search(Evidence evidence, Predicate<String> ordinary) {
            this.known = evidence.known();
            for (Evidence.Found f : evidence.found()) {
                needles.add(Needles.of(f, ordinary));
                types.add(f.type());
            }
        }
    }

    /** Returns {@code evidence} made ready to search with. */
    public Search search(Evidence evidence) {
        return new Search(evidence, ordinaryWord.or(notName));
    }

    /**
     * Checks {@code text}, whose replacements stand in {@code regions}, against {@code evidence} and the recognizers'
     * {@code opinion} on it ({@link #opinion(String)}). Returns the findings in text order, overlapping ones merged;
     * changes nothing.
     */
    public List<Residual> check(String text, List<Region> regions, Evidence evidence, Opinion opinion) {
        return check(text, regions, search(evidence), opinion);
    }

    /** As {@link #check(String, List, Evidence, Opinion)}, with evidence made ready once for many texts. */
    public List<Residual> check(String text, List<Region> regions, Search evidence, Opinion opinion) {
        Objects.requireNonNull(text, "text");
        boolean[] replaced = new boolean[text.length()];
        boolean[] rewritten = new boolean[text.length()];
        for (Region r : regions) {
            for (int i = Math.max(0, r.start()); i < Math.min(text.length(), r.end()); i++) {
                replaced[i] = true;
                rewritten[i] |= r.rewritten();
            }
        }
        Marks marks = new Marks(text, replaced, rewritten);
        List<Residual> all = new ArrayList<>();
        AnalyzedText analyzed = null;
        for (PhiSpan s : opinion.spans()) {
            all.add(new Residual(s.start(), s.end(), s.type(), Residual.Source.RECOGNIZERS,
                    marks.leftoverOfRecognizers(s.start(), s.end(), ordinaryWord) ? Residual.Verdict.LEFTOVER
                            : Residual.Verdict.REPLACEMENT));
        }
        for (PhiSpan s : opinion.medicalTerms()) {
            all.add(new Residual(s.start(), s.end(), s.type(), Residual.Source.RECOGNIZERS,
                    marks.leftoverOfLiteral(s.start(), s.end()) ? Residual.Verdict.MEDICAL_TERM
                            : Residual.Verdict.REPLACEMENT));
        }
        if (!evidence.known.isEmpty()) {
            for (PhiSpan s : evidence.known.find(new AnalyzedText(text))) {
                all.add(new Residual(s.start(), s.end(), s.type(), Residual.Source.KNOWN_IDENTIFIER,
                        literal(marks.leftoverOfLiteral(s.start(), s.end()))));
            }
        }
        for (int n = 0; n < evidence.needles.size(); n++) {
            PhiType type = evidence.types.get(n);
            for (int[] at : evidence.needles.get(n).find(text)) {
                Residual.Verdict v = literal(marks.leftoverOfLiteral(at[0], at[1]));
                if (v == Residual.Verdict.LEFTOVER && EnsemblePolicy.vetoable(type)) {
                    // a name of the document standing again inside medical vocabulary (Dr. Murphy, Murphy sign)
                    analyzed = analyzed != null ? analyzed : new AnalyzedText(text);
                    // probed as the caller's own identifier, so only vocabulary phrases veto it, not shape rules
                    v = veto.vetoes(analyzed, new PhiSpan(at[0], at[1], type, null, 0.0, KnownIdentifiers.RECOGNIZER))
                            ? Residual.Verdict.MEDICAL_TERM : v;
                }
                all.add(new Residual(at[0], at[1], type, Residual.Source.SAME_DOCUMENT, v));
            }
        }
        return merge(all);
    }

    private static Residual.Verdict literal(boolean leftover) {
        return leftover ? Residual.Verdict.LEFTOVER : Residual.Verdict.REPLACEMENT;
    }

    /** Merges overlapping findings: a leftover wins over a medical term, that over a replacement, then the first. */
    private static List<Residual> merge(List<Residual> all) {
        all.sort(Comparator.comparingInt(Residual::start).thenComparing(Comparator.comparingInt(Residual::end)
                .reversed()));
        List<Residual> out = new ArrayList<>();
        for (Residual r : all) {
            Residual last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || r.start() >= last.end()) {
                out.add(r);
                continue;
            }
            Residual keep = last.verdict().compareTo(r.verdict()) <= 0 ? last : r;
            out.set(out.size() - 1, new Residual(last.start(), Math.max(last.end(), r.end()), keep.type(),
                    keep.source(), keep.verdict()));
        }
        return out;
    }

    /** The replacement marks of one text, and the rules that sort a finding. */
    private record Marks(String text, boolean[] replaced, boolean[] rewritten) {

        /** A literal finding is a leftover when any of it is outside the replacements, or inside a rewritten one. */
        boolean leftoverOfLiteral(int start, int end) {
            for (int i = start; i < end; i++) {
                if (Character.isLetterOrDigit(text.charAt(i)) && (!replaced[i] || rewritten[i])) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A recognizer's finding is a leftover when a letter or digit of it lies outside the replacements, unless every
         * word outside them is ordinary English (lower case, or all capitals) and the finding touches a replacement.
         */
        boolean leftoverOfRecognizers(int start, int end, Predicate<String> ordinary) {
            boolean outside = false;
            boolean allOrdinary = true;
            int i = start;
            while (i < end) {
                if (!Character.isLetterOrDigit(text.charAt(i)) || replaced[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < end && Character.isLetterOrDigit(text.charAt(j)) && !replaced[j]) {
                    j++;
                }
                outside = true;
                String word = text.substring(i, j);
                allOrdinary &= ordinaryWritten(word) && ordinary.test(word.toLowerCase(Locale.ROOT));
                i = j;
            }
            return outside && !(allOrdinary && touchesReplacement(start, end));
        }

        private static boolean ordinaryWritten(String word) {
            return word.equals(word.toLowerCase(Locale.ROOT)) || word.equals(word.toUpperCase(Locale.ROOT))
                    && word.length() > 1;
        }

        /** True when a replacement lies inside the span or next to it, across spaces and punctuation only. */
        private boolean touchesReplacement(int start, int end) {
            for (int i = start; i < end; i++) {
                if (replaced[i]) {
                    return true;
                }
            }
            int left = start - 1;
            while (left >= 0 && !Character.isLetterOrDigit(text.charAt(left)) && !replaced[left]) {
                left--;
            }
            int right = end;
            while (right < text.length() && !Character.isLetterOrDigit(text.charAt(right)) && !replaced[right]) {
                right++;
            }
            return left >= 0 && replaced[left] || right < text.length() && replaced[right];
        }
    }

    /** Returns the number of leftovers in {@code residuals}. */
    public static long leftovers(List<Residual> residuals) {
        return residuals.stream().filter(Residual::leftover).count();
    }

    /** Returns the leftovers of {@code residuals} by type. */
    public static Map<PhiType, Long> leftoversByType(List<Residual> residuals) {
        Map<PhiType, Long> m = new java.util.EnumMap<>(PhiType.class);
        residuals.stream().filter(Residual::leftover).forEach(r -> m.merge(r.type(), 1L, Long::sum));
        return m;
    }
}

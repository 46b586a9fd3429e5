package org.raddeid.dicom.deid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.ensemble.EnsemblePolicy;
import org.raddeid.core.ensemble.Veto;
import org.raddeid.core.residual.Evidence;
import org.raddeid.core.residual.Residual;
import org.raddeid.core.residual.ResidualCheck;
import org.raddeid.core.io.ResourceLines;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.rewrite.Rewriter;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * The text engine as the DICOM bridge uses it, for de-identifying a text value and for the residual check alike.
 *
 * <ul>
 *   <li>A <em>descriptor</em> (a short SH, LO or CS value: study and series descriptions, protocol names, body parts)
 *       is written in imaging vocabulary, so a name, place or profession hit in it is dropped whatever its score when
 *       the ensemble's medical allowlist vetoes it ({@code MRI PROSTATE W WO CONTRAST}, {@code DBT},
 *       {@code W+WO}); hits of the file's own identifiers are never dropped.</li>
 *   <li>A month and year written together ({@code PARENCHYMAL PHASE Sep1999}) is a date the recognizers do not see:
 *       it is added as a date span, so it moves with the patient's shift.</li>
 *   <li>The instances of a series repeat the same descriptions hundreds of times, so results for short texts are kept
 *       per (patient key, known identifiers, text, kind): they are a pure function of those for one engine.</li>
 * </ul>
 * Thread-safe when the {@link Deidentifier} is.
 */
final class DicomText {

    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\p{L})(?:" + MONTHS
            + ")(?!\\p{L})\\.?,? ?(?:18|19|20)\\d{2}(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** Recognizer name of the month-and-year spans this class adds. */
    static final String MONTH_YEAR_RECOGNIZER = "dicom-month-year";

    /** Words of imaging descriptors, from {@code descriptor-vocabulary.txt}. */
    private static final Set<String> VOCABULARY = vocabulary();

    private static final int CACHE_ENTRIES = 20_000;
    private static final int CACHE_MAX_CHARS = 4_096;

    private record CacheKey(String scope, KnownIdentifiers known, String text, boolean descriptor) {
    }

    private final Deidentifier engine;
    private final Veto veto;
    private final Map<CacheKey, DeidResult> deidCache = new ConcurrentHashMap<>();
    private final Map<CacheKey, List<PhiSpan>> spanCache = new ConcurrentHashMap<>();
    private final Map<CacheKey, List<PhiSpan>> knownCache = new ConcurrentHashMap<>();
    private final Map<CacheKey, ResidualCheck.Opinion> opinionCache = new ConcurrentHashMap<>();
    private final ResidualCheck secondOpinion;

    DicomText(Deidentifier engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.secondOpinion = ResidualCheck.secondOpinionOf(engine.ensemble());
        EnsemblePolicy p = engine.ensemble().policy();
        this.veto = p == null ? Veto.NONE : p.veto();
    }

    /** Returns {@code value} rewritten by {@code policy}: the spans of {@link #find}, each by its operator. */
    DeidResult deidentify(String value, Policy policy, RewriteContext context, KnownIdentifiers known,
            boolean descriptor) {
        return cached(deidCache, new CacheKey(context.scope(), known, value, descriptor), () ->
                Rewriter.rewrite(value, find(value, context.scope(), known, descriptor), policy, context));
    }

    /** Returns the PHI spans of {@code value}, in order and apart: the ensemble's, vetoed and completed as above. */
    List<PhiSpan> find(String value, String scope, KnownIdentifiers known, boolean descriptor) {
        return cached(spanCache, new CacheKey(scope, known, value, descriptor), () -> {
            List<PhiSpan> found = engine.analyze(value, known).spans();
            AnalyzedText text = new AnalyzedText(value);
            List<PhiSpan> out = new ArrayList<>(found.size() + 1);
            for (PhiSpan s : found) {
                if (!(descriptor && imagingVocabulary(text, s))) {
                    out.add(s);
                }
            }
            Matcher m = MONTH_YEAR.matcher(value);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (out.stream().noneMatch(s -> s.start() < end && start < s.end())) {
                    out.add(PhiSpan.of(start, end, PhiSubtype.DATE, 1.0, MONTH_YEAR_RECOGNIZER));
                }
            }
            out.sort(PhiSpan.ORDER);
            return List.copyOf(out);
        });
    }

    /** Returns {@code evidence}, the file's own PHI, made ready for the residual check of its values. */
    ResidualCheck.Search search(Evidence evidence) {
        return secondOpinion.search(evidence);
    }

    /**
     * Returns the residual check's findings in {@code value}: the second opinion (the ensemble's recognizers without
     * thresholds or veto, cached per value as the values of a series repeat) and {@code evidence} searched again.
     * In a descriptor, a recognizer's hit made of imaging vocabulary is dropped as the first pass drops it; so is
     * a weak hit inside medical vocabulary ({@link Residual.Verdict#MEDICAL_TERM}).
     */
    List<Residual> residuals(String value, List<ResidualCheck.Region> regions, ResidualCheck.Search evidence,
            boolean descriptor) {
        ResidualCheck.Opinion opinion = cached(opinionCache, new CacheKey("", KnownIdentifiers.NONE, value,
                descriptor), () -> secondOpinion.opinion(value));
        AnalyzedText text = descriptor ? new AnalyzedText(value) : null;
        List<Residual> out = new ArrayList<>();
        for (Residual r : secondOpinion.check(value, regions, evidence, opinion)) {
            boolean vocabulary = descriptor && r.leftover() && r.source() == Residual.Source.RECOGNIZERS
                    && imagingVocabulary(text, new PhiSpan(r.start(), r.end(), r.type(), null, 0.0, "residual"));
            if (r.verdict() != Residual.Verdict.MEDICAL_TERM && !vocabulary) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * True for a name, place or profession hit (not one of the file's own identifiers) that the medical allowlist
     * vetoes as a whole, or whose every word is descriptor vocabulary or lies inside an allowlisted phrase.
     */
    /**
     * Returns the occurrences of {@code known} in {@code value} (a code, number or other kept value), kept per
     * (known identifiers, value) as the values of a series repeat. Name parts shorter than three letters are not
     * looked for here: a patient called {@code CompressedSamples^MR1} must not cost a Modality of {@code MR} its value.
     */
    List<PhiSpan> known(String value, KnownIdentifiers known) {
        if (known.isEmpty() || value.isBlank()) {
            return List.of();
        }
        return cached(knownCache, new CacheKey("", known, value, false),
                () -> List.copyOf(strict(known).find(new AnalyzedText(value))));
    }

    private static KnownIdentifiers strict(KnownIdentifiers known) {
        List<String> parts = new ArrayList<>();
        for (String name : known.names()) {
            for (String part : name.split("[^\\p{L}\\p{M}'\u2019-]+")) {
                if (part.codePointCount(0, part.length()) >= 3) {
                    parts.add(part);
                }
            }
        }
        return new KnownIdentifiers(parts, known.ids(), known.dates());
    }

    private boolean imagingVocabulary(AnalyzedText text, PhiSpan s) {
        if (!EnsemblePolicy.vetoable(s.type()) || s.recognizer().contains(KnownIdentifiers.RECOGNIZER)) {
            return false;
        }
        if (veto.vetoes(text, s)) {
            return true;
        }
        boolean any = false;
        for (Token t : text.tokensIn(s.start(), s.end())) {
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            String word = text.text().substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
            if (!VOCABULARY.contains(word) && !veto.vetoes(text, new PhiSpan(t.start(), t.end(), s.type(),
                    s.subtype(), s.score(), s.recognizer()))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static Set<String> vocabulary() {
        Set<String> words = new HashSet<>();
        for (String w : ResourceLines.read(DicomText.class, "descriptor-vocabulary.txt")) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    private static <V> V cached(Map<CacheKey, V> cache, CacheKey key, Supplier<V> compute) {
        if (key.text().length() > CACHE_MAX_CHARS) {
            return compute.get();
        }
        V v = cache.get(key);
        if (v == null) {
            v = compute.get();
            if (cache.size() >= CACHE_ENTRIES) {
                cache.clear();
            }
            cache.put(key, v);
        }
        return v;
    }
}

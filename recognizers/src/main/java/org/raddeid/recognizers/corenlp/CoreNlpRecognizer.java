package org.raddeid.recognizers.corenlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.recognizers.dictionary.Lexicons;

/**
 * Finds person, location and organisation names with Stanford CoreNLP's 3-class English CRFs, reported as NAME and
 * LOCATION spans (see {@link EntitySpans} for the mapping and scores).
 *
 * <p>The text is split into sentences by {@link CrfSentences} (our tokens, lines, sentence-ending punctuation). Each
 * sentence is classified by the caseless CRF when it is mostly upper case or all lower case (report headers, shouted
 * notes, lower-cased dictation), by the cased CRF otherwise. When the ensemble passes a truecased view of text
 * written in one case, the view's sentences (now mixed case) go to the cased CRF, and the sentences as written go to
 * the caseless CRF as well: each model reads the text it was trained for, and both findings count. The CoreNLP
 * pipeline (its tokenizer, SUTime, regex NER) is not used.
 *
 * <p>Models are loaded once per JVM, in parallel, on the first construction, and shared: 234 MiB of heap for both;
 * each deserialises in 1.1-1.7 s once classes are loaded, about 5.5 s of CPU for both from a cold JVM.
 * Immutable and thread-safe (see {@link CrfModel}); never changes the text; logs nothing from it.
 */
public final class CoreNlpRecognizer implements Recognizer {

    private final Lexicons lexicons = Lexicons.get();

    /** The recognizer's name, used in spans and ensemble definitions. */
    public static final String NAME = "corenlp";

    /** The cased 3-class CRF (PERSON, LOCATION, ORGANIZATION), from the {@code models} artifact. */
    static final String CASED_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** The caseless 3-class CRF, from the {@code models-english} artifact. */
    static final String CASELESS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.caseless.distsim.crf.ser.gz";

    private static final Set<PhiType> TYPES = Set.copyOf(EnumSet.of(PhiType.NAME, PhiType.LOCATION));

    private final CrfModel cased;
    private final CrfModel caseless;

    /**
     * Creates the recognizer over the shared cased and caseless 3-class models, loading them on first use.
     *
     * @throws IllegalStateException when a model is missing from the class path or unreadable
     */
    public CoreNlpRecognizer() {
        this(loadBoth());
    }

    private CoreNlpRecognizer(CrfModel[] models) {
        this(models[0], models[1]);
    }

    /** Loads the two models in parallel (each takes 1-2 s, mostly deserialisation on one core). */
    private static CrfModel[] loadBoth() {
        CompletableFuture<CrfModel> caseless = CompletableFuture.supplyAsync(() -> CrfModel.shared(CASELESS_MODEL));
        CrfModel cased = CrfModel.shared(CASED_MODEL);
        try {
            return new CrfModel[] {cased, caseless.join()};
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Creates a recognizer over the given models; {@code caseless} null sends every sentence to {@code cased}. */
    CoreNlpRecognizer(CrfModel cased, CrfModel caseless) {
        this.cased = Objects.requireNonNull(cased, "cased");
        this.caseless = caseless;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<PhiType> types() {
        return TYPES;
    }

    private boolean worthClassifying(AnalyzedText text, List<CrfToken> sentence) {
        return !CrfSentences.isLoneFieldLabel(text, sentence) && lexicons.mayHoldName(text, sentence.get(0).start(),
                sentence.get(sentence.size() - 1).end());
    }

    @Override
    public List<PhiSpan> recognize(AnalyzedText text) {
        List<PhiSpan> out = new ArrayList<>();
        for (List<CrfToken> sentence : CrfSentences.of(text)) {
            if (worthClassifying(text, sentence)) {
                CrfModel model = caseless != null && CrfSentences.prefersCaseless(sentence) ? caseless : cased;
                EntitySpans.collect(text, sentence, model.classify(sentence), NAME, out);
            }
        }
        if (text.isRecased() && caseless != null) {
            // a second reading of what was written in one case, by the model trained for it: the truecased view
            // misses what no lexicon knows (organisations with invented names, rare given names)
            AnalyzedText written = text.source();
            for (List<CrfToken> sentence : CrfSentences.of(written)) {
                if (CrfSentences.prefersCaseless(sentence) && worthClassifying(written, sentence)) {
                    EntitySpans.collect(written, sentence, caseless.classify(sentence), NAME, out);
                }
            }
        }
        out.removeIf(span -> !lexicons.plausibleStatisticalHit(text, span));
        return out;
    }

}

package org.raddeid.recognizers.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Stanford CRF sequence classifier, loaded once per JVM from the class path, labelling sentences of
 * {@link CrfToken}s with its classes ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code O}...).
 *
 * <p>Thread-safe without a per-thread wrapper: the CRF's weights, feature index and distributional-similarity lexicon
 * are only read while classifying, and every call builds its own token copies, features and Viterbi lattice (CoreNLP's
 * own multi-threaded NER shares one classifier the same way). Two pieces of shared state could be written during
 * classification, and both are pinned here: the set of known lower-case words, which CoreNLP can grow with the words it
 * sees (results would then depend on earlier documents, and report words would stay in memory), is frozen by loading
 * with {@code maxAdditionalKnownLCWords=0} (already 0 in 4.5.10, set explicitly so an upgrade cannot change it); and the
 * lazily built clique potential function is built by a warm-up call before the model is published. N-gram feature
 * caching, which would write a plain {@code HashMap} while featurising, is switched off.
 */
final class CrfModel {

    private static final Logger LOG = LoggerFactory.getLogger(CrfModel.class);
    private static final Map<String, CrfModel> LOADED = new ConcurrentHashMap<>();

    /** Only CoreNLP's own classes and the JDK types they serialise may be read from a model file. */
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "edu.stanford.nlp.**;java.lang.*;java.util.**;!*");

    private final String resource;
    private final CRFClassifier<CoreLabel> crf;

    private CrfModel(String resource, CRFClassifier<CoreLabel> crf) {
        this.resource = resource;
        this.crf = crf;
    }

    /**
     * Returns the model in class-path resource {@code resource} (a gzipped serialised {@link CRFClassifier}), loading
     * it on first use and sharing it afterwards.
     *
     * @throws IllegalStateException when the resource is missing or cannot be read as a CRF classifier
     */
    static CrfModel shared(String resource) {
        return LOADED.computeIfAbsent(resource, CrfModel::load);
    }

    private static CrfModel load(String resource) {
        long t0 = System.nanoTime();
        InputStream raw = CrfModel.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("CoreNLP model " + resource + " is not on the class path");
        }
        Properties overrides = new Properties();
        overrides.setProperty("maxAdditionalKnownLCWords", "0");
        CRFClassifier<CoreLabel> crf;
        try (ObjectInputStream in = new ObjectInputStream(
                new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16))) {
            in.setObjectInputFilter(CLASSES);
            crf = CRFClassifier.getClassifier(in, overrides);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP model " + resource, e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("CoreNLP model " + resource + " is not a CRF classifier", e);
        }
        crf.flags.cacheNGrams = false;
        CrfModel model = new CrfModel(resource, crf);
        model.classify(List.of(new CrfToken(0, 3, "Dr."), new CrfToken(4, 9, "Smith"), new CrfToken(10, 13, "saw"),
                new CrfToken(14, 16, "it"), new CrfToken(16, 17, ".")));
        LOG.info("loaded CoreNLP model {} ({} classes) in {} ms", resource, crf.classIndex.size(),
                (System.nanoTime() - t0) / 1_000_000);
        return model;
    }

    /** Returns the class-path resource the model was loaded from. */
    String resource() {
        return resource;
    }

    /** Returns the class labels the model can produce, including the background label {@code O}. */
    List<String> labels() {
        return List.copyOf(crf.classIndex.objectsList());
    }

    /** Returns the size of the model's known lower-case word set, which classification must not grow. */
    int knownWords() {
        return crf.getKnownLCWords().size();
    }

    /**
     * Returns one label per token of {@code sentence}, in order ({@code O} for tokens outside entities), with the
     * marginal probability of each label, which the Viterbi pass computes anyway.
     */
    CrfLabels classify(List<CrfToken> sentence) {
        List<CoreLabel> in = new ArrayList<>(sentence.size());
        for (CrfToken t : sentence) {
            CoreLabel c = new CoreLabel();
            c.setWord(t.word());
            c.setValue(t.word());
            c.setOriginalText(t.word());
            c.setBeginPosition(t.start());
            c.setEndPosition(t.end());
            in.add(c);
        }
        List<CoreLabel> out = crf.classifySentence(in);
        if (out.size() != sentence.size()) {
            throw new IllegalStateException("CRF returned " + out.size() + " labels for " + sentence.size() + " tokens");
        }
        String[] labels = new String[out.size()];
        double[] probabilities = new double[out.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = out.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            Double p = out.get(i).get(CoreAnnotations.AnswerProbAnnotation.class);
            probabilities[i] = p == null ? 0.0 : Math.max(0.0, Math.min(1.0, p));
        }
        return new CrfLabels(labels, probabilities);
    }
}

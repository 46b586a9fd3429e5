package org.raddeid.recognizers.opennlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the OpenNLP name finder on labelled documents: tokens from {@link AnalyzedText#tokens()}, sentences from
 * {@link Sentences}, the gold spans of the {@link Settings#kinds()} as BIO-coded types, the features of
 * {@value #FEATURES} (OpenNLP's defaults plus spelling), maximum entropy (GIS) on one thread. Training is
 * deterministic: the same documents and settings give a model that {@link #serialize} writes as the same bytes.
 *
 * <p>Gold spans that cross a sentence boundary, or overlap an earlier span of a learnt kind, are left out and counted.
 * Never logs text. Instances are immutable and thread-safe.
 */
public final class OpenNlpTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(OpenNlpTrainer.class);

    /**
     * Training settings.
     *
     * @param iterations GIS iterations, at least 1
     * @param cutoff the minimum number of times a feature must occur to be kept, at least 0
     * @param kinds the entity kinds to learn, not empty
     */
    public record Settings(int iterations, int cutoff, Set<EntityKind> kinds) {

        public Settings {
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
            }
            if (cutoff < 0) {
                throw new IllegalArgumentException("cutoff must be at least 0, was " + cutoff);
            }
            if (kinds == null || kinds.isEmpty()) {
                throw new IllegalArgumentException("at least one entity kind must be learnt");
            }
            kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        }
    }

    /**
     * What went into a model.
     *
     * @param documents documents read
     * @param sentences sentences given to OpenNLP
     * @param spans gold spans learnt, by kind
     * @param crossingSentences gold spans left out because they cross a sentence boundary
     * @param overlapping gold spans left out because they overlap an earlier one
     */
    public record Counts(int documents, int sentences, Map<EntityKind, Integer> spans, int crossingSentences,
            int overlapping) {

        public Counts {
            spans = Collections.unmodifiableMap(new EnumMap<>(spans));
        }
    }

    /**
     * A trained model and what went into it.
     *
     * @param model the model
     * @param counts the training counts
     */
    public record Trained(TokenNameFinderModel model, Counts counts) {
    }

    private final Settings settings;

    /** Creates a trainer with {@code settings}. */
    public OpenNlpTrainer(Settings settings) {
        this.settings = settings;
    }

    /**
     * Trains a model on {@code documents}, which are not changed.
     *
     * @throws IllegalArgumentException when the documents hold no span of a learnt kind
     */
    public Trained train(List<TrainingDocument> documents) {
        List<NameSample> samples = new ArrayList<>();
        Map<EntityKind, Integer> spans = new EnumMap<>(EntityKind.class);
        int[] dropped = new int[2];
        for (TrainingDocument doc : documents) {
            samples.addAll(samples(doc, spans, dropped));
        }
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("the training documents hold no span of the kinds " + settings.kinds());
        }
        Counts counts = new Counts(documents.size(), samples.size(), spans, dropped[0], dropped[1]);
        LOG.info("training the OpenNLP name finder on {} documents, {} sentences, spans {}, iterations {}, cutoff {}",
                counts.documents(), counts.sentences(), counts.spans(), settings.iterations(), settings.cutoff());
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples),
                    params, new TokenNameFinderFactory(features(), Map.of(), new BioCodec()));
            return new Trained(model, counts);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenNLP training failed", e);
        }
    }

    /** The feature generator descriptor, stored in the model so the recognizer uses the same features. */
    static final String FEATURES = "/org/raddeid/recognizers/opennlp/ner-features.xml";

    private static byte[] features() throws IOException {
        try (java.io.InputStream in = OpenNlpTrainer.class.getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FEATURES);
            }
            return in.readAllBytes();
        }
    }

    /** Turns one document into name samples, one per sentence; the first clears the adaptive data. */
    private List<NameSample> samples(TrainingDocument doc, Map<EntityKind, Integer> counts, int[] dropped) {
        AnalyzedText text = new AnalyzedText(doc.text());
        List<Token> tokens = text.tokens();
        List<Sentences.Sentence> sentences = Sentences.split(text);
        List<List<Span>> names = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            names.add(new ArrayList<>());
        }
        int[] lastEnd = new int[sentences.size()];
        for (PhiSpan gold : doc.spans()) {
            Optional<EntityKind> kind = EntityKind.of(gold).filter(settings.kinds()::contains);
            if (kind.isEmpty()) {
                continue;
            }
            List<Token> covered = text.tokensIn(gold.start(), gold.end());
            if (covered.isEmpty()) {
                continue;
            }
            int first = text.firstTokenEndingAfter(gold.start());
            int end = first + covered.size();
            int sentence = sentenceOf(sentences, first);
            if (end > sentences.get(sentence).endToken()) {
                dropped[0]++;
                continue;
            }
            if (first < lastEnd[sentence]) {
                dropped[1]++;
                continue;
            }
            int offset = sentences.get(sentence).firstToken();
            names.get(sentence).add(new Span(first - offset, end - offset, kind.get().modelType()));
            lastEnd[sentence] = end;
            counts.merge(kind.get(), 1, Integer::sum);
        }
        List<NameSample> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence s = sentences.get(i);
            String[] words = new String[s.size()];
            for (int t = 0; t < words.length; t++) {
                words[t] = tokens.get(s.firstToken() + t).text(doc.text());
            }
            out.add(new NameSample(doc.id() + "#" + i, words, names.get(i).toArray(new Span[0]), null, i == 0));
        }
        return out;
    }

    private static int sentenceOf(List<Sentences.Sentence> sentences, int token) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).firstToken() <= token) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Returns the model as the bytes of its zip file, made reproducible: the same model gives the same bytes. OpenNLP
     * stamps the time into the manifest and the zip entries; this drops the manifest's {@code Timestamp} and the
     * comment line {@link java.util.Properties#store} adds, and gives every entry a fixed time. Thread-safe.
     */
    public static byte[] serialize(TokenNameFinderModel model) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            model.serialize(raw);
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.size());
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    if (e.getName().equals("manifest.properties")) {
                        content = reproducibleManifest(content);
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(FIXED_TIME);
                    zip.putNextEntry(copy);
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the OpenNLP model", e);
        }
    }

    /** 2020-01-01T00:00:00Z: any fixed time will do. */
    private static final long FIXED_TIME = 1577836800000L;

    private static byte[] reproducibleManifest(byte[] content) {
        // Properties.store writes an escaped ISO-8859-1 file; keep its lines, sorted, without comments or the stamp.
        Map<String, String> lines = new TreeMap<>();
        for (String line : new String(content, StandardCharsets.ISO_8859_1).split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("Timestamp=")) {
                continue;
            }
            lines.put(line, line);
        }
        return (String.join("\n", lines.keySet()) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}

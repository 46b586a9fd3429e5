package org.raddeid.recognizers.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.dictionary.Lexicons;

/**
 * Finds names (and, when the model learnt them, hospitals, units, organisations and professions) with the OpenNLP name
 * finder raddeid trains itself ({@link OpenNlpTrainer}, {@code raddeid train-opennlp}). Runs sentence by sentence
 * ({@link Sentences}) over the shared tokens, maps token spans back to char offsets, and scores each span from the
 * finder's mean token probability, scaled into {@value #MIN_SCORE}..{@value #MAX_SCORE} (a statistical hit). Leading
 * punctuation, and trailing punctuation other than an initial's full stop, is trimmed from a span.
 *
 * <p>The model is loaded once, at construction. Thread-safe: each thread decodes with its own finder, and the adaptive
 * data (names seen earlier in the same document) is cleared after every document. Never logs text.
 */
public final class OpenNlpRecognizer implements Recognizer {

    /** The recognizer's name, used in spans and ensemble definitions. */
    public static final String NAME = "opennlp";

    /** The classpath resource of the shipped model. */
    public static final String MODEL_RESOURCE = "/org/raddeid/recognizers/opennlp/raddeid-ner.bin";

    /** Score of a span the finder gives probability 0. */
    public static final double MIN_SCORE = 0.5;

    /** Score of a span the finder gives probability 1. */
    public static final double MAX_SCORE = 0.85;


    private final ThreadSafeNameFinderME finder;
    private final Lexicons lexicons = Lexicons.get();
    private final Set<PhiType> types;

    /** Loads the shipped model. */
    public OpenNlpRecognizer() {
        this(loadShipped());
    }

    /** Uses {@code model}, for example one just trained. */
    public OpenNlpRecognizer(TokenNameFinderModel model) {
        this.finder = new ThreadSafeNameFinderME(model);
        Set<PhiType> t = EnumSet.noneOf(PhiType.class);
        for (String outcome : outcomes(model)) {
            EntityKind.ofModelType(outcome).ifPresent(k -> t.add(k.type()));
        }
        this.types = Set.copyOf(t);
    }

    private static TokenNameFinderModel loadShipped() {
        try (InputStream in = OpenNlpRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP model " + MODEL_RESOURCE + " is not on the classpath");
            }
            return new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP model " + MODEL_RESOURCE, e);
        }
    }

    /** Returns the entity type strings the model's outcomes name ({@code name} for {@code name-start}). */
    private static Set<String> outcomes(TokenNameFinderModel model) {
        Set<String> out = new TreeSet<>();
        for (String o : model.getNameFinderSequenceModel().getOutcomes()) {
            int dash = o.lastIndexOf('-');
            if (dash > 0) {
                out.add(o.substring(0, dash));
            }
        }
        return out;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<PhiType> types() {
        return types;
    }

    @Override
    public List<PhiSpan> recognize(AnalyzedText text) {
        List<Token> tokens = text.tokens();
        String s = text.text();
        List<PhiSpan> out = new ArrayList<>();
        try {
            for (Sentences.Sentence sentence : Sentences.split(text)) {
                if (!lexicons.mayHoldName(text, tokens.get(sentence.firstToken()).start(),
                        tokens.get(sentence.endToken() - 1).end())) {
                    continue;
                }
                String[] words = new String[sentence.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = tokens.get(sentence.firstToken() + i).text(s);
                }
                Span[] found = finder.find(words);
                if (found.length == 0) {
                    continue;
                }
                double[] probs = finder.probs();
                for (Span f : found) {
                    Optional<EntityKind> kind = EntityKind.ofModelType(f.getType());
                    if (kind.isEmpty()) {
                        continue;
                    }
                    int from = sentence.firstToken() + f.getStart();
                    int to = sentence.firstToken() + f.getEnd();
                    // A name or place never starts with punctuation, and ends with it only in an initial's full stop.
                    while (from < to && tokens.get(from).kind() == Token.Kind.PUNCT) {
                        from++;
                    }
                    while (to > from && tokens.get(to - 1).kind() == Token.Kind.PUNCT && !closesInitial(s, tokens,
                            from, to - 1)) {
                        to--;
                    }
                    if (from == to) {
                        continue;
                    }
                    int offset = sentence.firstToken();
                    double score = MIN_SCORE + (MAX_SCORE - MIN_SCORE) * mean(probs, from - offset, to - offset);
                    PhiSpan span = new PhiSpan(tokens.get(from).start(), tokens.get(to - 1).end(), kind.get().type(),
                            kind.get().subtype(), score, NAME);
                    if (lexicons.plausibleStatisticalHit(text, span)) {
                        out.add(span);
                    }
                }
            }
        } finally {
            finder.clearAdaptiveData();
        }
        return out;
    }

    /** Returns true when token {@code dot} is a full stop right after a one-letter word inside {@code [from, dot)}. */
    private static boolean closesInitial(String s, List<Token> tokens, int from, int dot) {
        Token t = tokens.get(dot);
        if (dot == from || s.charAt(t.start()) != '.') {
            return false;
        }
        Token prev = tokens.get(dot - 1);
        return prev.end() == t.start() && prev.kind() == Token.Kind.WORD
                && s.codePointCount(prev.start(), prev.end()) == 1;
    }

    private static double mean(double[] probs, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += probs[i];
        }
        return Math.min(1.0, Math.max(0.0, sum / (to - from)));
    }
}

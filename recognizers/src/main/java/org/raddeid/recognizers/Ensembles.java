package org.raddeid.recognizers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.ensemble.EnsemblePolicy;
import org.raddeid.core.ensemble.SpanDiscipline;
import org.raddeid.core.ensemble.TextView;
import org.raddeid.recognizers.dictionary.WordClasses;
import org.raddeid.recognizers.dictionary.ClinicalVeto;
import org.raddeid.core.ensemble.Veto;
import org.raddeid.recognizers.casing.Truecaser;
import org.raddeid.recognizers.context.ContextRecognizer;
import org.raddeid.recognizers.corenlp.CoreNlpRecognizer;
import org.raddeid.recognizers.dictionary.Cues;
import org.raddeid.recognizers.dictionary.DictionaryRecognizer;
import org.raddeid.recognizers.dictionary.Lexicons;
import org.raddeid.recognizers.dictionary.MedicalAllowlist;
import org.raddeid.recognizers.opennlp.OpenNlpRecognizer;
import org.raddeid.recognizers.pattern.PatternRecognizer;

/**
 * The recognizers and named ensembles raddeid ships. A new recognizer is one line in {@link #RECOGNIZERS}; a new
 * ensemble one line in {@link #ENSEMBLES}.
 *
 * <p>Each recognizer is built at most once per JVM, on first use, and shared by every ensemble that names it, so heavy
 * models (CoreNLP, OpenNLP) are loaded once. Thread-safe.
 */
public final class Ensembles {

    /** The ensemble used when none is named. */
    public static final String DEFAULT = "default";

    /** Everything raddeid ships that runs locally: {@link #FAST} plus the statistical name finders. */
    public static final String DEFAULT_ENSEMBLE = "default";

    /** Patterns, dictionaries and context cues: no statistical models, thousands of reports per second. */
    public static final String FAST = "fast";

    /** Regex recognizers only: dates, contacts, identifiers, addresses, ages over 89. */
    public static final String PATTERNS = "patterns";

    private static final Map<String, Shared> RECOGNIZERS = new LinkedHashMap<>();
    private static final Map<String, List<String>> ENSEMBLES = new LinkedHashMap<>();

    static {
        recognizer(PatternRecognizer.NAME, PatternRecognizer::new);
        recognizer(DictionaryRecognizer.NAME, DictionaryRecognizer::new);
        recognizer(ContextRecognizer.NAME, ContextRecognizer::new);
        recognizer(OpenNlpRecognizer.NAME, OpenNlpRecognizer::new);
        recognizer(CoreNlpRecognizer.NAME, CoreNlpRecognizer::new);

        ensemble(PATTERNS, PatternRecognizer.NAME);
        ensemble(FAST, PatternRecognizer.NAME, DictionaryRecognizer.NAME, ContextRecognizer.NAME);
        ensemble(DEFAULT_ENSEMBLE, PatternRecognizer.NAME, DictionaryRecognizer.NAME, ContextRecognizer.NAME,
                CoreNlpRecognizer.NAME, OpenNlpRecognizer.NAME);
    }

    private Ensembles() {
    }

    private static void recognizer(String name, Supplier<Recognizer> factory) {
        RECOGNIZERS.put(name, new Shared(factory));
    }

    private static void ensemble(String name, String... recognizers) {
        for (String r : recognizers) {
            if (!RECOGNIZERS.containsKey(r)) {
                throw new IllegalStateException("ensemble " + name + " names unknown recognizer " + r);
            }
        }
        ENSEMBLES.put(name, List.of(recognizers));
    }

    /** Returns the names of the known ensembles, in a stable order. Unmodifiable. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(ENSEMBLES.keySet());
    }

    /** Returns the names of the known recognizers, in a stable order. Unmodifiable. */
    public static Set<String> recognizerNames() {
        return Collections.unmodifiableSet(RECOGNIZERS.keySet());
    }

    /** Returns the names of the recognizers in ensemble {@code name}, in run order, without loading them. */
    public static List<String> recognizersOf(String name) {
        List<String> r = name == null ? null : ENSEMBLES.get(name);
        if (r == null) {
            throw new IllegalArgumentException("unknown ensemble '" + name + "'; known: " + String.join(", ", names()));
        }
        return r;
    }

    /**
     * Returns the shared recognizer called {@code name}, building it on first use.
     *
     * @throws IllegalArgumentException naming the unknown name and listing the known ones
     */
    public static Recognizer recognizer(String name) {
        Shared s = name == null ? null : RECOGNIZERS.get(name);
        if (s == null) {
            throw new IllegalArgumentException(
                    "unknown recognizer '" + name + "'; known: " + String.join(", ", recognizerNames()));
        }
        return s.get();
    }

    /**
     * Builds the ensemble called {@code name} over the shared recognizers.
     *
     * @throws IllegalArgumentException naming the unknown name and listing the known ones
     */
    public static Ensemble create(String name) {
        List<Recognizer> rs = new ArrayList<>();
        for (String r : recognizersOf(name)) {
            rs.add(recognizer(r));
        }
        return new Ensemble(name, rs, name.equals(PATTERNS) ? EnsemblePolicy.UNION : policy());
    }

    /**
     * The policy of the shipped ensembles: recall first. Weak name and place hits inside medical vocabulary are
     * vetoed; names and identifiers found once are marked wherever they recur; a name part that is an everyday word
     * recurs only where capitalised.
     */
    static EnsemblePolicy policy() {
        Lexicons lex = Lexicons.get();
        Cues cues = Cues.get();
        WordClasses words = WordClasses.get();
        Veto allowlist = MedicalAllowlist.shared();
        Veto clinical = new ClinicalVeto();
        return new EnsemblePolicy(Map.of(), (t, s) -> allowlist.vetoes(t, s) || clinical.vetoes(t, s), VETO_BELOW,
                true, lex::isEnglish, w -> cues.titles.contains(w) || cues.credentials.contains(w)
                        || NOT_NAME_PARTS.contains(w) || neverAName(lex, words, w))
                .withView(Truecasing.VIEW)
                .withDiscipline(discipline())
                .withCueRecognizers(CUE_RECOGNIZERS::contains);
    }

    /** Words a merged name span may hold that are never names themselves. */
    private static final java.util.Set<String> NOT_NAME_PARTS = java.util.Set.of("hospital", "hospitals", "clinic",
            "center", "centre", "medical", "health", "healthcare", "institute", "university", "imaging", "radiology",
            "department", "jr", "sr", "ii", "iii", "iv", "an", "the", "and", "of", "at", "on", "in", "by", "to");

    /** Recognizers that find names by a cue (a title, a label, a credential, a shape, the caller's identifiers). */
    private static final Set<String> CUE_RECOGNIZERS = Set.of(ContextRecognizer.NAME, PatternRecognizer.NAME,
            KnownIdentifiers.RECOGNIZER);

    /**
     * A name part that never propagates: a function word, a clinical term, or an everyday word that is no frequent
     * name ({@code with}, {@code mediastinum}, {@code reason}); {@code Will} and {@code Hope} still propagate where
     * they are capitalised.
     */
    private static boolean neverAName(Lexicons lex, WordClasses words, String w) {
        return words.functionWord(w) || words.clinicalWord(w) || WordClasses.placeholder(w)
                || lex.isEnglish(w) && !lex.commonNames.contains(w) && !lex.firstNames.contains(w);
    }

    /** Recognizers whose spans come from word lists and cues rather than statistics. */
    private static final Set<String> LIST_BASED = Set.of(DictionaryRecognizer.NAME, ContextRecognizer.NAME,
            PatternRecognizer.NAME);

    /** The most words a name may have, and a place that is no address. */
    static final int MAX_NAME_WORDS = 5;
    static final int MAX_PLACE_WORDS = 8;

    /** Names and places cut at sentence ends, line breaks and edge words, and bounded in length. */
    static SpanDiscipline discipline() {
        WordClasses words = WordClasses.get();
        return new SpanDiscipline(words::nameEdge, words::placeEdge, words::clinicalTerm, words::connector,
                words::periodAbbreviation, LIST_BASED::contains, MAX_NAME_WORDS, MAX_PLACE_WORDS, VETO_BELOW);
    }

    /**
     * Restores the case of ALL-CAPS and lower-case lines before any recognizer reads them. Built with the first
     * ensemble that uses it, so its lexicons load (and are timed) with the ensemble, not when a name is looked up.
     */
    private static final class Truecasing {
        static final TextView VIEW = new Truecaser();
    }

    /** Name, place and profession hits scoring below this may be vetoed by the medical allowlist. */
    static final double VETO_BELOW = 0.9;

    /** A recognizer built once, on first use. */
    private static final class Shared {
        private final Supplier<Recognizer> factory;
        private volatile Recognizer instance;

        Shared(Supplier<Recognizer> factory) {
            this.factory = factory;
        }

        Recognizer get() {
            Recognizer r = instance;
            if (r == null) {
                synchronized (this) {
                    r = instance;
                    if (r == null) {
                        r = factory.get();
                        instance = r;
                    }
                }
            }
            return r;
        }
    }
}

package org.raddeid.corpora.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.raddeid.corpora.LabelledDocument;

/**
 * Generates synthetic radiology reports with gold PHI labels recorded while the text is built.
 *
 * <p>Deterministic: document {@code i} (id {@code synth-%06d} of {@code i + 1}) depends only on the seed and
 * {@code i}, so the same seed gives identical documents and document {@code i} is the same whatever {@code n} is.
 * Immutable and thread-safe; the bundled tables are loaded once per JVM on first use.
 */
public final class ReportGenerator {

    private final long seed;
    private final GeneratorData data;
    private final Set<WritingStyle> styles;

    /** Creates a generator for {@code seed} that writes documents in every {@link WritingStyle}, by weight. */
    public ReportGenerator(long seed) {
        this(seed, EnumSet.allOf(WritingStyle.class));
    }

    /**
     * Creates a generator for {@code seed} that writes only {@code styles}. A document's style is drawn from its own
     * random stream, so a {@link WritingStyle#STANDARD} document is the same whatever other styles are allowed:
     * {@code Set.of(STANDARD)} gives the reports generators before the other styles gave.
     *
     * @throws IllegalArgumentException when {@code styles} is empty
     */
    public ReportGenerator(long seed, Set<WritingStyle> styles) {
        if (styles.isEmpty()) {
            throw new IllegalArgumentException("at least one writing style is needed");
        }
        this.seed = seed;
        this.data = GeneratorData.shared();
        this.styles = EnumSet.copyOf(styles);
    }

    /** Returns the seed. */
    public long seed() {
        return seed;
    }

    /**
     * Returns documents {@code 0 .. n-1}.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public List<LabelledDocument> generate(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("document count must be >= 0, was " + n);
        }
        List<LabelledDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            docs.add(report(i).document());
        }
        return docs;
    }

    /** Returns documents {@code 0 .. n-1} divided into train, dev and test (see {@link Split#of}). */
    public Splits generateSplits(int n) {
        return Splits.of(generate(n));
    }

    /**
     * Returns document {@code index} with its modality and date styles.
     *
     * @throws IllegalArgumentException when {@code index} is negative
     */
    public SyntheticReport report(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("document index must be >= 0, was " + index);
        }
        WritingStyle style = WritingStyle.draw(styles,
                new SplittableRandom(mix(seed ^ STYLE_STREAM, index)).nextDouble());
        Draft d = new Draft(new SplittableRandom(mix(seed, index)), data);
        String id = String.format(Locale.ROOT, "synth-%06d", index + 1);
        switch (style) {
            case SHORTHAND -> {
                ShorthandNote.write(d);
                return new SyntheticReport(d.out.build(id), d.modality, d.out.dateStyles(), style);
            }
            case QUESTION -> {
                QuestionNote.write(d);
                return new SyntheticReport(d.out.build(id), d.modality, d.out.dateStyles(), style);
            }
            case LEGACY_RIS -> {
                d.out.voice(Voices.capitals(), Voices.capitals());
                LegacyHeader.write(d);
            }
            case DICTATED -> {
                d.out.voice(Voices.spoken(), Voices.lowerCase());
                DictatedIntro.write(d);
            }
            default -> HeaderSection.write(d);
        }
        int order = d.rnd.nextInt(3);
        if (order == 0) {
            ClinicalSection.history(d);
            ClinicalSection.technique(d);
            ClinicalSection.comparison(d);
        } else if (order == 1) {
            ClinicalSection.history(d);
            ClinicalSection.comparison(d);
            ClinicalSection.technique(d);
        } else {
            ClinicalSection.technique(d);
            ClinicalSection.history(d);
            ClinicalSection.comparison(d);
        }
        ResultSection.findings(d);
        ResultSection.impression(d);
        if (d.chance(0.25)) {
            ResultSection.critical(d);
        }
        SignatureSection.write(d);
        return new SyntheticReport(d.out.build(id), d.modality, d.out.dateStyles(), style);
    }

    /** Salt of the random stream that picks each document's writing style, apart from its content. */
    private static final long STYLE_STREAM = 0x5EED57A1E5L;

    /** Mixes seed and index into a well-spread per-document seed (SplitMix64 finaliser). */
    static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package org.raddeid.corpora.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Per-modality radiology phrases ({@code phrases/<modality>.txt}), in sections {@code [exam]}, {@code [indication]},
 * {@code [technique]}, {@code [findings]} and {@code [impression]}. Phrases contain no PHI; their placeholders are
 * filled with non-PHI look-alikes (the traps): {@code {size}} measurements, {@code {level}} vertebral levels,
 * {@code {series}} series/image numbers, {@code {cpt}} 5-digit procedure codes, {@code {dose}} dose reports and
 * {@code {grade}} scores. Immutable and thread-safe once loaded.
 */
public final class PhraseBank {

    /** The sections of a phrase file. */
    public enum Section { EXAM, INDICATION, TECHNIQUE, FINDINGS, IMPRESSION }

    private static final List<String> LEVELS = List.of("C5/6", "C6-C7", "L4-L5", "L5-S1", "T12", "L1", "T8-T9",
            "C3-4", "L3/4", "S1", "T4");
    private static final List<String> CPT = List.of("71250", "74177", "70450", "72131", "71046", "73110", "76700",
            "77067", "78815", "78306", "32408", "49083", "36561", "70553", "73721", "76536");

    private final Map<Modality, Map<Section, List<String>>> banks = new EnumMap<>(Modality.class);

    private PhraseBank() {
        for (Modality m : Modality.values()) {
            banks.put(m, parse(m));
        }
    }

    /** Loads the bundled phrase banks. */
    public static PhraseBank load() {
        return new PhraseBank();
    }

    /** Returns the raw phrases of one section (immutable, placeholders unfilled). */
    public List<String> phrases(Modality modality, Section section) {
        return banks.get(modality).get(section);
    }

    /** Returns one phrase of {@code section} with its placeholders filled from {@code rnd}. */
    public String phrase(SplittableRandom rnd, Modality modality, Section section) {
        return fill(rnd, NamePools.pick(rnd, phrases(modality, section)));
    }

    /** Returns up to {@code max} distinct phrases of {@code section}, filled, in bank order. */
    public List<String> some(SplittableRandom rnd, Modality modality, Section section, int max) {
        List<String> all = phrases(modality, section);
        List<String> out = new ArrayList<>();
        int want = Math.min(max, all.size());
        for (int i = 0; i < all.size() && out.size() < want; i++) {
            if (rnd.nextInt(all.size() - i) < want - out.size()) {
                out.add(fill(rnd, all.get(i)));
            }
        }
        return out;
    }

    /** Fills the placeholders of {@code phrase}; no placeholder is ever filled with PHI. */
    static String fill(SplittableRandom rnd, String phrase) {
        if (phrase.indexOf('{') < 0) {
            return phrase;
        }
        return phrase.replace("{size}", size(rnd))
                .replace("{level}", NamePools.pick(rnd, LEVELS))
                .replace("{series}", (2 + rnd.nextInt(8)) + " image " + (5 + rnd.nextInt(180)))
                .replace("{cpt}", NamePools.pick(rnd, CPT))
                .replace("{dose}", "DLP " + (150 + rnd.nextInt(900)) + " mGy-cm, CTDIvol "
                        + String.format(Locale.ROOT, "%.1f", 3 + rnd.nextDouble() * 15) + " mGy")
                .replace("{grade}", (1 + rnd.nextInt(5)) + "/5");
    }

    private static String size(SplittableRandom rnd) {
        double a = 0.3 + rnd.nextInt(60) / 10.0;
        if (rnd.nextBoolean()) {
            return String.format(Locale.ROOT, "%.1f cm", a);
        }
        double b = 0.3 + rnd.nextInt(60) / 10.0;
        return String.format(Locale.ROOT, "%.1f x %.1f cm", a, b);
    }

    private static Map<Section, List<String>> parse(Modality m) {
        Map<Section, List<String>> sections = new HashMap<>();
        Section current = null;
        for (String line : ResourceLines.read(m.resourceName())) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = Section.valueOf(line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT));
                sections.put(current, new ArrayList<>());
            } else if (current != null) {
                sections.get(current).add(line);
            }
        }
        Map<Section, List<String>> out = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            List<String> list = sections.get(s);
            if (list == null || list.isEmpty()) {
                throw new IllegalStateException("phrase bank " + m.resourceName() + " lacks section " + s);
            }
            out.put(s, List.copyOf(list));
        }
        return out;
    }
}

package org.raddeid.corpora.generator;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a generated document is written. Real archives mix these: structured mixed-case reports, legacy RIS exports in
 * capitals, dictated text without capitals, ICU and nursing shorthand, and short questions about a patient. Labels are
 * recorded while each is built, whatever its case.
 */
public enum WritingStyle {
    /** A structured radiology report in mixed case. */
    STANDARD(0.55),
    /** A legacy RIS export: the whole report in capitals, fixed-width header fields. */
    LEGACY_RIS(0.12),
    /** A dictated report: no capitals, few punctuation marks, the header spoken in the first lines. */
    DICTATED(0.12),
    /** An ICU or nursing progress note in clinical shorthand: abbreviations, month/day dates, relatives by name. */
    SHORTHAND(0.13),
    /** A short question from a clinician or a patient that mentions a patient. */
    QUESTION(0.08);

    private final double weight;

    WritingStyle(double weight) {
        this.weight = weight;
    }

    /** Returns the style's share among documents when every style is drawn. */
    public double weight() {
        return weight;
    }

    /** Returns the style's name as users write it ({@code legacy-ris}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses names such as {@code standard,legacy-ris} (case and {@code -}/{@code _} ignored).
     *
     * @throws IllegalArgumentException naming the unknown value and listing the valid ones
     */
    public static Set<WritingStyle> parseAll(List<String> names) {
        Set<WritingStyle> out = EnumSet.noneOf(WritingStyle.class);
        for (String n : names) {
            String key = n.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                out.add(valueOf(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown writing style '" + n + "'; valid: "
                        + Arrays.stream(values()).map(WritingStyle::label).collect(Collectors.joining(", ")), e);
            }
        }
        return out;
    }

    /** Draws a style from {@code allowed} by weight, with {@code u} uniform in [0, 1). */
    static WritingStyle draw(Set<WritingStyle> allowed, double u) {
        double total = allowed.stream().mapToDouble(WritingStyle::weight).sum();
        double x = u * total;
        WritingStyle last = null;
        for (WritingStyle s : values()) {
            if (allowed.contains(s)) {
                last = s;
                x -= s.weight;
                if (x < 0) {
                    return s;
                }
            }
        }
        return last;
    }
}

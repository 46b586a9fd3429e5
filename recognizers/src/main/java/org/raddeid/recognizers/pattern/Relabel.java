package org.raddeid.recognizers.pattern;

import java.util.List;
import java.util.Locale;
import org.raddeid.core.PhiSubtype;

/**
 * Changes a match's subtype when a label word stands shortly before it on the same line, e.g. a date after
 * {@code DOB:} becomes {@link PhiSubtype#DOB}, a phone number after {@code Fax:} becomes {@link PhiSubtype#FAX}.
 * If one of the pattern's own context words, or a digit, stands between the label and the match, the label belongs
 * to an earlier value and is ignored. Immutable.
 *
 * @param words lower-case label words or phrases
 * @param subtype the subtype to use instead; must have the same type as the pattern's subtype
 */
public record Relabel(List<String> words, PhiSubtype subtype) {

    public Relabel {
        words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty() || subtype == null) {
            throw new IllegalArgumentException("a relabel needs words and a subtype");
        }
    }

    /** Returns a relabel to {@code subtype} after any of {@code words}. */
    public static Relabel to(PhiSubtype subtype, String... words) {
        return new Relabel(List.of(words), subtype);
    }
}

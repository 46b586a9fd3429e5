package org.raddeid.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.raddeid.corpora.LabelledDocument;

/**
 * A way to rewrite a text's case that keeps every offset: the same report as a legacy RIS export (ALL CAPS) or a
 * lower-cased dictation. Each code point is mapped on its own ({@link Character#toUpperCase(int)} or
 * {@link Character#toLowerCase(int)}); a code point whose mapping would change the text's length in chars is left as
 * it is, so gold annotations stay valid without being moved. Immutable and thread-safe.
 */
public enum CaseVariant {
    /** The text as written. */
    ORIGINAL(cp -> cp),
    /** Every letter in upper case. */
    UPPER(Character::toUpperCase),
    /** Every letter in lower case. */
    LOWER(Character::toLowerCase);

    private final IntUnaryOperator mapping;

    CaseVariant(IntUnaryOperator mapping) {
        this.mapping = mapping;
    }

    /** Returns the variant's name as users write it ({@code original}, {@code upper}, {@code lower}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns {@code text} in this variant: same length in chars and in code points, same line breaks. */
    public String apply(String text) {
        if (this == ORIGINAL) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int mapped = mapping.applyAsInt(cp);
            sb.appendCodePoint(Character.charCount(mapped) == Character.charCount(cp) ? mapped : cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Returns {@code doc} with its text in this variant and the same annotations; the argument is not changed. */
    public LabelledDocument apply(LabelledDocument doc) {
        return this == ORIGINAL ? doc : new LabelledDocument(doc.id(), apply(doc.text()), doc.annotations());
    }

    /**
     * Parses a list such as {@code original,upper,lower}, ignoring case and spaces; duplicates are kept once, in
     * first-seen order.
     *
     * @throws IllegalArgumentException naming the unknown value and listing the valid ones
     */
    public static List<CaseVariant> parseAll(List<String> names) {
        Set<CaseVariant> out = new LinkedHashSet<>();
        for (String name : names) {
            out.add(parse(name));
        }
        return new ArrayList<>(out);
    }

    /**
     * Parses one variant name, ignoring case and surrounding space.
     *
     * @throws IllegalArgumentException naming the value and listing the valid names
     */
    public static CaseVariant parse(String name) {
        for (CaseVariant v : values()) {
            if (name != null && v.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown variant '" + name + "'; valid: "
                + Arrays.stream(values()).map(CaseVariant::label).collect(Collectors.joining(", ")));
    }
}

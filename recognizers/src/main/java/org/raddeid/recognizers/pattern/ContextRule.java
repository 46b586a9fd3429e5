package org.raddeid.recognizers.pattern;

import java.util.List;
import java.util.Locale;

/**
 * Context words looked for (Presidio-style) in a small window of text before a match. When one is found the match's
 * score rises by {@code boost}; when {@code required} is true a match without one is dropped, which is how weak
 * patterns such as a bare 5-digit ZIP or a bare 9-digit SSN are kept from firing on every number. Immutable.
 *
 * @param words lower-case words or phrases; a word matches at a word start, optionally followed by a plural {@code s}
 * @param required whether a match needs one of the words to be reported
 * @param boost added to the score when a word is found (the result is capped at 1)
 */
public record ContextRule(List<String> words, boolean required, double boost) {

    /** No context words. */
    public static final ContextRule NONE = new ContextRule(List.of(), false, 0);

    /** The default score boost, as in Presidio. */
    public static final double DEFAULT_BOOST = 0.35;

    public ContextRule {
        words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (required && words.isEmpty()) {
            throw new IllegalArgumentException("a required context needs at least one word");
        }
        if (!(boost >= 0 && boost <= 1)) {
            throw new IllegalArgumentException("context boost must be in [0,1], was " + boost);
        }
    }

    /** Words that raise the score but are not needed. */
    public static ContextRule boosting(String... words) {
        return new ContextRule(List.of(words), false, DEFAULT_BOOST);
    }

    /** Words of which one must be present for a match to count. */
    public static ContextRule requiring(String... words) {
        return new ContextRule(List.of(words), true, DEFAULT_BOOST);
    }
}

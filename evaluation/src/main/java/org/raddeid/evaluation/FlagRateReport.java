package org.raddeid.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much an ensemble flags on text known to hold no PHI (the IU chest X-ray reports, PHI-free dictations): every
 * flagged token is a false positive, or PHI the corpus was wrongly believed free of, so the list of flagged words is
 * meant to be reviewed. An immutable record tree; Jackson writes it as JSON. Offsets are Unicode code points.
 *
 * @param corpus a label for the corpus, or null
 * @param ensemble the detector's name, or null
 * @param variant the case variant the text was scored in ({@link CaseVariant#label()})
 * @param docs documents scored
 * @param tokens alphanumeric tokens in them (the tokens the labelled scores count)
 * @param flaggedTokens tokens touched by a found span
 * @param flaggedPerThousand {@code 1000 * flaggedTokens / tokens}, or null when there are no tokens
 * @param spans found spans
 * @param flaggedTokensByType flagged tokens per type of the span that covers them, in the type enum's order
 * @param topWords the most frequent flagged tokens, lower-cased, most frequent first
 * @param flagged the first found spans, with context, in the order documents were added
 * @param docsWithFlag documents with at least one found span
 */
public record FlagRateReport(String corpus, String ensemble, String variant, long docs, long tokens,
        long flaggedTokens, Double flaggedPerThousand, long spans, Map<String, Long> flaggedTokensByType,
        List<FlaggedWord> topWords, List<FalsePositive> flagged, long docsWithFlag) {

    public FlagRateReport {
        flaggedTokensByType = Collections.unmodifiableMap(new LinkedHashMap<>(flaggedTokensByType));
        topWords = List.copyOf(topWords);
        flagged = List.copyOf(flagged);
    }

    /**
     * A flagged word and how often it was flagged. Immutable.
     *
     * @param word the token, lower-cased
     * @param count how many of its occurrences were flagged
     */
    public record FlaggedWord(String word, long count) {
    }
}

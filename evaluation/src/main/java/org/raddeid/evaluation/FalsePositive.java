package org.raddeid.evaluation;

/**
 * A found span that overlaps no gold annotation. Offsets are Unicode code points. Holds corpus text by design; never
 * log it. Immutable.
 *
 * @param docId the document id
 * @param start first code point, inclusive
 * @param end last code point, exclusive
 * @param type the found type
 * @param subtype the found subtype, or null
 * @param recognizer the recognizer that reported it
 * @param score its score
 * @param text the flagged text
 * @param before up to {@value Scorer#CONTEXT_CODE_POINTS} code points of text before it
 * @param after up to {@value Scorer#CONTEXT_CODE_POINTS} code points of text after it
 */
public record FalsePositive(String docId, int start, int end, String type, String subtype, String recognizer,
        double score, String text, String before, String after) {
}

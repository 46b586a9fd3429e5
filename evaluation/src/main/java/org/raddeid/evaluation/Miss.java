package org.raddeid.evaluation;

/**
 * A gold annotation that was not fully found: some char of an alphanumeric token inside it is covered by no found
 * span. Offsets are Unicode code points. Holds corpus text by design (evaluation reports are written for labelled,
 * usually synthetic, corpora); never log it. Immutable.
 *
 * @param docId the document id
 * @param start first code point, inclusive
 * @param end last code point, exclusive
 * @param type the gold type
 * @param subtype the gold subtype, or null
 * @param origin the name origin, or null
 * @param partlyFound true when some of its chars were covered by a found span
 * @param text the annotated text
 * @param before up to {@value Scorer#CONTEXT_CODE_POINTS} code points of text before it
 * @param after up to {@value Scorer#CONTEXT_CODE_POINTS} code points of text after it
 */
public record Miss(String docId, int start, int end, String type, String subtype, String origin, boolean partlyFound,
        String text, String before, String after) {
}

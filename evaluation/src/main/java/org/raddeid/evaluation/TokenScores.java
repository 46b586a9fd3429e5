package org.raddeid.evaluation;

/**
 * Token-level, type-blind scores over alphanumeric tokens (punctuation is not scored). Immutable.
 *
 * <p>A token is a PHI token when it overlaps a gold annotation. It is caught when every one of its chars that lies
 * inside a gold annotation is covered by a found span of any type; for a token entirely inside gold (the usual case)
 * that is every char of the token. A token is flagged when any of its chars is covered by a found span.
 *
 * @param recall {@code caught / phiTokens}, or null when there are no PHI tokens
 * @param precision {@code flaggedCorrect / flagged}, or null when nothing was flagged
 * @param typedPrecision {@code flaggedTypedCorrect / flagged}: a flagged token counts only when a found span covering
 *     it has the type of a gold annotation it overlaps; null when nothing was flagged
 * @param phiTokens tokens overlapping gold annotations
 * @param caught PHI tokens caught
 * @param flagged tokens touched by a found span
 * @param flaggedCorrect flagged tokens that are PHI tokens
 * @param flaggedTypedCorrect flagged tokens whose found type matches a gold type on the token
 */
public record TokenScores(Double recall, Double precision, Double typedPrecision, long phiTokens, long caught,
        long flagged, long flaggedCorrect, long flaggedTypedCorrect) {
}

package org.raddeid.evaluation;

/**
 * Scores of one group (a type, a subtype or a name origin). Immutable.
 *
 * <p>Recall sides group by the gold annotation's key, precision sides by the found span's key. Detection stays
 * type-blind for token recall and overlap matching: a PHI token of this group is caught by a found span of any type.
 * Found spans carry no origin, so the precision fields of origin groups are null; found spans without a subtype do not
 * count in any subtype group.
 *
 * @param support gold annotations in the group (identical duplicates counted once)
 * @param phiTokens PHI tokens overlapping a gold annotation of the group
 * @param caught those PHI tokens that were caught
 * @param tokenRecall {@code caught / phiTokens}, or null
 * @param flagged tokens touched by a found span of the group
 * @param flaggedCorrect those that are PHI tokens of any group
 * @param tokenPrecision {@code flaggedCorrect / flagged}, or null
 * @param tokenPrecisionTyped share of flagged tokens that are PHI tokens of this same group, or null
 * @param entityStrict entity scores, same bounds and type
 * @param entityOverlap entity scores, any overlap, type-blind
 */
public record GroupScore(long support, long phiTokens, long caught, Double tokenRecall, long flagged,
        long flaggedCorrect, Double tokenPrecision, Double tokenPrecisionTyped, EntityScore entityStrict,
        EntityScore entityOverlap) {
}

package org.raddeid.evaluation;

/** Mutable counters of one group while documents are added; not thread-safe (the {@link Scorer} guards it). */
final class Tally {
    long support;
    long phiTokens;
    long caught;
    long flagged;
    long flaggedCorrect;
    long flaggedTypedCorrect;
    long strictTp;
    long strictFn;
    long strictFp;
    long strictTpFound;
    long overlapTp;
    long overlapFn;
    long overlapFp;
    long overlapTpFound;

    EntityScore strict() {
        return EntityScore.of(strictTp, strictFp, strictFn, strictTpFound);
    }

    EntityScore overlap() {
        return EntityScore.of(overlapTp, overlapFp, overlapFn, overlapTpFound);
    }

    TokenScores tokens() {
        return new TokenScores(Ratios.of(caught, phiTokens), Ratios.of(flaggedCorrect, flagged),
                Ratios.of(flaggedTypedCorrect, flagged), phiTokens, caught, flagged, flaggedCorrect,
                flaggedTypedCorrect);
    }

    GroupScore group() {
        return new GroupScore(support, phiTokens, caught, Ratios.of(caught, phiTokens), flagged, flaggedCorrect,
                Ratios.of(flaggedCorrect, flagged), Ratios.of(flaggedTypedCorrect, flagged), strict(), overlap());
    }
}

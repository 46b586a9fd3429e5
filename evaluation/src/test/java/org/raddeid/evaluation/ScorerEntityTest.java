package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.raddeid.core.PhiSubtype.CITY;
import static org.raddeid.core.PhiSubtype.HOSPITAL;
import static org.raddeid.core.PhiType.LOCATION;
import static org.raddeid.core.PhiType.NAME;
import static org.raddeid.evaluation.Fixtures.doc;
import static org.raddeid.evaluation.Fixtures.found;
import static org.raddeid.evaluation.Fixtures.gold;
import static org.raddeid.evaluation.Fixtures.score;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerEntityTest {

    @Test
    void whenExactMatch_thenStrictAndOverlapArePerfect() {
        EvaluationReport r = score(doc("d1", "John", gold(0, 4, NAME)), found(0, 4, NAME));

        assertThat(r.entity().strict()).isEqualTo(new EntityScore(1.0, 1.0, 1.0, 1, 0, 0, 1));
        assertThat(r.entity().overlap()).isEqualTo(new EntityScore(1.0, 1.0, 1.0, 1, 0, 0, 1));
    }

    @Test
    void whenFoundTypeIsWrong_thenStrictMissesButOverlapHits() {
        // Same bounds, LOCATION instead of NAME: strict tp 0, fp 1, fn 1; overlap is type-blind.
        EvaluationReport r = score(doc("d1", "Dr Adams", gold(3, 8, NAME)), found(3, 8, LOCATION));

        assertThat(r.entity().strict()).isEqualTo(new EntityScore(0.0, 0.0, 0.0, 0, 1, 1, 0));
        assertThat(r.entity().overlap()).isEqualTo(new EntityScore(1.0, 1.0, 1.0, 1, 0, 0, 1));
        assertThat(r.perType().get("NAME").entityStrict().recall()).isEqualTo(0.0);
        assertThat(r.perType().get("NAME").entityStrict().precision()).isNull();
        assertThat(r.perType().get("LOCATION").entityStrict().precision()).isEqualTo(0.0);
        assertThat(r.perType().get("LOCATION").entityStrict().recall()).isNull();
    }

    @Test
    void whenTwoSpansOverlapOneGold_thenStrictFailsTwiceAndOverlapCountsBothFoundSpansCorrect() {
        // Gold "Jonathan" 0..8; found 0..5 and 3..8. Strict: fn 1, fp 2. Overlap: gold tp 1, both found spans hit.
        EvaluationReport r = score(doc("d1", "Jonathan", gold(0, 8, NAME)), found(0, 5, NAME), found(3, 8, NAME));

        assertThat(r.entity().strict()).isEqualTo(new EntityScore(0.0, 0.0, 0.0, 0, 2, 1, 0));
        assertThat(r.entity().overlap()).isEqualTo(new EntityScore(1.0, 1.0, 1.0, 1, 0, 0, 2));
    }

    @Test
    void whenFoundSpansAreNested_thenTheInnerOneIsAStrictFalsePositiveOnly() {
        // Gold 0..21; found 0..21 (tp) and 7..14 (strict fp, but overlaps gold). Strict P 1/2, R 1, F1 2/3.
        EvaluationReport r = score(doc("d1", "Boston Medical Center", gold(0, 21, HOSPITAL)),
                found(0, 21, HOSPITAL), found(7, 14, LOCATION));

        EntityScore strict = r.entity().strict();
        assertThat(strict.precision()).isEqualTo(0.5);
        assertThat(strict.recall()).isEqualTo(1.0);
        assertThat(strict.f1()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(r.entity().overlap().precision()).isEqualTo(1.0);
        assertThat(r.falsePositivesTotal()).isZero();
    }

    @Test
    void whenGoldIsNested_thenEachAnnotationIsScoredAndTokensAreCountedOnce() {
        // Gold HOSPITAL 0..21 and CITY 0..6 ("Boston"); found only 0..21 HOSPITAL.
        // Strict: HOSPITAL tp, CITY fn -> R 1/2, P 1/1, F1 2/3. Overlap: both gold hit. Tokens: 3, "Boston" once.
        EvaluationReport r = score(doc("d1", "Boston Medical Center", gold(0, 21, HOSPITAL), gold(0, 6, CITY)),
                found(0, 21, HOSPITAL));

        assertThat(r.entity().strict()).isEqualTo(EntityScore.of(1, 0, 1, 1));
        assertThat(r.entity().strict().f1()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(r.entity().overlap().recall()).isEqualTo(1.0);
        assertThat(r.token().phiTokens()).isEqualTo(3);
        assertThat(r.perType().get("LOCATION").phiTokens()).isEqualTo(3);
        assertThat(r.perType().get("LOCATION").support()).isEqualTo(2);
        assertThat(r.perSubtype().get("CITY").phiTokens()).isEqualTo(1);
        assertThat(r.perSubtype().get("CITY").entityStrict().recall()).isEqualTo(0.0);
        assertThat(r.perSubtype().get("CITY").entityStrict().precision()).isNull();
        assertThat(r.perSubtype().get("HOSPITAL").entityStrict().f1()).isEqualTo(1.0);
        // CITY's token was caught by the HOSPITAL span: token recall is type-blind, so nothing leaked.
        assertThat(r.perSubtype().get("CITY").tokenRecall()).isEqualTo(1.0);
        assertThat(r.missesTotal()).isZero();
    }

    @Test
    void whenDetectorReportsTheSameSpanTwice_thenItCountsOnce() {
        EvaluationReport r = score(doc("d1", "John", gold(0, 4, NAME)), found(0, 4, NAME), found(0, 4, NAME));

        assertThat(r.entity().strict()).isEqualTo(new EntityScore(1.0, 1.0, 1.0, 1, 0, 0, 1));
    }

    @Test
    void whenOneDocumentHasNoPhiAndOneFalsePositive_thenPrecisionDropsAndRecallIsUnchanged() {
        // Doc A: "John" found exactly. Doc B: no PHI, "acute" flagged as NAME.
        // Tokens: 1 PHI caught; flagged 2, correct 1 -> P 0.5. Entity strict: tp 1, fp 1 -> P 0.5, R 1, F1 2/3.
        Scorer s = new Scorer(null, null);
        s.add(doc("a", "John", gold(0, 4, NAME)), List.of(found(0, 4, NAME)), 0);
        s.add(doc("b", "No acute findings."), List.of(found(3, 8, NAME)), 0);
        EvaluationReport r = s.report();

        assertThat(r.token().recall()).isEqualTo(1.0);
        assertThat(r.token().precision()).isEqualTo(0.5);
        assertThat(r.entity().strict()).isEqualTo(EntityScore.of(1, 1, 0, 1));
        assertThat(r.entity().strict().f1()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(r.docsWithLeak()).isZero();
    }

    @Test
    void whenOnlyDocumentHasNoPhi_thenRecallIsNotApplicableAndPrecisionIsZero() {
        EvaluationReport r = score(doc("b", "No acute findings."), found(3, 8, NAME));

        assertThat(r.token().recall()).isNull();
        assertThat(r.token().precision()).isEqualTo(0.0);
        assertThat(r.entity().strict().recall()).isNull();
        assertThat(r.entity().strict().precision()).isEqualTo(0.0);
        assertThat(r.entity().strict().f1()).isNull();
    }
}

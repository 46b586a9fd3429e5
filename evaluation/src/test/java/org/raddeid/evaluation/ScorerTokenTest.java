package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raddeid.evaluation.Fixtures.doc;
import static org.raddeid.evaluation.Fixtures.found;
import static org.raddeid.evaluation.Fixtures.gold;
import static org.raddeid.evaluation.Fixtures.score;
import static org.raddeid.core.PhiType.ID;
import static org.raddeid.core.PhiType.LOCATION;
import static org.raddeid.core.PhiType.NAME;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raddeid.core.PhiSpan;
import org.raddeid.corpora.Annotation;

class ScorerTokenTest {

    /** Hand-computed cases: text, gold, found, then PHI tokens, caught, flagged, flagged correct. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // "John" is one PHI token; "Jo" covers half of it: not caught, but the token is flagged (and is PHI).
                Arguments.of("half a token", "John", List.of(gold(0, 4, NAME)), List.of(found(0, 2, NAME)),
                        1, 0, 1, 1),
                Arguments.of("exact cover", "John", List.of(gold(0, 4, NAME)), List.of(found(0, 4, NAME)),
                        1, 1, 1, 1),
                // "Jonat" + "athan" overlap and together cover "Jonathan": caught.
                Arguments.of("overlapping spans together", "Jonathan", List.of(gold(0, 8, NAME)),
                        List.of(found(0, 5, NAME), found(3, 8, NAME)), 1, 1, 1, 1),
                // Two spans leaving a gap at char 4 ("Jona" + "han"): not caught.
                Arguments.of("two spans with a gap", "Jonathan", List.of(gold(0, 8, NAME)),
                        List.of(found(0, 4, NAME), found(5, 8, NAME)), 1, 0, 1, 1),
                // A nested span inside a covering one changes nothing: 3 tokens, all caught and flagged.
                Arguments.of("nested found spans", "Boston Medical Center", List.of(gold(0, 21, LOCATION)),
                        List.of(found(0, 21, LOCATION), found(7, 14, LOCATION)), 3, 3, 3, 3),
                // Wrong type still catches the token (type-blind).
                Arguments.of("wrong type", "Dr Adams", List.of(gold(3, 8, NAME)), List.of(found(3, 8, LOCATION)),
                        1, 1, 1, 1),
                // "MR12345" is one token; gold covers "12345" only. Covering the gold part is enough...
                Arguments.of("token partly gold, gold part covered", "MR12345", List.of(gold(2, 7, ID)),
                        List.of(found(2, 7, ID)), 1, 1, 1, 1),
                // ...but "MR12" leaves "345" of the gold part uncovered.
                Arguments.of("token partly gold, gold part half covered", "MR12345", List.of(gold(2, 7, ID)),
                        List.of(found(0, 4, ID)), 1, 0, 1, 1),
                // "O'Brien": the apostrophe is punctuation, not scored; "O" and "Brien" are both caught.
                Arguments.of("punctuation not scored", "O'Brien", List.of(gold(0, 7, NAME)),
                        List.of(found(0, 1, NAME), found(2, 7, NAME)), 2, 2, 2, 2),
                // No PHI, "acute" flagged: 0 PHI tokens, 1 flagged, 0 correct.
                Arguments.of("no PHI, one false positive", "No acute findings.", List.of(),
                        List.of(found(3, 8, NAME)), 0, 0, 1, 0),
                Arguments.of("empty document", "", List.of(), List.of(), 0, 0, 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whenHandBuiltCase_thenTokenCountsAreAsComputedByHand(String name, String text, List<Annotation> gold,
            List<PhiSpan> found, int phi, int caught, int flagged, int flaggedCorrect) {
        TokenScores t = score(doc("d1", text, gold.toArray(Annotation[]::new)), found.toArray(PhiSpan[]::new))
                .token();

        assertThat(t.phiTokens()).as("PHI tokens").isEqualTo(phi);
        assertThat(t.caught()).as("caught").isEqualTo(caught);
        assertThat(t.flagged()).as("flagged").isEqualTo(flagged);
        assertThat(t.flaggedCorrect()).as("flagged correct").isEqualTo(flaggedCorrect);
        assertThat(t.recall()).isEqualTo(phi == 0 ? null : (double) caught / phi);
        assertThat(t.precision()).isEqualTo(flagged == 0 ? null : (double) flaggedCorrect / flagged);
    }

    @Test
    void whenSpanCoversHalfOfOneOfTwoTokens_thenRecallIsOneHalfAndTheDocumentLeaks() {
        // "John Smith": gold 0..10 = 2 PHI tokens; found 0..7 covers "John" and "Sm": John caught, Smith not.
        EvaluationReport r = score(doc("d1", "John Smith", gold(0, 10, NAME)), found(0, 7, NAME));

        assertThat(r.token().recall()).isEqualTo(0.5);
        assertThat(r.token().precision()).isEqualTo(1.0);
        assertThat(r.docsWithLeak()).isEqualTo(1);
    }

    @Test
    void whenFoundTypeIsWrong_thenTypeBlindPrecisionIsFullButTypedPrecisionIsZero() {
        EvaluationReport r = score(doc("d1", "Dr Adams", gold(3, 8, NAME)), found(3, 8, LOCATION));

        assertThat(r.token().precision()).isEqualTo(1.0);
        assertThat(r.token().typedPrecision()).isEqualTo(0.0);
        assertThat(r.perType().get("LOCATION").tokenPrecision()).isEqualTo(1.0);
        assertThat(r.perType().get("LOCATION").tokenPrecisionTyped()).isEqualTo(0.0);
        // No NAME span was found, so NAME's precision has nothing to divide by; its recall is type-blind.
        assertThat(r.perType().get("NAME").tokenPrecision()).isNull();
        assertThat(r.perType().get("NAME").tokenRecall()).isEqualTo(1.0);
    }

    @Test
    void whenEmptyDocument_thenEveryRatioIsNotApplicableAndNoGroupsAppear() {
        EvaluationReport r = score(doc("empty", ""));

        assertThat(r.docs()).isEqualTo(1);
        assertThat(r.docsWithLeak()).isZero();
        assertThat(r.token().recall()).isNull();
        assertThat(r.token().precision()).isNull();
        assertThat(r.entity().strict().f1()).isNull();
        assertThat(r.perType()).isEmpty();
        assertThat(r.throughput().chars()).isZero();
    }
}

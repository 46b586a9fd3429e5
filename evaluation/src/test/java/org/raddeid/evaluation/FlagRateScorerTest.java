package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

class FlagRateScorerTest {

    @Test
    void whenSpansTouchTokens_thenTheyAreCountedPerThousandTokensAndByWord() {
        FlagRateScorer scorer = new FlagRateScorer("iu", "fast", CaseVariant.UPPER);
        // 10 alphanumeric tokens; "THE MEDIASTINUM" flagged (2 tokens), "THE" again (1 token)
        String a = "THE MEDIASTINUM IS NORMAL. THE LUNGS ARE CLEAR";
        scorer.add("a", a, List.of(new PhiSpan(0, 15, PhiType.LOCATION, null, 0.7, "corenlp"),
                new PhiSpan(27, 30, PhiType.NAME, null, 0.6, "opennlp")));
        scorer.add("b", "No change.", List.of());
        FlagRateReport r = scorer.report();

        assertThat(r.docs()).isEqualTo(2);
        assertThat(r.tokens()).isEqualTo(10);
        assertThat(r.flaggedTokens()).isEqualTo(3);
        assertThat(r.flaggedPerThousand()).isEqualTo(300.0);
        assertThat(r.docsWithFlag()).isEqualTo(1);
        assertThat(r.variant()).isEqualTo("upper");
        assertThat(r.topWords()).first().isEqualTo(new FlagRateReport.FlaggedWord("the", 2));
        assertThat(r.flaggedTokensByType()).containsEntry("LOCATION", 2L).containsEntry("NAME", 1L);
        assertThat(r.flagged()).extracting(FalsePositive::text).containsExactly("THE MEDIASTINUM", "THE");
    }

    @Test
    void whenATokenIsOnlyPartlyCovered_thenItCountsOnce() {
        FlagRateScorer scorer = new FlagRateScorer(null, null, CaseVariant.ORIGINAL);
        scorer.add("a", "Hemostasis achieved", List.of(PhiSpan.of(0, 4, PhiSubtype.PATIENT, 0.5, "x"),
                PhiSpan.of(2, 8, PhiSubtype.PATIENT, 0.5, "y")));
        assertThat(scorer.report().flaggedTokens()).isEqualTo(1);
    }

    @Test
    void whenNothingWasRead_thenTheRateIsNull() {
        assertThat(new FlagRateScorer(null, null, CaseVariant.LOWER).report().flaggedPerThousand()).isNull();
    }

    @Test
    void whenASpanEndsBeyondTheText_thenTheErrorNamesOffsetsNotText() {
        FlagRateScorer scorer = new FlagRateScorer(null, null, CaseVariant.ORIGINAL);
        assertThatThrownBy(() -> scorer.add("doc-7", "Gomez", List.of(PhiSpan.of(0, 9, PhiSubtype.PATIENT, 1,
                "x")))).hasMessageContaining("doc-7").hasMessageContaining("9").hasMessageNotContaining("Gomez");
    }
}

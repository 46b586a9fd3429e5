package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.raddeid.core.PhiType.NAME;
import static org.raddeid.evaluation.Fixtures.doc;
import static org.raddeid.evaluation.Fixtures.found;
import static org.raddeid.evaluation.Fixtures.gold;

import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.PhiSpan;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    @Test
    void whenDetectorFindsEveryCapitalisedName_thenReportCountsEveryDocumentInOrder() {
        List<String> seen = new ArrayList<>();
        EvaluationReport r = new Evaluator("corpus-a", "toy").evaluate(
                List.of(doc("1", "Saw John today", gold(4, 8, NAME)), doc("2", "Saw Mary", gold(4, 8, NAME))),
                text -> {
                    seen.add(text);
                    return text.startsWith("Saw John") ? List.of(found(4, 8, NAME)) : List.<PhiSpan>of();
                });

        assertThat(seen).containsExactly("Saw John today", "Saw Mary");
        assertThat(r.corpus()).isEqualTo("corpus-a");
        assertThat(r.ensemble()).isEqualTo("toy");
        assertThat(r.docs()).isEqualTo(2);
        assertThat(r.token().recall()).isEqualTo(0.5);
        assertThat(r.docsWithLeak()).isEqualTo(1);
        assertThat(r.throughput().seconds()).isGreaterThan(0.0);
    }

    @Test
    void whenDetectorReturnsNull_thenEvaluationFailsNamingTheDocument() {
        assertThatThrownBy(() -> new Evaluator(null, null).evaluate(List.of(doc("doc-9", "x")), text -> null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("doc-9");
    }
}

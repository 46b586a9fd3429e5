package org.raddeid.core.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.text.AnalyzedText;

class RewriterTest {

    private static final RewriteContext CTX = new RewriteContext(
            Secret.of("0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8)), "p1");
    private static final String TEXT = "Pt John Smith, 92 y/o, ZIP 60614, seen 03/07/2024 😀 by Dr. Lee.";

    private static List<PhiSpan> spans() {
        return List.of(PhiSpan.of(3, 13, PhiSubtype.PATIENT, 0.9, "a"), PhiSpan.of(15, 17, PhiSubtype.AGE, 0.9, "b"),
                PhiSpan.of(27, 32, PhiSubtype.ZIP, 0.9, "b"), PhiSpan.of(39, 49, PhiSubtype.DATE, 0.9, "b"),
                PhiSpan.of(60, 63, PhiSubtype.DOCTOR, 0.9, "a"));
    }

    @Test
    void safeHarborGivesTagsAndGeneralisations() {
        DeidResult r = Rewriter.rewrite(TEXT, spans(), Policy.safeHarbor(), CTX);
        assertThat(r.text()).isEqualTo("Pt [NAME], 90+ y/o, ZIP 60600, seen [DATE] 😀 by Dr. [NAME].");
        assertThat(r.replacements()).extracting(DeidResult.Replacement::operator)
                .containsExactly("redact", "generalize", "generalize", "redact", "redact");
        for (DeidResult.Replacement x : r.replacements()) {
            assertThat(r.text().substring(x.outStart(), x.outEnd())).doesNotContain("Smith").isNotEmpty();
        }
        assertThat(r.policy()).isEqualTo("safe-harbor");
    }

    @Test
    void subtypeOperatorsOverrideTypeOperatorsAndTheFallbackRemoves() {
        Policy p = new Policy("mixed", java.util.Map.of(PhiType.DATE, new DateShift(10, 10)),
                java.util.Map.of(PhiSubtype.DOCTOR, Operators.mask()), Operators.remove());
        DeidResult r = Rewriter.rewrite(TEXT, spans(), p, CTX);
        int shift = new DateShift(10, 10).days(CTX);
        String date = shift > 0 ? "03/17/2024" : "02/26/2024";
        assertThat(r.text()).isEqualTo("Pt ,  y/o, ZIP , seen " + date + " 😀 by Dr. Xxx.");
    }

    @Test
    void overlappingOrOutOfRangeSpansAreRejectedWithoutText() {
        List<PhiSpan> bad = List.of(PhiSpan.of(3, 13, PhiSubtype.PATIENT, 0.9, "a"),
                PhiSpan.of(8, 20, PhiSubtype.PATIENT, 0.9, "a"));
        assertThatThrownBy(() -> Rewriter.rewrite(TEXT, bad, Policy.safeHarbor(), CTX))
                .hasMessageContaining("8..20").hasMessageNotContaining("Smith");
    }

    @Test
    void deidentifierAnalysesThenRewrites() {
        Recognizer fixed = new Recognizer() {
            public String name() {
                return "fixed";
            }

            public Set<PhiType> types() {
                return Set.of(PhiType.NAME);
            }

            public List<PhiSpan> recognize(AnalyzedText text) {
                return List.of(PhiSpan.of(3, 13, PhiSubtype.PATIENT, 0.9, "fixed"));
            }
        };
        Deidentifier d = new Deidentifier(new Ensemble("e", List.of(fixed)));
        DeidResult r = d.deidentify(TEXT, Policy.safeHarbor(), CTX, KnownIdentifiers.NONE);
        assertThat(r.text()).startsWith("Pt [NAME], 92 y/o");
        assertThat(r.replacements()).hasSize(1);
        assertThat(r.replacements().get(0).span().recognizer()).isEqualTo("fixed");
        Deidentifier.Explained e = d.explain(TEXT, Policy.safeHarbor(), CTX, KnownIdentifiers.NONE);
        assertThat(e.result()).isEqualTo(r);
        assertThat(e.analysis().candidates()).extracting(PhiSpan::recognizer).containsExactly("fixed");
        assertThat(e.analysis().spans()).isEqualTo(List.of(r.replacements().get(0).span()));
    }
}

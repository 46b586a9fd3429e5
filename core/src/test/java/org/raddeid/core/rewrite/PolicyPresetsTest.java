package org.raddeid.core.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;

class PolicyPresetsTest {

    private static final RewriteContext CTX = new RewriteContext(
            Secret.of("0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8)), "patient-A");

    private static final String TEXT = "Seen by Dr. John Smith on 03/07/2024 (follow-up of 2019), age 93, Boston MA 02114.";

    private static List<PhiSpan> spans() {
        return List.of(span("John Smith", PhiSubtype.DOCTOR), span("03/07/2024", PhiSubtype.DATE),
                span("2019", PhiSubtype.DATE), span("93", PhiSubtype.AGE), span("Boston", PhiSubtype.CITY),
                span("MA", PhiSubtype.STATE), span("02114", PhiSubtype.ZIP));
    }

    private static PhiSpan span(String s, PhiSubtype subtype) {
        int at = TEXT.indexOf(s);
        return PhiSpan.of(at, at + s.length(), subtype, 0.9, "t");
    }

    @Test
    void safeHarborTagsAndGeneralisesAndKeepsYearsAlone() {
        assertThat(Rewriter.rewrite(TEXT, spans(), Policy.safeHarbor(), CTX).text()).isEqualTo(
                "Seen by Dr. [NAME] on [DATE] (follow-up of 2019), age 90+, [LOCATION] [LOCATION] 02100.");
    }

    @Test
    void limitedDataSetKeepsDatesAgesAndPlacesButNotNames() {
        assertThat(Rewriter.rewrite(TEXT, spans(), Policy.limitedDataSet(), CTX).text()).isEqualTo(
                "Seen by Dr. [NAME] on 03/07/2024 (follow-up of 2019), age 93, Boston MA 02114.");
    }

    @Test
    void surrogateReadsNaturallyAndShiftsDates() {
        DeidResult r = Rewriter.rewrite(TEXT, spans(), Policy.surrogate(SurrogatesTest.POOLS), CTX);
        assertThat(r.text()).matches("Seen by Dr\\. [A-Z][a-z]+ [A-Z][a-z]+ on \\d\\d/\\d\\d/20\\d\\d "
                + "\\(follow-up of 2019\\), age 90\\+, (Springfield|Dayton|Fresno|Tacoma) (OH|TX) 02100\\.");
        assertThat(r.text()).doesNotContain("John").doesNotContain("Smith").doesNotContain("03/07/2024")
                .doesNotContain("Boston");
        // the audit names what was done: names and places surrogated, dates shifted, age and ZIP generalised
        assertThat(r.replacements()).extracting(DeidResult.Replacement::operator).containsExactly("surrogate",
                "shift", "keep", "generalize", "surrogate", "surrogate", "generalize");
    }

    @Test
    void overridesMakeNewPoliciesAndLeaveTheOldOneAlone() {
        Policy base = Policy.safeHarbor();
        Policy p = base.withOperator(org.raddeid.core.PhiType.NAME, Operators.mask())
                .withOperator(PhiSubtype.CITY, Operators.keep()).named("custom");
        assertThat(p.name()).isEqualTo("custom");
        assertThat(Rewriter.rewrite(TEXT, spans(), p, CTX).text()).isEqualTo(
                "Seen by Dr. Xxxx Xxxxx on [DATE] (follow-up of 2019), age 90+, Boston [LOCATION] 02100.");
        assertThat(Rewriter.rewrite(TEXT, spans(), base, CTX).text()).startsWith("Seen by Dr. [NAME] on");
    }
}

package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.rewrite.NamePool;
import org.raddeid.core.rewrite.Operators;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.core.rewrite.SurrogatePools;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;
import org.raddeid.corpora.generator.ReportGenerator;

class SurrogateCheckTest {

    private static final RewriteContext CTX = new RewriteContext(
            Secret.of("0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8)), "doc");

    private static final SurrogatePools POOLS = new SurrogatePools() {
        public NamePool names() {
            return new NamePool() {
                public List<String> givenNames(char initial) {
                    return List.of(initial + "orwenna");
                }

                public List<String> surnames() {
                    return List.of("Quillfeather", "Brackenridge");
                }

                public boolean isGivenName(String lower) {
                    return false;
                }
            };
        }

        public List<String> values(PhiSubtype subtype) {
            return List.of("Zanzibar Crossing");
        }

        public List<String> stateCodes() {
            return List.of("TX");
        }
    };

    @Test
    void goldMovesWithTheReplacementsAndNothingSurvives() {
        String text = "Dr. John Smith saw the patient on 03/07/2024. Smith, age 93, lives in Boston.";
        LabelledDocument gold = new LabelledDocument("d1", text, List.of(
                at(text, "John Smith", PhiSubtype.DOCTOR), at(text, "03/07/2024", PhiSubtype.DATE),
                at(text, "Smith,", PhiSubtype.DOCTOR), at(text, "93", PhiSubtype.AGE),
                at(text, "Boston", PhiSubtype.CITY)));
        SurrogateCheck.Rewritten r = SurrogateCheck.rewrite(gold, Policy.surrogate(POOLS), CTX);
        LabelledDocument out = r.document();
        assertThat(out.text()).doesNotContain("John").doesNotContain("Smith").doesNotContain("Boston")
                .contains("age 90+");
        // the age became a category (90+) and is no gold PHI any more; every other span moved with its replacement
        assertThat(out.annotations()).hasSize(4).noneMatch(a -> a.type() == PhiType.AGE);
        assertThat(out.covered(out.annotations().get(0))).matches("(Quillfeather|Brackenridge) "
                + "(Quillfeather|Brackenridge)");
        assertThat(out.covered(out.annotations().get(3))).isEqualTo("Zanzibar Crossing");
        assertThat(r.checked()).isEqualTo(4);
        assertThat(r.survived()).isZero();
    }

    @Test
    void anUnannotatedRepeatIsASurvivorAndAKeptValueACoincidence() {
        String text = "Patient Jane Roe. Roe was seen in 2019.";
        LabelledDocument gold = new LabelledDocument("d2", text, List.of(at(text, "Jane Roe", PhiSubtype.PATIENT),
                at(text, "2019", PhiSubtype.DATE)));
        Policy keepDates = new Policy("p", java.util.Map.of(PhiType.DATE, Operators.keep()), java.util.Map.of(),
                Operators.redactTag());
        SurrogateCheck.Rewritten r = SurrogateCheck.rewrite(gold, keepDates, CTX);
        assertThat(r.document().text()).isEqualTo("Patient [NAME]. Roe was seen in 2019.");
        assertThat(r.checked()).isEqualTo(2);
        assertThat(r.coincidences()).isEqualTo(1); // 2019, kept by the policy
        // "Roe" was not annotated the second time, so a part of the name survives: the check finds it
        assertThat(r.survived()).isEqualTo(1);
    }

    @Test
    void onTheGeneratedCorpusNoOriginalPhiSurvives() {
        List<LabelledDocument> docs = new ReportGenerator(99).generate(80);
        long checked = 0;
        long survived = 0;
        for (LabelledDocument d : docs) {
            SurrogateCheck.Rewritten r = SurrogateCheck.rewrite(d, Policy.surrogate(POOLS),
                    new RewriteContext(CTX.secret(), d.id()));
            checked += r.checked();
            survived += r.survived();
            for (Annotation a : r.document().annotations()) {
                assertThat(r.document().covered(a)).isNotBlank();
            }
        }
        assertThat(checked).isGreaterThan(800);
        assertThat(survived).isZero();
    }

    private static Annotation at(String text, String s, PhiSubtype subtype) {
        int i = text.indexOf(s);
        int end = i + (s.endsWith(",") ? s.length() - 1 : s.length());
        if (s.endsWith(",")) {
            i = text.indexOf(s, text.indexOf("Smith") + 1);
            end = i + s.length() - 1;
        }
        return Annotation.of(i, end, subtype);
    }
}

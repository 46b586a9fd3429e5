package org.raddeid.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.text.AnalyzedText;

class ViewAndSeedsTest {

    /** Finds "Smith" wherever it is written Title case; remembers the texts it was given. */
    private static final class TitleCaseSmith implements Recognizer {
        final List<String> seen = new ArrayList<>();

        public String name() {
            return "smith";
        }

        public Set<PhiType> types() {
            return Set.of(PhiType.NAME);
        }

        public List<PhiSpan> recognize(AnalyzedText text) {
            seen.add(text.text());
            List<PhiSpan> out = new ArrayList<>();
            for (int at = text.text().indexOf("Smith"); at >= 0; at = text.text().indexOf("Smith", at + 1)) {
                out.add(PhiSpan.of(at, at + 5, PhiSubtype.PATIENT, 0.7, "smith"));
            }
            return out;
        }
    }

    private static final TextView TITLE_CASE_SMITH = text -> AnalyzedText.recased(text,
            text.text().replace("SMITH", "Smith").replace("smith", "Smith"));

    @Test
    void whenAViewIsSet_thenRecognizersReadItOnceAndOffsetsHoldInTheText() {
        TitleCaseSmith r = new TitleCaseSmith();
        Ensemble e = new Ensemble("e", List.of(r),
                new EnsemblePolicy(Map.of(), Veto.NONE, 0, false, w -> false).withView(TITLE_CASE_SMITH));
        String text = "SEEN BY SMITH AND smith";
        List<PhiSpan> spans = new Deidentifier(e).analyze(text).spans();
        assertThat(spans).extracting(s -> text.substring(s.start(), s.end())).containsExactly("SMITH", "smith");
        assertThat(r.seen).containsExactly("SEEN BY Smith AND Smith");
    }

    @Test
    void whenARecasedViewChangesMoreThanCase_thenItIsRefused() {
        AnalyzedText t = new AnalyzedText("Smith");
        assertThatThrownBy(() -> AnalyzedText.recased(t, "Smyth")).hasMessageContaining("at 2")
                .hasMessageNotContaining("Smith");
        assertThatThrownBy(() -> AnalyzedText.recased(t, "Smith ")).isInstanceOf(IllegalArgumentException.class);
        AnalyzedText v = AnalyzedText.recased(t, "SMITH");
        assertThat(v.source()).isSameAs(t);
        assertThat(v.tokens()).isEqualTo(t.tokens());
    }


    @Test
    void whenANameIsFoundByOneStatisticalRecognizerOnly_thenItDoesNotSpread() {
        String text = "WITH contrast. Patient tolerated WITH ease. WITH";
        Ensemble e = new Ensemble("e", List.of(EnsemblePolicyTest.fixed("opennlp", PhiSpan.of(0, 4, PhiSubtype.PATIENT, 0.6, "opennlp"))),
                new EnsemblePolicy(Map.of(), Veto.NONE, 0, true, w -> false)
                        .withCueRecognizers(r -> r.equals("context")));
        assertThat(e.recognize(new AnalyzedText(text))).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("WITH");
    }

    @Test
    void whenANameIsFoundByACueOrByTwoRecognizers_thenItSpreads() {
        String text = "Dr. Okafor read it. Okafor agreed. Nwosu saw it; Nwosu too.";
        PhiSpan cued = PhiSpan.of(4, 10, PhiSubtype.DOCTOR, 0.95, "context");
        PhiSpan a = PhiSpan.of(35, 40, PhiSubtype.PATIENT, 0.6, "opennlp");
        PhiSpan b = PhiSpan.of(35, 40, PhiSubtype.PATIENT, 0.6, "corenlp");
        Ensemble e = new Ensemble("e", List.of(EnsemblePolicyTest.fixed("context", cued), EnsemblePolicyTest.fixed("opennlp", a), EnsemblePolicyTest.fixed("corenlp", b)),
                new EnsemblePolicy(Map.of(), Veto.NONE, 0, true, w -> false)
                        .withCueRecognizers(r -> r.equals("context")));
        assertThat(e.recognize(new AnalyzedText(text))).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Okafor", "Okafor", "Nwosu", "Nwosu");
    }
}

package org.raddeid.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.RecognitionException;
import org.raddeid.core.Recognizer;
import org.raddeid.core.text.AnalyzedText;

class EnsembleTest {

    /** A recognizer that reports fixed spans: test data at the boundary, not a stand-in for real recognizers. */
    private record Fixed(String name, List<PhiSpan> spans) implements Recognizer {
        @Override
        public Set<PhiType> types() {
            return Set.of(PhiType.NAME, PhiType.DATE, PhiType.ID);
        }

        @Override
        public List<PhiSpan> recognize(AnalyzedText text) {
            return spans;
        }
    }

    @Test
    void whenSpansOverlap_thenUnionKeepsBothExtents() {
        List<PhiSpan> merged = Ensemble.merge(List.of(
                PhiSpan.of(0, 5, PhiSubtype.PATIENT, 0.6, "a"),
                PhiSpan.of(3, 10, PhiSubtype.PATIENT, 0.8, "b")));
        assertThat(merged).singleElement().satisfies(s -> {
            assertThat(s.start()).isZero();
            assertThat(s.end()).isEqualTo(10);
            assertThat(s.score()).isEqualTo(0.8);
            assertThat(s.recognizer()).isEqualTo("a+b");
        });
    }

    @Test
    void whenSpansOnlyTouch_thenTheyStaySeparate() {
        List<PhiSpan> merged = Ensemble.merge(List.of(
                PhiSpan.of(0, 5, PhiSubtype.PATIENT, 0.6, "a"),
                PhiSpan.of(5, 9, PhiSubtype.DATE, 0.6, "a")));
        assertThat(merged).hasSize(2);
    }

    @Test
    void typeComesFromTheHighestScore() {
        List<PhiSpan> merged = Ensemble.merge(List.of(
                PhiSpan.of(0, 10, PhiSubtype.MEDICALRECORD, 0.5, "a"),
                PhiSpan.of(2, 8, PhiSubtype.DATE, 0.9, "b")));
        assertThat(merged).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo(PhiType.DATE);
            assertThat(s.subtype()).isEqualTo(PhiSubtype.DATE);
            assertThat(s.end()).isEqualTo(10);
        });
    }

    @Test
    void aSpanCoveringTheWholeExtentGivesItsTypeWhenNearlyAsSure() {
        // "9835 Madison Place": the street pattern covers it all, a name finder only "Madison Place", a bit higher
        List<PhiSpan> merged = Ensemble.merge(List.of(
                PhiSpan.of(0, 18, PhiSubtype.STREET, 0.75, "pattern"),
                PhiSpan.of(5, 18, PhiSubtype.PATIENT, 0.8, "dictionary")));
        assertThat(merged).singleElement().satisfies(s -> {
            assertThat(s.subtype()).isEqualTo(PhiSubtype.STREET);
            assertThat(s.score()).isEqualTo(0.75);
            assertThat(s.recognizer()).isEqualTo("dictionary+pattern");
        });
        // far less sure: the best score still decides
        assertThat(Ensemble.merge(List.of(PhiSpan.of(0, 18, PhiSubtype.STREET, 0.5, "pattern"),
                PhiSpan.of(5, 18, PhiSubtype.PATIENT, 0.8, "dictionary")))).singleElement()
                .extracting(PhiSpan::subtype).isEqualTo(PhiSubtype.PATIENT);
    }

    @Test
    void onEqualScoresTypePrecedenceDecides() {
        List<PhiSpan> merged = Ensemble.merge(List.of(
                PhiSpan.of(0, 10, PhiSubtype.PATIENT, 0.7, "a"),
                PhiSpan.of(0, 10, PhiSubtype.MEDICALRECORD, 0.7, "b")));
        assertThat(merged).singleElement().extracting(PhiSpan::type).isEqualTo(PhiType.ID);
    }

    @Test
    void chainsOfOverlapsBecomeOneSpan() {
        List<PhiSpan> merged = Ensemble.merge(List.of(
                PhiSpan.of(0, 4, PhiSubtype.DATE, 0.5, "a"),
                PhiSpan.of(3, 7, PhiSubtype.DATE, 0.5, "b"),
                PhiSpan.of(6, 12, PhiSubtype.DATE, 0.5, "c"),
                PhiSpan.of(20, 22, PhiSubtype.DATE, 0.5, "c")));
        assertThat(merged).extracting(PhiSpan::start, PhiSpan::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 12), org.assertj.core.groups.Tuple.tuple(20, 22));
    }

    @Test
    void whenARecognizerFails_thenTheWholeResultFailsNamingIt() {
        Recognizer broken = new Recognizer() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Set<PhiType> types() {
                return Set.of(PhiType.NAME);
            }

            @Override
            public List<PhiSpan> recognize(AnalyzedText text) {
                throw new IllegalStateException("boom " + text.text());
            }
        };
        Ensemble e = new Ensemble("t", List.of(new Fixed("ok", List.of()), broken));
        assertThatThrownBy(() -> e.recognize(new AnalyzedText("John Smith")))
                .isInstanceOf(RecognitionException.class)
                .hasMessageContaining("broken")
                .hasMessageNotContaining("John");
    }

    @Test
    void whenARecognizerReportsASpanBeyondTheText_thenTheResultFails() {
        Ensemble e = new Ensemble("t", List.of(new Fixed("bad", List.of(PhiSpan.of(0, 50, PhiSubtype.DATE, 1, "bad")))));
        assertThatThrownBy(() -> e.recognize(new AnalyzedText("short"))).isInstanceOf(RecognitionException.class);
    }

    @Test
    void whenTwoRecognizersShareAName_thenRejected() {
        assertThatThrownBy(() -> new Ensemble("t", List.of(new Fixed("x", List.of()), new Fixed("x", List.of()))))
                .hasMessageContaining("'x'");
    }

    @Test
    void candidatesKeepEverySpanSorted() {
        Ensemble e = new Ensemble("t", List.of(
                new Fixed("a", List.of(PhiSpan.of(4, 6, PhiSubtype.DATE, 1, "a"))),
                new Fixed("b", List.of(PhiSpan.of(0, 5, PhiSubtype.PATIENT, 1, "b")))));
        AnalyzedText t = new AnalyzedText("0123456789");
        assertThat(e.candidates(t)).extracting(PhiSpan::recognizer).containsExactly("b", "a");
        assertThat(e.recognize(t)).hasSize(1);
        assertThat(e.types()).contains(PhiType.NAME, PhiType.DATE);
    }
}

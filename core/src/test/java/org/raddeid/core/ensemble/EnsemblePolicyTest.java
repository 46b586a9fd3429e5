package org.raddeid.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.text.AnalyzedText;

class EnsemblePolicyTest {

    /** A recognizer reporting fixed spans, so the policy is tested alone (shared with the other ensemble tests). */
    static Recognizer fixed(String name, PhiSpan... spans) {
        return new Recognizer() {
            public String name() {
                return name;
            }

            public Set<PhiType> types() {
                return Set.of(PhiType.values());
            }

            public List<PhiSpan> recognize(AnalyzedText text) {
                return List.of(spans);
            }
        };
    }

    private static final Veto GRAVES = (text, span) -> text.text().startsWith("Graves disease", span.start());

    private static List<String> covered(String text, List<PhiSpan> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void vetoDropsOnlyWeakNameHits() {
        String text = "Graves disease. Dr. Graves";
        Ensemble weak = new Ensemble("e", List.of(fixed("r",
                PhiSpan.of(0, 6, PhiSubtype.PATIENT, 0.4, "r"))),
                new EnsemblePolicy(Map.of(), GRAVES, 0.8, false, w -> false));
        assertThat(weak.recognize(new AnalyzedText(text))).isEmpty();
        Ensemble strong = new Ensemble("e", List.of(fixed("r",
                PhiSpan.of(0, 6, PhiSubtype.PATIENT, 0.9, "r"))),
                new EnsemblePolicy(Map.of(), GRAVES, 0.8, false, w -> false));
        assertThat(strong.recognize(new AnalyzedText(text))).hasSize(1);
    }

    @Test
    void vetoNeverDropsDatesOrIds() {
        String text = "Graves disease";
        Veto all = (t, s) -> true;
        Ensemble e = new Ensemble("e", List.of(fixed("r",
                PhiSpan.of(0, 6, PhiSubtype.DATE, 0.1, "r"), PhiSpan.of(7, 14, PhiSubtype.IDNUM, 0.1, "r"))),
                new EnsemblePolicy(Map.of(), all, 1.0, false, w -> false));
        assertThat(e.recognize(new AnalyzedText(text))).hasSize(2);
    }

    @Test
    void thresholdsArePerType() {
        String text = "Smith 2020";
        Ensemble e = new Ensemble("e", List.of(fixed("r",
                PhiSpan.of(0, 5, PhiSubtype.PATIENT, 0.3, "r"), PhiSpan.of(6, 10, PhiSubtype.DATE, 0.3, "r"))),
                new EnsemblePolicy(Map.of(PhiType.NAME, 0.5), Veto.NONE, 0, false, w -> false));
        assertThat(covered(text, e.recognize(new AnalyzedText(text)))).containsExactly("2020");
    }

    @Test
    void aNameFoundOnceIsMarkedAtEveryRecurrenceWithItsParts() {
        String text = "Patient: Maria Kowalski\nKowalski tolerated the exam. MARIA KOWALSKI called. Kowalskian no.";
        Ensemble e = new Ensemble("e", List.of(fixed("r", PhiSpan.of(9, 23, PhiSubtype.PATIENT, 0.95, "r"))),
                new EnsemblePolicy(Map.of(), Veto.NONE, 0, true, w -> false));
        List<PhiSpan> spans = e.recognize(new AnalyzedText(text));
        assertThat(covered(text, spans)).containsExactly("Maria Kowalski", "Kowalski", "MARIA KOWALSKI");
        assertThat(spans.get(1).recognizer()).isEqualTo(Propagation.NAME);
        assertThat(spans.get(1).subtype()).isEqualTo(PhiSubtype.PATIENT);
    }

    @Test
    void commonWordPartsRecurOnlyWhereCapitalised() {
        String text = "Will Brown seen. Brown said he will return; brown fluid. Will agreed.";
        Ensemble e = new Ensemble("e", List.of(fixed("r", PhiSpan.of(0, 10, PhiSubtype.PATIENT, 0.95, "r"))),
                new EnsemblePolicy(Map.of(), Veto.NONE, 0, true, w -> w.equals("will") || w.equals("brown")));
        assertThat(covered(text, e.recognize(new AnalyzedText(text))))
                .containsExactly("Will Brown", "Brown", "Will");
    }

    @Test
    void propagatedWeakPartsAreStillVetoed() {
        String text = "Dr. Graves read it. Graves disease is present.";
        Veto graves = (t, s) -> t.text().startsWith("Graves disease", s.start());
        Ensemble e = new Ensemble("e", List.of(fixed("r", PhiSpan.of(4, 10, PhiSubtype.DOCTOR, 0.7, "r"))),
                new EnsemblePolicy(Map.of(), graves, 0.8, true, w -> false));
        assertThat(covered(text, e.recognize(new AnalyzedText(text)))).containsExactly("Graves");
    }

    @Test
    void identifiersRecurWhole() {
        String text = "MRN: AB12345\nprior AB12345 and AB123456";
        Ensemble e = new Ensemble("e", List.of(fixed("r", PhiSpan.of(5, 12, PhiSubtype.MEDICALRECORD, 0.95, "r"))),
                new EnsemblePolicy(Map.of(), Veto.NONE, 0, true, w -> false));
        assertThat(covered(text, e.recognize(new AnalyzedText(text)))).containsExactly("AB12345", "AB12345");
    }

    @Test
    void nameSpansSeparatedByACommaAreJoined() {
        String text = "PATIENT: GOMEZ, RAFAEL\nGOMEZ\nRAFAEL";
        Ensemble e = new Ensemble("e", List.of(fixed("a", PhiSpan.of(9, 14, PhiSubtype.PATIENT, 0.7, "a")),
                fixed("b", PhiSpan.of(16, 22, PhiSubtype.PATIENT, 0.8, "b"),
                        PhiSpan.of(23, 28, PhiSubtype.PATIENT, 0.8, "b"),
                        PhiSpan.of(29, 35, PhiSubtype.PATIENT, 0.8, "b"))),
                EnsemblePolicy.UNION);
        List<PhiSpan> spans = e.recognize(new AnalyzedText(text));
        assertThat(covered(text, spans)).containsExactly("GOMEZ, RAFAEL", "GOMEZ", "RAFAEL");
        assertThat(spans.get(0).recognizer()).isEqualTo("a+b");
        assertThat(spans.get(0).score()).isEqualTo(0.8);
    }

    @Test
    void titlesInsideANameSpanAreNotPropagated() {
        String text = "Dr John Warner Hospital\nSeen by Dr. Okafor. Warner Hospital records.";
        Ensemble e = new Ensemble("e", List.of(fixed("r", PhiSpan.of(0, 23, PhiSubtype.DOCTOR, 0.95, "r"))),
                new EnsemblePolicy(Map.of(), Veto.NONE, 0, true, w -> false,
                        w -> w.equals("dr") || w.equals("hospital")));
        assertThat(covered(text, e.recognize(new AnalyzedText(text))))
                .containsExactly("Dr John Warner Hospital", "Warner");
    }
}

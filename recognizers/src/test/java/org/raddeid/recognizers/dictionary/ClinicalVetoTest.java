package org.raddeid.recognizers.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;

class ClinicalVetoTest {

    private static final ClinicalVeto VETO = new ClinicalVeto();

    private static boolean vetoes(String text, String covered, PhiType type, String recognizer) {
        int at = text.indexOf(covered);
        PhiSpan s = type == PhiType.NAME ? new PhiSpan(at, at + covered.length(), PhiType.NAME, null, 0.6, recognizer)
                : PhiSpan.of(at, at + covered.length(), PhiSubtype.CITY, 0.6, recognizer);
        return VETO.vetoes(new AnalyzedText(text), s);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hemostasis was achieved.                        | Hemostasis
            The tissue was divided with Metzenbaum scissors.| Metzenbaum
            Cautery with the Bovie was used.                | Bovie
            An Allis clamp was applied.                     | Allis
            Irrigated with BSS and closed.                  | BSS
            THE MEDIASTINUM IS NORMAL                       | MEDIASTINUM
            Seen by Dr. XXXX today.                         | XXXX
            Monocryl was used for the skin.                 | Monocryl
            """)
    void whenAWeakNameIsMadeOfClinicalVocabulary_thenItIsVetoed(String text, String covered) {
        assertThat(vetoes(text, covered, PhiType.NAME, "corenlp")).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Seen by Tomasz Najjar today.                    | Tomasz Najjar
            Kimberly Clear was seen.                        | Kimberly Clear
            Ms. Lehmann agrees with the plan.               | Lehmann
            Contact Bovie's office.                         | Bovie
            Patient initials KP confirmed.                  | KP
            """)
    void whenAWeakNameMayBeAPerson_thenItIsKept(String text, String covered) {
        String recognizer = covered.equals("KP") ? "pattern" : "corenlp";
        assertThat(vetoes(text, covered, PhiType.NAME, recognizer)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Report of imaging performed in Seoul, Korea.    | Seoul
            Imaging performed in Toronto last year.         | Toronto
            """)
    void whenAPlaceIsAlsoAnEponymInTheTermList_thenThePlaceIsKept(String text, String covered) {
        assertThat(vetoes(text, covered, PhiType.LOCATION, "corenlp")).isFalse();
    }
}

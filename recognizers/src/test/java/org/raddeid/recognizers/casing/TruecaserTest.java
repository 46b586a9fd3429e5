package org.raddeid.recognizers.casing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.text.AnalyzedText;

class TruecaserTest {

    private static final Truecaser T = new Truecaser();

    private static String view(String text) {
        AnalyzedText v = T.of(new AnalyzedText(text));
        assertThat(v.text()).hasSameSizeAs(text);
        assertThat(v.text().toLowerCase(java.util.Locale.ROOT)).isEqualTo(text.toLowerCase(java.util.Locale.ROOT));
        assertThat(v.isRecased()).isTrue();
        return v.text();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            THE MEDIASTINUM IS WITHIN NORMAL LIMITS.              | The mediastinum is within normal limits.
            PATIENT: GOMEZ, RAFAEL                                | Patient: Gomez, Rafael
            NPO AFTER MIDNIGHT, PICC IN PLACE.                    | NPO after midnight, PICC in place.
            HEMOSTASIS WAS ACHIEVED WITH THE BOVIE.               | Hemostasis was achieved with the Bovie.
            DR O'BRIEN NOTIFIED.                                  | Dr O'Brien notified.
            4980 CHESTNUT AVENUE, LONG BEACH, CA 90853            | 4980 Chestnut Avenue, Long Beach, CA 90853
            COMPARISON: OUTSIDE CT FROM DREW MEMORIAL HOSPITAL.   | Comparison: Outside CT from Drew Memorial Hospital.
            SIGNED ON THE 1ST OF MARCH.                           | Signed on the 1st of March.
            SIGNED: DR. P. GRAVES                                 | Signed: Dr. P. Graves
            NO INTRASERVICE COMPLICATIONS, MIDLUNG CLEAR.         | No intraservice complications, midlung clear.
            WE'LL MEET THURSDAY, DON'T CALL.                      | We'll meet Thursday, don't call.
            VERSES FROM EMMIE STRÖM'S TALES.                      | Verses from Emmie Ström's tales.
            PREOPERATIVE DIAGNOSIS, MELENA.                       | Preoperative diagnosis, melena.
            THEN THE MICRO BLADE WAS USED.                        | Then the Micro blade was used.
            SHE MOVED HERE FROM UNITED STATES                     | She moved here from United States
            THE PERITONEUM WAS ENTERED AT A HIGH POINT.           | The peritoneum was entered at a high point.
            """)
    void whenALineIsAllCapitals_thenItReadsAsMixedCase(String text, String expected) {
        assertThat(view(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            wife maria at bedside. discussed with dr. little.     | Wife Maria at bedside. Discussed with Dr. Little.
            son bill at bedside, son will call.                   | Son Bill at bedside, son will call.
            d/w okafor re plan                                    | d/w Okafor re plan
            transferred from mass general yesterday.             | Transferred from Mass General yesterday.
            pt came from valley grove general on 7/23.            | pt came from Valley Grove General on 7/23.
            seen at st. mary's for ct.                            | Seen at St. Mary's for ct.
            her maiden name is key                                | Her maiden name is Key
            social: mother ren called, updated.                   | Social: Mother Ren called, updated.
            gastroscope inserted per os and advanced.             | Gastroscope inserted per os and advanced.
            on mark crohn, medical record number 3002.            | On Mark Crohn, medical record number 3002.
            my name is shane m culp                               | My name is Shane M Culp
            grade b lesion, 2 x 3 cm.                             | Grade b lesion, 2 x 3 cm.
            """)
    void whenALineIsAllLowerCase_thenNamesAndPlacesAreCapitalised(String text, String expected) {
        assertThat(view(text)).isEqualTo(expected);
    }

    @Test
    void whenALineIsMixedCase_thenOnlyCuedLowerCaseNamesChange() {
        assertThat(view("Pt seen by dr smith today. The Lungs are clear; CT shows no PE."))
                .isEqualTo("Pt seen by Dr Smith today. The Lungs are clear; CT shows no PE.");
        assertThat(view("Contact smith's office. Per protocol, no contrast."))
                .isEqualTo("Contact Smith's office. Per protocol, no contrast.");
    }

    @Test
    void whenAWordHoldsADigitOrIsAnUnknownShortCode_thenItIsLeftAsWritten() {
        assertThat(view("MRN: AB12345 SERIES 3 IMAGE 45, KUB AND XYZ")).isEqualTo("MRN: AB12345 series 3 image 45, KUB and XYZ");
    }

    @Test
    void whenNamesAreAlsoEverydayWords_thenOnlyANeighbouringNameOrCueMakesThemNames() {
        assertThat(view("BROWN, JOHN")).isEqualTo("Brown, John");
        assertThat(view("THE STOOL WAS BROWN.")).isEqualTo("The stool was brown.");
        assertThat(view("DR. BROWN WAS NOTIFIED.")).isEqualTo("Dr. Brown was notified.");
    }

    @Test
    void whenNonLatinText_thenItIsUnchanged() {
        assertThat(view("Patient: 王伟\nДр. Ахмед Иванов")).isEqualTo("Patient: 王伟\nДр. Ахмед Иванов");
    }
}

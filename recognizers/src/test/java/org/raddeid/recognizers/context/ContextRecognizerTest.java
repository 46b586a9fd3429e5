package org.raddeid.recognizers.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;

class ContextRecognizerTest {

    private static final ContextRecognizer R = new ContextRecognizer();

    private static List<String> found(String text) {
        return R.recognize(new AnalyzedText(text)).stream().filter(s -> s.type() == PhiType.NAME)
                .map(s -> text.substring(s.start(), s.end()) + "/" + s.subtype()).distinct().toList();
    }

    @Test
    void namesAfterTitlesWhateverTheDictionarySays() {
        assertThat(found("Per Dr. Xylophonia Quentaro, repeat in 3 months. Mr. Murphy was called."))
                .containsExactly("Xylophonia Quentaro/DOCTOR", "Murphy/PATIENT");
    }

    @Test
    void aRoleAfterACueIsNoPartOfTheName() {
        assertThat(found("Findings discussed with Patient Lucinda Hartmann at bedside."))
                .noneMatch(f -> f.startsWith("Patient")).anyMatch(f -> f.startsWith("Lucinda Hartmann"));
    }

    @Test
    void namesBeforeCredentials() {
        assertThat(found("Signed: Hope Rivers, MD\nDictated by: WOLFGANG LEROY, M.D.\nlater Ama Asante DO agreed"))
                .contains("Hope Rivers/DOCTOR", "WOLFGANG LEROY/DOCTOR", "Ama Asante/DOCTOR");
    }

    @Test
    void viewsAndWordsBeforeAmbiguousCredentialsAreNoNames() {
        assertThat(found("IMAGE: Xray Chest PA and Lateral\nPlease DO NOT resuscitate")).isEmpty();
    }

    @Test
    void headerFieldsAndPhraseCues() {
        assertThat(found("PATIENT: DOE, JOHN\nReferring: Lukas van der Berg\nPatient's sister Nicolas de Vries"))
                .containsExactly("DOE, JOHN/PATIENT", "Lukas van der Berg/DOCTOR", "Nicolas de Vries/RELATIVE");
    }

    @Test
    void labelsFollowedByEverydayWordsAreNoNames() {
        assertThat(found("Findings discussed with Emergency Department staff.\nPatient tolerated the procedure."))
                .isEmpty();
    }

    @Test
    void professionsAfterOccupationCues() {
        String text = "Former farmer. Occupation: shipyard worker. Works as a professional cyclist. The nurse helped.";
        assertThat(R.recognize(new AnalyzedText(text)).stream().filter(s -> s.subtype() == PhiSubtype.PROFESSION)
                .map(s -> text.substring(s.start(), s.end())).distinct().toList())
                .contains("farmer", "shipyard worker", "professional cyclist").doesNotContain("nurse");
    }

    @Test
    void professionsAreOccupationsOnlyWhereTheWordsAroundSaySo() {
        String text = "She is a retired nurse. The x-ray technician was supervised. A Pilot 150 wire was advanced, "
                + "then a cook needle. He works as a truck driver.";
        assertThat(R.recognize(new AnalyzedText(text)).stream().filter(s -> s.subtype() == PhiSubtype.PROFESSION)
                .map(s -> text.substring(s.start(), s.end())).distinct().toList())
                .contains("nurse", "truck driver").doesNotContain("x-ray technician", "Pilot", "cook");
    }

    @Test
    void aCityAndItsStateCodeAreNoNameAndCredential() {
        assertThat(found("Outside CT from Harmon Hospital, Boston, MA dated 3/4.")).isEmpty();
        assertThat(found("Dictated by: Warren, MD")).contains("Warren/DOCTOR");
    }

    @Test
    void aClinicalAbbreviationAfterAWeakCueIsNoName() {
        assertThat(found("Gastroscope was inserted per OS and advanced. Plan per Okafor.")).containsExactly(
                "Okafor/null");
        assertThat(found("Dictated by: Dr. S. Khoury")).containsExactly("S. Khoury/DOCTOR");
    }

    @Test
    void aBodyWhoseGuidanceIsCitedIsNoName() {
        assertThat(found("Recommend follow-up per ACR 2017 white paper and per Fleischner Society guidelines."))
                .isEmpty();
        assertThat(found("Follow-up per Fleischner criteria; per Lung-RADS 2022.")).isEmpty();
        assertThat(found("Plan per Okafor 2 days ago. d/w Marquez today.")).containsExactly("Okafor/null",
                "Marquez/DOCTOR");
    }

    @Test
    void twoSpacesEndAHeaderFieldValue() {
        assertThat(found("PATIENT: GOMEZ, RAFAEL  MRN: 88812345")).containsExactly("GOMEZ, RAFAEL/PATIENT");
    }

    @Test
    void severalCredentialsStayOutOfTheName() {
        assertThat(found("Addendum signed by Wolfgang Leroy MD, PhD on 2024-04-07\nNOVAK, OKSANA M.D., FACR"))
                .containsExactly("Wolfgang Leroy/DOCTOR", "NOVAK, OKSANA/DOCTOR");
    }
}

package org.raddeid.recognizers.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;

class DictionaryRecognizerTest {

    private static final DictionaryRecognizer R = new DictionaryRecognizer();

    private static List<String> found(String text, PhiType type) {
        return R.recognize(new AnalyzedText(text)).stream().filter(s -> s.type() == type)
                .map(s -> text.substring(s.start(), s.end())).distinct().toList();
    }

    @Test
    void namesOfManyOriginsInRunningText() {
        assertThat(found("Results were given to Divya Gupta and later to Chinedu Okafor by phone.", PhiType.NAME))
                .containsExactly("Divya Gupta", "Chinedu Okafor");
    }

    @Test
    void aLeadingEverydayWordDoesNotHideTheNameAfterIt() {
        // "patient" is in a surname list too; the run starting there fails, the one starting at John must not
        assertThat(found("Patient John Smith was seen today.", PhiType.NAME)).containsExactly("John Smith");
        // a frequent given name then a rare word that is in no list and no everyday word
        assertThat(found("The patient, John Quixote, reports pain.", PhiType.NAME)).containsExactly("John Quixote");
        assertThat(found("Patient Denies Chest Pain. Normal Study.", PhiType.NAME)).isEmpty();
    }

    @Test
    void aRoleBeforeANameIsNoPartOfIt() {
        assertThat(found("Patient Hartmann tolerated the procedure.", PhiType.NAME)).containsExactly("Hartmann");
        assertThat(found("Seen with Attending Okonkwo and Radiologist Nguyen.", PhiType.NAME))
                .containsExactly("Okonkwo", "Nguyen");
    }

    @Test
    void lastCommaFirstAndAllCapsHeaderNames() {
        assertThat(found("PATIENT: KOWALSKI, MAGDALENA\nEXAM: CT CHEST WITHOUT CONTRAST", PhiType.NAME))
                .containsExactly("KOWALSKI, MAGDALENA");
    }

    @Test
    void everydayWordsAloneAreNoNames() {
        assertThat(found("There is no hope of recovery. Stable small nodule. Will follow. Normal heart size.",
                PhiType.NAME)).isEmpty();
        assertThat(found("Clear lungs. Brown fluid. Long segment stenosis. Mild cardiomegaly.", PhiType.NAME)).isEmpty();
    }

    @Test
    void abbreviationsAndHyphenatedWordsAreNoNames() {
        assertThat(found("Post-procedure CT and MRI of the IVC were reviewed with the Caucasian patient.",
                PhiType.NAME)).isEmpty();
    }

    @Test
    void cityFollowedByStateAndZip() {
        List<PhiSpan> spans = R.recognize(new AnalyzedText("Address: 12 Oak Ln, Evanston, IL 60201"));
        assertThat(spans).anySatisfy(s -> assertThat(s.subtype()).isEqualTo(PhiSubtype.CITY));
        assertThat(found("Address: 12 Oak Ln, Evanston, IL 60201", PhiType.LOCATION)).contains("Evanston", "IL");
    }

    @Test
    void credentialsAreNotStates() {
        assertThat(found("Ordering physician: Lewis, Michael, MD", PhiType.LOCATION)).isEmpty();
        // a given name that is also a city (Thomas, OK) after a surname and a comma: a person and a credential
        assertThat(found("ORDERING PHYSICIAN: Brooks, Thomas, MD, PhD", PhiType.LOCATION)).isEmpty();
        assertThat(found("Outside CT from Harmon Hospital, Boston, MA dated 3/4.", PhiType.LOCATION))
                .contains("Boston", "MA");
    }

    @Test
    void hospitalsByDictionaryAndByShapeButNotGenericDepartments() {
        assertThat(found("Transferred from Massachusetts General Hospital yesterday.", PhiType.LOCATION))
                .containsExactly("Massachusetts General Hospital");
        assertThat(found("Outside films from Harmon Hosptal were reviewed.", PhiType.LOCATION))
                .containsExactly("Harmon Hosptal");
        assertThat(found("Department of Radiology\nEmergency Department", PhiType.LOCATION)).isEmpty();
    }

    @Test
    void cityBeforeCountry() {
        assertThat(found("Report of imaging performed in Karachi, Pakistan in June.", PhiType.LOCATION))
                .containsExactly("Karachi", "Pakistan");
        // a city and a country that is also a given name are no "Last, First"; a frequent surname and one is
        assertThat(found("The patient was born in Nairobi, Kenya.", PhiType.NAME)).doesNotContain("Nairobi, Kenya");
        assertThat(found("Called Smith, Jordan at home.", PhiType.NAME)).containsExactly("Smith, Jordan");
    }

    @Test
    void aStateCodeAfterACityThatIsAlsoANameIsAStateWhereThePlaceReadsAsAPlace() {
        assertThat(found("Outside CT from Harmon Hospital, Boston, MA dated 3/4.", PhiType.LOCATION))
                .contains("Boston", "MA");
        assertThat(found("Dictated by: Warren, MD", PhiType.LOCATION)).isEmpty();
    }

    @Test
    void aLoneNameWhoseCapitalTheTruecaserRestoredNeedsToBeUnambiguous() {
        org.raddeid.recognizers.casing.Truecaser truecaser = new org.raddeid.recognizers.casing.Truecaser();
        java.util.function.Function<String, List<String>> inView = text -> R
                .recognize(truecaser.of(new AnalyzedText(text))).stream().filter(s -> s.type() == PhiType.NAME)
                .map(s -> text.substring(s.start(), s.end())).toList();
        assertThat(inView.apply("DAVID IS A VERY SYMPATHETIC PERSON.")).containsExactly("DAVID");
        assertThat(inView.apply("KACZMAREK WAS INFLUENCED BY AN EARLIER BAND.")).containsExactly("KACZMAREK");
        // short, clinical or eponymous words stand alone only with a cue or a neighbouring name
        assertThat(inView.apply("CYSTOSCOPY SHOWED TA PAPILLARY LESION. NO SIGNIFICANT AI.")).isEmpty();
        assertThat(inView.apply("NOSE: THE NARES ARE CLEAR.")).isEmpty();
        // written capitalised in mixed-case text, the same word is the writer's choice
        assertThat(found("Sterile gauze, and Kling Okafor was there.", PhiType.NAME)).contains("Kling Okafor");
    }

    @Test
    void hospitalTypos() {
        assertThat(DictionaryRecognizer.hospitalTypo("hosptal")).isTrue();
        assertThat(DictionaryRecognizer.hospitalTypo("hopsital")).isTrue();
        assertThat(DictionaryRecognizer.hospitalTypo("hospitals")).isTrue();
        assertThat(DictionaryRecognizer.hospitalTypo("hospital")).isFalse();
        assertThat(DictionaryRecognizer.hospitalTypo("capital")).isFalse();
    }

    @Test
    void institutionsNoDictionaryKnowsByShape() {
        assertThat(found("Outside CT from Flambeau Hsptl, dated 2019.", PhiType.LOCATION)).contains("Flambeau Hsptl");
        assertThat(found("Comparison: Saint Zorbas's Hospital of Kansas City", PhiType.LOCATION))
                .contains("Saint Zorbas's Hospital of Kansas City");
        assertThat(found("QUARVELLE HOSPITAL-DEARBORN\nDepartment of Radiology", PhiType.LOCATION))
                .contains("QUARVELLE HOSPITAL-DEARBORN");
        assertThat(found("UNIVERSITY MEDICAL CENTER\nDiagnostic Imaging\nDepartment of Radiology", PhiType.LOCATION))
                .containsExactly("UNIVERSITY MEDICAL CENTER");
    }
}

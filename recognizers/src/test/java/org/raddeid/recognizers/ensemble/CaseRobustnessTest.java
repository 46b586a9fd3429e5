package org.raddeid.recognizers.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.recognizers.Ensembles;

/** The same report gives the same PHI, whatever its case: as written, in ALL CAPS and in lower case. */
class CaseRobustnessTest {

    private static Deidentifier fast;
    private static Deidentifier standard;

    @BeforeAll
    static void load() {
        fast = new Deidentifier(Ensembles.create(Ensembles.FAST));
        standard = new Deidentifier(Ensembles.create(Ensembles.DEFAULT_ENSEMBLE));
    }

    private static final String[] REPORTS = {
        "Patient: Gomez, Rafael   MRN: 88812345\nDOB: 03/14/1950\nCompared to prior from St. Mary's on 6/30. "
                + "Dr. O'Brien notified at 14:05.",
        "Pt is a 93 y/o F s/p CABG 7/22, transferred from Mass General on 7/23. Wife Maria at bedside. "
                + "D/w Dr. Okafor, pager #54321.",
        "Findings: The mediastinum is within normal limits. There is no pneumothorax with effusion. "
                + "Evidence of focal airspace disease in the left lower lobe.",
        "Signed: Kimberly H. Clear, MD on 2/4/2021.\nAddress: 4980 Chestnut Avenue, Long Beach, CA 90853",
    };

    private static List<String> spans(Deidentifier d, String text) {
        return d.analyze(text).spans().stream().map(s -> s.start() + "-" + s.end()).toList();
    }

    private static List<String> names(Deidentifier d, String text) {
        return d.analyze(text).spans().stream().filter(s -> s.type() == PhiType.NAME || s.type() == PhiType.LOCATION)
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest(name = "[{index}] report {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void whenTheCaseChanges_thenTheDefaultEnsembleFindsTheSameSpans(int i) {
        assertSameSpansInEveryCase(standard, REPORTS[i]);
    }

    @ParameterizedTest(name = "[{index}] report {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void whenTheCaseChanges_thenTheFastEnsembleFindsTheSameSpans(int i) {
        assertSameSpansInEveryCase(fast, REPORTS[i]);
    }

    private static void assertSameSpansInEveryCase(Deidentifier d, String text) {
        List<String> original = spans(d, text);
        assertThat(spans(d, text.toUpperCase(Locale.ROOT))).as("ALL CAPS").isEqualTo(original);
        assertThat(spans(d, text.toLowerCase(Locale.ROOT))).as("lower case").isEqualTo(original);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"THE CARDIOMEDIASTINAL SILHOUETTE IS WITHIN NORMAL LIMITS. WITH AND WITHOUT CONTRAST.",
        "THERE IS NO FOCAL AIRSPACE DISEASE WITH EFFUSION. WITH THE PATIENT SUPINE, THE LUNGS ARE CLEAR WITH "
                + "NORMAL VOLUMES. COMPARED WITH THE PRIOR, NO CHANGE."})
    void whenAllCapsProseHoldsNoPhi_thenNoWordIsANameOrPlace(String text) {
        assertThat(names(standard, text)).isEmpty();
        assertThat(names(fast, text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Dr. With reviewed it. WITH contrast; with the patient supine, With a tube.",
        "DR. WITH REVIEWED IT. WITH CONTRAST; WITH THE PATIENT SUPINE, WITH A TUBE."})
    void whenAFunctionWordIsFoundAsAName_thenItDoesNotSpread(String text) {
        List<PhiSpan> found = standard.analyze(text).spans();
        assertThat(found.stream().filter(s -> s.type() == PhiType.NAME)).hasSizeLessThanOrEqualTo(1);
    }
}

package org.raddeid.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiType;

/** The residual check of a message's narrative: a second opinion with the message's own PHI searched again. */
class NarrativeResidualTest {

    private static final String MESSAGE = "MSH|^~\\&|RIS|X|PACS|X|20240310120000||ORU^R01|CTRL0001|P|2.5.1\r"
            + "PID|1||MRN4471234^^^HOSP^MR||Vandersloot^Zebulon||19610415|F\r"
            + "OBX|1|TX|IMP^Impression||Findings discussed; called vander-sloot at home.||||||F\r";

    @Test
    void whenANameOfThePidRecursSpelledApart_thenItIsALeftoverWithSegmentFieldAndPlace() {
        Hl7Deidentifier.Outcome o = checked("safe-harbor").process(MESSAGE);
        assertThat(o.ok()).as(String.valueOf(o.rejection())).isTrue();
        assertThat(o.text()).contains("vander-sloot");
        assertThat(o.stats().leftovers()).containsExactly(
                new MessageStats.Leftover(3, "OBX-5", PhiType.NAME, 27, 39));
    }

    @Test
    void whenTheCheckIsOff_asByDefault_thenNothingIsCounted() {
        assertThat(Samples.bridge("safe-harbor").process(MESSAGE).stats().leftovers()).isEmpty();
    }

    private static Hl7Deidentifier checked(String policy) {
        return new Hl7Deidentifier(Samples.fast(), Samples.bridge(policy).settings().withResidualCheck(true));
    }

    @Test
    void whenTheNarrativeHoldsOnlyReplacements_thenThereIsNoLeftover() {
        String clean = MESSAGE.replace("called vander-sloot at home", "called Zebulon Vandersloot at home");
        Hl7Deidentifier.Outcome o = checked("surrogate").process(clean);
        assertThat(o.text()).doesNotContain("Vandersloot");
        assertThat(o.stats().leftovers()).isEmpty();
    }
}

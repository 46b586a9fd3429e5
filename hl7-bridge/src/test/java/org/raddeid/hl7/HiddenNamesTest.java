package org.raddeid.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An escape sequence or a control character inside a name must not hide it (issue 17, finding 8). */
class HiddenNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Hart\\E\\mann", "Hart\\E\\\\E\\mann", "Hartm\u0000ann", "Hart\u200Bmann"})
    void whenANameInTheNarrativeIsBrokenByAnEscapeOrAControl_thenItIsStillReplacedWhole(String hidden) {
        String message = ConsistencyTest.MESSAGE.replace("Lucinda Hartmann was examined",
                "Lucinda " + hidden + " was examined");
        Hl7Deidentifier.Outcome o = Samples.bridge("safe-harbor").process(message);
        assertThat(o.ok()).as(o.rejection() == null ? "" : o.rejection().describe()).isTrue();
        String obx = o.text().lines().filter(l -> l.startsWith("OBX")).findFirst().orElseThrow();
        String narrative = obx.split("\\|")[5];
        assertThat(narrative).doesNotContain("Hart", "mann", "Lucinda").contains("was examined");
    }
}

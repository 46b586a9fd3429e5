package org.raddeid.dicom.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raddeid.dicom.deid.Ds.put;
import static org.raddeid.dicom.deid.Ds.text;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raddeid.dicom.codec.DataSet;
import org.raddeid.dicom.codec.Vr;

/** A control character inside a name in a DICOM text value must not hide it (issue 17, finding 8). */
class HiddenNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Smi\u0000th", "Smi\u0007th", "Smi\u001Bth"})
    void whenANameInAnLtIsBrokenByAControlCharacter_thenItIsStillReplacedWhole(String hidden) throws Exception {
        DataSet ds = Ds.minimal();
        put(ds, 0x0020, 0x4000, Vr.LT, "Follow-up for John " + hidden + ", prior CT on 03/07/2023.");
        DicomSettings s = DicomSettings.defaults(TestEngine.SURROGATE, TestEngine.SECRET)
                .withOptions(Set.of(ProfileOption.CLEAN_DESCRIPTORS));
        DataSet out = TestEngine.with(s).process(Ds.file(ds)).file().dataSet();
        assertThat(text(out, 0x0020, 0x4000)).contains("Follow-up for", "prior CT on")
                .doesNotContain("John", "Smi", "th,");
    }
}

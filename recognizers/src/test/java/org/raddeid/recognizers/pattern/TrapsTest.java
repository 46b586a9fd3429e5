package org.raddeid.recognizers.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Radiology text that looks like PHI to a naive regex and must yield no span at all. */
class TrapsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Grade 2/4 systolic murmur.
            Disc protrusion at C5/6 and L4-L5.
            Fracture of T12-L1.
            Nodule measures 1.2 x 3.4 cm.
            BI-RADS 4: suspicious.
            LI-RADS 5 observation.
            CPT 71250 CT chest without contrast.
            71250
            Per Fleischner 2017 guidelines.
            Nodule 5 mm.
            Pain 3/10.
            Colles fracture of the distal radius.
            Murphy sign negative.
            Smith fracture.
            Study UID 1.2.840.10008.5.1.4.1.1.2
            Scanned at 14:32.
            Compared with 2 prior CT scans from 2019.
            Heart size normal. 3 views of the chest.
            Kidney 11.2 cm, spleen 12 cm, liver 15.5 cm.
            Series 3 image 45 of 120.
            DLP 450.2 mGy-cm, CTDIvol 12.3 mGy.
            T2 hyperintense lesion in segment 4a.
            """)
    void whenRadiologyTrap_thenNoSpan(String text) {
        assertThat(Spans.of(text)).isEmpty();
    }
}

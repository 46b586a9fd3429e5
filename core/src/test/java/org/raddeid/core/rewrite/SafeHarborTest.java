package org.raddeid.core.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;

class SafeHarborTest {

    private static final PhiSpan ZIP = PhiSpan.of(0, 5, PhiSubtype.ZIP, 0.9, "t");
    private static final PhiSpan AGE = PhiSpan.of(0, 2, PhiSubtype.AGE, 0.9, "t");

    @ParameterizedTest
    @CsvSource({"60614,60600", "60614-1234,60600", "03601,00000", "89301,00000", "10201,00000", "10001,10000",
        "ABCDE,00000", "123,00000"})
    void zipKeepsThreeDigitsUnlessRestricted(String zip, String expected) {
        assertThat(SafeHarbor.zip().apply(zip, ZIP, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"92,90+", "104,90+", "ninety-two,90+", "89,89", "45,45"})
    void agesOver89Collapse(String age, String expected) {
        assertThat(SafeHarbor.ageOver89("90+").apply(age, AGE, null)).isEqualTo(expected);
    }
}

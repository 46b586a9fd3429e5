package org.raddeid.batch.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+2|'=1+2", "+cmd|'+cmd", "-x|'-x", "@SUM(A1)|'@SUM(A1)", "-3|-3", "+12.5|+12.5", "-1,5|-1,5",
        "Seen by Dr. X|Seen by Dr. X", "a=b|a=b", "'=x|'=x"})
    void whenACellStartsWithAFormulaTrigger_thenItGetsALeadingQuoteUnlessItIsANumber(String cell, String out) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"x|-1", "ab\ud800|2", "\udc00|0", "\ud83d\ude00 ok|-1"})
    void whenATextHasAnUnpairedSurrogate_thenItsOffsetIsFound(String text, int offset) {
        assertThat(TextCheck.unpairedSurrogate(text)).isEqualTo(offset);
    }
}

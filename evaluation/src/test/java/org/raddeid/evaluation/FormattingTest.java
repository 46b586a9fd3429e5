package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormattingTest {

    @ParameterizedTest
    @CsvSource({"1.0, 100.0%", "0.9996, 99.9%", "0.99949, 99.9%", "0.973, 97.3%", "0.5, 50.0%", "0.0, 0.0%",
        "0.07, 7.0%", "0.66666, 66.7%", "0.888888, 88.9%", "0.00004, 0.1%"})
    void whenRatioIsFormatted_thenItIsRoundedToOneDecimal_butNever100Or0WhenItIsNot(double ratio, String expected) {
        assertThat(Percent.format(ratio)).isEqualTo(expected);
    }

    @Test
    void whenRatioIsNull_thenNotApplicable() {
        assertThat(Percent.format(null)).isEqualTo("n/a");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "<script>|&lt;script&gt;", "a & b|a &amp; b", "~\"q\"~|&quot;q&quot;", "it's|it&#39;s",
        "~a\u0000b~|a\ufffdb", "~\uD83D\uDE00~|~\uD83D\uDE00~", "~x\uD800y~|x\ufffdy"})
    void whenTextIsEscaped_thenNoMarkupSurvives(String in, String out) {
        assertThat(Html.escape(in)).isEqualTo(out);
    }

    @Test
    void whenContextHasLineBreaks_thenTheyShowAsReturnSigns() {
        assertThat(Html.escapeInline("a\nb\r\nc")).isEqualTo("a\u21b5b\u21b5 c");
    }
}

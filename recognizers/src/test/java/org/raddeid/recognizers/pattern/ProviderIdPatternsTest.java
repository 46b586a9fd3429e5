package org.raddeid.recognizers.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

class ProviderIdPatternsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ordered by 1245319599 today                   | 1245319599   | LICENSE
            Ordered by 1234-567-893 today                 | 1234-567-893 | LICENSE
            Signed GL0285191                              | GL0285191    | LICENSE
            Signed K92993548                              | K92993548    | LICENSE
            """)
    void whenCheckDigitHolds_thenLicenseSpan(String text, String covered, PhiSubtype subtype) {
        Spans.assertFound(text, covered, subtype);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ordered by 1234567890 today
            Ordered by 3234567893 today
            Signed BG8207031
            """)
    void whenCheckDigitIsWrong_thenNoSpan(String text) {
        Spans.assertNone(text, PhiType.ID);
    }

    @org.junit.jupiter.api.Test
    void whenNpiWordPrecedes_thenScoreRises() {
        double bare = Spans.of("x 1245319599").get(0).score();
        double labelled = Spans.of("NPI 1245319599").stream().filter(s -> s.subtype() == PhiSubtype.LICENSE)
                .mapToDouble(s -> s.score()).max().orElseThrow();
        assertThat(labelled).isGreaterThan(bare);
    }
}

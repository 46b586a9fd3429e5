package org.raddeid.recognizers.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;

class PatternRecognizerTest {

    private final PatternRecognizer recognizer = Spans.RECOGNIZER;

    @Test
    void whenNonAsciiText_thenOffsetsAreCharOffsetsOfTheValues() {
        String text = "Café 2021-03-04 😀 555-123-4567";
        List<PhiSpan> spans = recognizer.recognize(new AnalyzedText(text));
        assertThat(spans).extracting(s -> s.coveredText(text)).contains("2021-03-04", "555-123-4567");
        PhiSpan phone = spans.stream().filter(s -> s.subtype() == PhiSubtype.PHONE).findFirst().orElseThrow();
        assertThat(phone.start()).isEqualTo(text.indexOf("555"));
        assertThat(phone.end()).isEqualTo(text.length());
    }

    @Test
    void whenEmptyText_thenNoSpans() {
        assertThat(recognizer.recognize(new AnalyzedText(""))).isEmpty();
    }

    @Test
    void whenLabelledValue_thenSpanExcludesLabel() {
        String text = "MRN: 12345678";
        assertThat(recognizer.recognize(new AnalyzedText(text)))
                .singleElement().satisfies(s -> assertThat(s.coveredText(text)).isEqualTo("12345678"));
    }

    @Test
    void whenSpansReported_thenNameTypeAndScoreAreSet() {
        List<PhiSpan> spans = recognizer.recognize(new AnalyzedText("DOB 01/02/1930 phone 555-123-4567"));
        assertThat(spans).isNotEmpty().allSatisfy(s -> {
            assertThat(s.recognizer()).isEqualTo(PatternRecognizer.NAME);
            assertThat(s.score()).isBetween(0.0, 1.0);
        });
        assertThat(recognizer.types()).contains(PhiType.DATE, PhiType.AGE, PhiType.CONTACT, PhiType.ID,
                PhiType.LOCATION);
    }

    @Test
    void whenTwoDefinitionsShareAName_thenRejected() {
        PatternDefinition d = PatternDefinition.builder("x", PhiSubtype.DATE, "\\d").build();
        assertThatThrownBy(() -> new PatternRecognizer(List.of(d, d)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
    }

    @Test
    void whenDefinitionListed_thenNamesAreUnique() {
        assertThat(PatternCatalog.all()).extracting(PatternDefinition::name).doesNotHaveDuplicates();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void whenFiveMegabyteReport_thenCompletesAndSpansLieInText() {
        String unit = "Exam 03/14/2021. MRN: 12345678. A 92-year-old woman. Call (555) 123-4567. "
                + "Nodule 1.2 x 3.4 cm at C5/6, BI-RADS 4. Host 10.0.0.1, see https://x.example.org/a.\n";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5_000_000) {
            sb.append(unit);
        }
        String text = sb.toString();
        List<PhiSpan> spans = recognizer.recognize(new AnalyzedText(text));
        assertThat(spans).hasSizeGreaterThan(5_000_000 / unit.length() * 5)
                .allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
    }

    @ParameterizedTest(name = "[{index}] 100k of ''{0}''")
    @ValueSource(strings = {"1", ".", ":", "1.", "1:", "a", "A ", "1 ", "1-", "1/", "@", "a@", "a.", "-", "+1",
        "Ab ", "1 A", "x:", "ff:", "9 Main "})
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void whenPathologicalInput_thenCompletes(String piece) {
        String text = piece.repeat(100_000 / piece.length());
        List<PhiSpan> spans = recognizer.recognize(new AnalyzedText(text));
        assertThat(spans).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
    }
}

package org.raddeid.recognizers.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;

/** Test helper: runs the full catalog and asserts coverage. */
final class Spans {

    static final PatternRecognizer RECOGNIZER = new PatternRecognizer();

    private Spans() {
    }

    static List<PhiSpan> of(String text) {
        return RECOGNIZER.recognize(new AnalyzedText(text));
    }

    /** Asserts that a span of {@code subtype} covers exactly the first occurrence of {@code covered}. */
    static void assertFound(String text, String covered, PhiSubtype subtype) {
        int start = text.indexOf(covered);
        assertThat(start).as("test row: covered text must occur in the text").isGreaterThanOrEqualTo(0);
        int end = start + covered.length();
        List<PhiSpan> spans = of(text);
        assertThat(spans)
                .as("spans of %s in [%s] must include [%s]", subtype, text, covered)
                .anySatisfy(s -> {
                    assertThat(s.subtype()).isEqualTo(subtype);
                    assertThat(s.start()).isEqualTo(start);
                    assertThat(s.end()).isEqualTo(end);
                });
    }

    /** Asserts that no span of {@code type} is reported. */
    static void assertNone(String text, PhiType type) {
        assertThat(of(text)).as("no %s span expected in [%s]", type, text)
                .noneSatisfy(s -> assertThat(s.type()).isEqualTo(type));
    }
}

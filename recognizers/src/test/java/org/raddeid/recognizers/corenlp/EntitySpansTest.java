package org.raddeid.recognizers.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.text.AnalyzedText;

/** The label-to-span mapping, fed hand-made labels so no model is needed. */
class EntitySpansTest {

    /**
     * Labels the tokens of {@code text} from a space-separated label string (P = PERSON, L = LOCATION,
     * G = ORGANIZATION, O = outside) and returns "covered text/TYPE/SUBTYPE" per span.
     */
    private static List<String> spans(String text, String labelCodes) {
        AnalyzedText t = new AnalyzedText(text);
        List<CrfToken> sentence = CrfSentences.of(t).stream().flatMap(List::stream).toList();
        String[] codes = labelCodes.split(" ");
        assertThat(codes).as("one label per token of %s", sentence).hasSameSizeAs(sentence.toArray());
        String[] labels = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            labels[i] = switch (codes[i]) {
                case "P" -> "PERSON";
                case "L" -> "LOCATION";
                case "G" -> "ORGANIZATION";
                default -> "O";
            };
        }
        double[] probabilities = new double[labels.length];
        java.util.Arrays.fill(probabilities, 1.0);
        List<PhiSpan> out = new ArrayList<>();
        EntitySpans.collect(t, sentence, new CrfLabels(labels, probabilities), "test", out);
        return out.stream().map(s -> s.coveredText(text) + "/" + s.type() + "/" + s.subtype()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Seen by John Smith today|O O P P O|John Smith/NAME/null",
        "Seen by Dr. John Smith today|O O O P P O|John Smith/NAME/DOCTOR",
        "Seen by Dr. John Smith today|O O P P P O|John Smith/NAME/DOCTOR",
        "Seen by Doctor Smith today|O O O P O|Smith/NAME/DOCTOR",
        "Signed by John Smith, M.D. today|O O P P O O O|John Smith/NAME/DOCTOR",
        "Signed by John Smith MD|O O P P P|John Smith/NAME/DOCTOR",
        "Signed by SMITH, JOHN DO|O O P O P O|SMITH/NAME/DOCTOR#JOHN/NAME/DOCTOR",
        "Signed by Dr. SMITH, JOHN on call|O O O P O P O O|SMITH/NAME/DOCTOR#JOHN/NAME/DOCTOR",
        "Seen by SMITH, JOHN today|O O P O P O|SMITH/NAME/null#JOHN/NAME/null",
        "Performed by Kenneth Smith RT|O O P P P|Kenneth Smith/NAME/null",
        "Seen by Mrs. Smith|O O P P|Smith/NAME/null",
        "Call Dr.|O P|",
        "from Boston today|O L O|Boston/LOCATION/null",
        "at Mercy Medical Center today|O G G G O|Mercy Medical Center/LOCATION/HOSPITAL",
        "at Aultman Hospital today|O P P O|Aultman Hospital/LOCATION/HOSPITAL",
        "per Fleischner Society guidelines|O G G O|Fleischner Society/LOCATION/ORGANIZATION",
        "from Boston, Ohio|O L L L|Boston, Ohio/LOCATION/null",
    })
    void whenLabelsAreMapped_thenSpansHaveTheExpectedTextTypeAndSubtype(String text, String labels, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split("#"));
        assertThat(spans(text, labels)).containsExactlyElementsOf(want);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DOB: 1990|P O",
        "  Baker: cyst|P O O",
    })
    void whenEntityIsAFieldLabel_thenItIsDropped(String text, String labels) {
        assertThat(spans(text, labels)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void whenTheCrfIsUnsure_thenTheScoreIsLowerButDoctorsKeepTheirFloor() {
        assertThat(EntitySpans.score(new double[] {1.0, 1.0}, 0, 2)).isEqualTo(EntitySpans.MAX_SCORE);
        assertThat(EntitySpans.score(new double[] {1.0, 0.4}, 0, 2)).isLessThan(0.5).isGreaterThan(0.0);
        AnalyzedText t = new AnalyzedText("Seen by Dr. Smith");
        List<CrfToken> sentence = CrfSentences.of(t).get(0);
        List<PhiSpan> out = new ArrayList<>();
        EntitySpans.collect(t, sentence, new CrfLabels(new String[] {"O", "O", "O", "PERSON"},
                new double[] {1, 1, 1, 0.3}), "test", out);
        assertThat(out).singleElement().satisfies(s -> assertThat(s.score()).isEqualTo(EntitySpans.DOCTOR_SCORE));
    }
}

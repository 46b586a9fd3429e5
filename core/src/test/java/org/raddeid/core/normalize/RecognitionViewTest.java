package org.raddeid.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.core.text.AnalyzedText;

class RecognitionViewTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Zeb\u0000ulon and\u000BSmith|Zebulon and Smith",
        "Zeb\u200Bulon Quarter\u00ADmaine\uFEFF|Zebulon Quartermaine",
        "C:\\ path, 3\\4, ORIGINAL\\PRIMARY|C:\\ path, 3\\4, ORIGINAL\\PRIMARY"})
    void whenTextHidesAWord_thenTheViewShowsItAndKeepsEverythingElse(String original, String view) {
        assertThat(RecognitionView.of(original).text()).isEqualTo(view);
    }

    @Test
    void whenTextHasTabsAndLineBreaks_thenTheyStayBesideATakenOutNul() {
        assertThat(RecognitionView.of("tabs\tand\r\n\u0000lines").text()).isEqualTo("tabs\tand\r\nlines");
    }

    @Test
    void whenNothingIsHidden_thenTheViewIsTheOriginalItself() {
        String s = "Seen by Dr. Okafor on 03/04/2021.";
        RecognitionView v = RecognitionView.of(s);
        assertThat(v.identical()).isTrue();
        assertThat(v.text()).isSameAs(s);
    }

    @Test
    void whenASpanIsFoundInTheView_thenItMapsBackOverTheHiddenCharactersInsideItButNotAfterIt() {
        String original = "Pt Z\u200BEBU\u0000LON\u0000 here";
        RecognitionView v = RecognitionView.of(original);
        assertThat(v.text()).isEqualTo("Pt ZEBULON here");
        PhiSpan found = PhiSpan.of(3, 10, PhiSubtype.PATIENT, 0.9, "t");
        PhiSpan back = v.toOriginal(List.of(found)).get(0);
        assertThat(original.substring(back.start(), back.end())).isEqualTo("Z\u200BEBU\u0000LON");
    }

    /** Finds ZEBULON only when it is written whole, as a dictionary does. */
    private static final Recognizer WHOLE = new Recognizer() {
        public String name() {
            return "whole";
        }

        public Set<PhiType> types() {
            return Set.of(PhiType.NAME);
        }

        public List<PhiSpan> recognize(AnalyzedText text) {
            List<PhiSpan> out = new java.util.ArrayList<>();
            Matcher m = Pattern.compile("(?i)\\bzebulon\\b").matcher(text.text());
            while (m.find()) {
                out.add(PhiSpan.of(m.start(), m.end(), PhiSubtype.PATIENT, 0.9, "whole"));
            }
            return out;
        }
    };

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Seen by Zeb\u0000ulon today.|Seen by [NAME] today.",
        "Seen by Zebu\u200Blon\u0000 today.|Seen by [NAME]\u0000 today."})
    void whenAnEscapeOrControlCharacterSitsInsideAName_thenTheNameIsStillReplacedWhole(String in, String out) {
        Deidentifier deid = new Deidentifier(new Ensemble("t", List.of(WHOLE)));
        String result = deid.deidentify(in, Policy.safeHarbor(), new RewriteContext(Secret.of(
                "0123456789abcdef0123".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "p"), KnownIdentifiers.NONE)
                .text();
        assertThat(result).isEqualTo(out);
    }
}

package org.raddeid.recognizers.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;

class PlaceCuesTest {

    private static final ContextRecognizer R = new ContextRecognizer();

    private static List<String> places(String text) {
        return R.recognize(new AnalyzedText(text)).stream().filter(s -> s.type() == PhiType.LOCATION)
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    private static List<String> names(String text) {
        return R.recognize(new AnalyzedText(text)).stream().filter(s -> s.type() == PhiType.NAME)
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Transferred from Mass General for CABG.            | Mass General
            Outside films from St. Mary's were reviewed.       | St. Mary's
            xfer from Baton Rouge General on 8/23.             | Baton Rouge General
            She lives in Tromsø with her daughter.             | Tromsø
            Mr. Rangel flew to Horten on Monday.               | Horten
            Prior CT at Saint Luke's showed no mass.           | Saint Luke's
            """)
    void whenAPlaceCueOrASaintsNameComesFirst_thenThePlaceIsFound(String text, String place) {
        assertThat(places(text)).contains(place);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Transferred from Emergency Department to the floor.", "Treated with St. John's wort.",
        "Lives in a nursing home.", "Sent to CT for imaging.", "Hospital: pending"})
    void whenTheCueIsFollowedByEverydayWords_thenNoPlace(String text) {
        assertThat(places(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Patient: 王伟                                      | 王伟
            Dr. Ахмед Иванов reviewed the study.              | Ахмед Иванов
            Referring: محمد علي                               | محمد علي
            """)
    void whenANameInAnotherScriptFollowsACue_thenItIsAName(String text, String name) {
        assertThat(names(text)).contains(name);
    }
}

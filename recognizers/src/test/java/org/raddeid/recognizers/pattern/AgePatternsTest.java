package org.raddeid.recognizers.pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

class AgePatternsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A 92-year-old woman.                          | 92           | AGE
            A 92 year old woman.                          | 92           | AGE
            Patient is 93 yo female.                      | 93           | AGE
            Patient is 93yoF.                             | 93           | AGE
            Patient is 91 y/o male.                       | 91           | AGE
            Age: 95                                       | 95           | AGE
            She is aged 97.                               | 97           | AGE
            A 102 yr old man.                             | 102          | AGE
            A 90 y male.                                  | 90           | AGE
            She is ninety-two years old.                  | ninety-two   | AGE
            He is one hundred years old                   | one hundred  | AGE
            Age/Sex: 93Y/F                                | 93           | AGE
            AGE: 093Y   SEX: M                            | 093          | AGE
            PT: DOE, JANE 91Y F                           | 91           | AGE
            Age & sex: 96/M                               | 96           | AGE
            """)
    void whenAgeOver89_thenAgeSpan(String text, String covered, PhiSubtype subtype) {
        Spans.assertFound(text, covered, subtype);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A 89-year-old woman.
            Patient is 45 yo female.
            Age: 62
            She is aged 39.
            Symptoms for the past 95 days.
            Had symptoms for 90 minutes
            Lesion 92 mm.
            Age/Sex: 67Y/F
            AGE: 071Y
            Smoked for 93 years ago?
            """)
    void whenAgeUnder90OrNoAgePhrase_thenNoAgeSpan(String text) {
        Spans.assertNone(text, PhiType.AGE);
    }
}

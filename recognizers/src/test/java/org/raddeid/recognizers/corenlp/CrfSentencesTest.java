package org.raddeid.recognizers.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.text.AnalyzedText;

class CrfSentencesTest {

    private static List<List<String>> words(String text) {
        return CrfSentences.of(new AnalyzedText(text)).stream()
                .map(s -> s.stream().map(CrfToken::word).toList()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Seen by Dr. Smith today.|Seen by Dr. Smith today .",
        "Signed J. R. Lee, M.D. on call|Signed J. R. Lee , M.D. on call",
        "Ph.D. and U.S. citizen|Ph.D. and U.S. citizen",
        "Mary O'Brien-Smith's study|Mary O'Brien-Smith 's study",
        "A 3.5 x 4.2 cm mass on 12/03/2020 at 10:30|A 3.5 x 4.2 cm mass on 12/03/2020 at 10:30",
        "follow-up in 3-6 months|follow-up in 3-6 months",
    })
    void whenTokensAreJoined_thenTheyMatchTreebankTokens(String text, String expected) {
        assertThat(words(text)).hasSize(1);
        assertThat(String.join(" ", words(text).get(0))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "No effusion. Dr. Smith agreed!|No effusion .#Dr. Smith agreed !",
        "PATIENT: GOMEZ, RAFAEL|PATIENT :#GOMEZ , RAFAEL",
        "Wait... what?|Wait . . .#what ?",
    })
    void whenLineHasSentenceEndsOrAColon_thenItIsSplitAfterThem(String text, String expected) {
        assertThat(words(text).stream().map(s -> String.join(" ", s)).toList())
                .containsExactly(expected.split("#"));
    }

    @Test
    void whenLinesHaveNoLetters_thenTheyAreSkippedAndLinesNeverJoin() {
        assertThat(words("IMPRESSION\n1.\n3.2 / 4.1\nNormal\n\n---\nstudy")).containsExactly(
                List.of("IMPRESSION"), List.of("Normal"), List.of("study"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "GOMEZ , RAFAEL|true",
        "ORDERING PHYSICIAN LOPEZ Maria|true",
        "no acute disease|true",
        "Seen by Maria Lopez in clinic|false",
        "CT of the chest shows no PE|false",
        "3 x 4|false",
    })
    void whenMostWordsAreUpperCaseOrAllLowerCase_thenTheCaselessModelIsPreferred(String text, boolean caseless) {
        List<CrfToken> sentence = CrfSentences.of(new AnalyzedText(text)).stream().flatMap(List::stream).toList();
        assertThat(CrfSentences.prefersCaseless(sentence)).isEqualTo(caseless);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "DOB: 1990|true",
        "  FINDINGS:|true",
        "Date of birth: 1990|false",
        "Seen by Smith: agreed|false",
    })
    void whenSentenceIsOneWordAndAColonAtLineStart_thenItIsALoneFieldLabel(String text, boolean label) {
        AnalyzedText t = new AnalyzedText(text);
        assertThat(CrfSentences.isLoneFieldLabel(t, CrfSentences.of(t).get(0))).isEqualTo(label);
    }
}

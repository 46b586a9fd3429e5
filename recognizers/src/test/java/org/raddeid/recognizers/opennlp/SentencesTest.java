package org.raddeid.recognizers.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.text.AnalyzedText;
import org.junit.jupiter.api.Test;

class SentencesTest {

    /** Returns each sentence's text, from its first token's start to its last token's end. */
    private static List<String> sentences(String s) {
        AnalyzedText t = new AnalyzedText(s);
        return Sentences.split(t).stream()
                .map(x -> s.substring(t.tokens().get(x.firstToken()).start(), t.tokens().get(x.endToken() - 1).end()))
                .toList();
    }

    @Test
    void whenTextHasLines_thenEachLineIsASentence() {
        assertThat(sentences("FINDINGS:\nNo effusion\r\nSigned by Dr. Lee")).containsExactly("FINDINGS:",
                "No effusion", "Signed by Dr. Lee");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "No effusion. Heart normal.|No effusion.|Heart normal.",
        "Is it new? Yes.|Is it new?|Yes.",
        "Stable! 2 nodules.|Stable!|2 nodules."})
    void whenSentenceEndingPunctuationIsFollowedByACapitalOrDigit_thenItSplits(String text, String a, String b) {
        assertThat(sentences(text)).containsExactly(a, b);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Discussed with Dr. Xylo Quentaro at 3 PM.",
        "Signed by J. Smith today.",
        "Seen by John A. Doe, M.D. Today",
        "Measured 1.2 cm. and stable",
        "Results sent to St. Mary Hospital."})
    void whenFullStopClosesAnAbbreviationOrInitialOrNoCapitalFollows_thenNoSplit(String text) {
        assertThat(sentences(text)).containsExactly(text);
    }

    @Test
    void whenNoTokens_thenNoSentences() {
        assertThat(Sentences.split(new AnalyzedText(" \n "))).isEmpty();
    }

    @Test
    void everyTokenIsInExactlyOneSentenceInOrder() {
        AnalyzedText t = new AnalyzedText("A. Be. C? D!\nE\n\nF. G");
        List<Sentences.Sentence> s = Sentences.split(t);
        int next = 0;
        for (Sentences.Sentence x : s) {
            assertThat(x.firstToken()).isEqualTo(next);
            next = x.endToken();
        }
        assertThat(next).isEqualTo(t.tokens().size());
    }
}

package org.raddeid.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {

    @Test
    void tokensSplitWordsNumbersAndPunctuation() {
        AnalyzedText t = new AnalyzedText("Dr. O'Brien, MRN 12345; C5/6.");
        List<String> texts = t.tokens().stream().map(tok -> tok.text(t.text())).toList();
        assertThat(texts).containsExactly("Dr", ".", "O", "'", "Brien", ",", "MRN", "12345", ";", "C5", "/", "6", ".");
        assertThat(t.tokens().get(7).kind()).isEqualTo(Token.Kind.NUMBER);
        assertThat(t.tokens().get(9).kind()).isEqualTo(Token.Kind.WORD);
        assertThat(t.tokens().get(1).kind()).isEqualTo(Token.Kind.PUNCT);
    }

    @Test
    void tokensKeepCharOffsetsAroundAstralCharacters() {
        AnalyzedText t = new AnalyzedText("😀 José");
        Token jose = t.tokens().get(1);
        assertThat(jose.text(t.text())).isEqualTo("José");
        assertThat(jose.start()).isEqualTo(3);
        assertThat(t.tokens().get(0).kind()).isEqualTo(Token.Kind.PUNCT);
        assertThat(t.tokens().get(0).end()).isEqualTo(2);
    }

    @Test
    void tokensAreComputedOnceAndShared() {
        AnalyzedText t = new AnalyzedText("a b c");
        assertThat(t.tokens()).isSameAs(t.tokens());
    }

    @Test
    void tokensInReturnsOverlappingTokens() {
        AnalyzedText t = new AnalyzedText("seen by John Smith today");
        assertThat(t.tokensIn(9, 15).stream().map(x -> x.text(t.text()))).containsExactly("John", "Smith");
        assertThat(t.tokensIn(4, 4)).isEmpty();
    }

    @Test
    void emptyTextHasNoTokensAndOneLine() {
        AnalyzedText t = new AnalyzedText("");
        assertThat(t.tokens()).isEmpty();
        assertThat(t.lineStarts()).containsExactly(0);
    }

    @Test
    void linesEndAtLfCrLfAndCr() {
        AnalyzedText t = new AnalyzedText("a\nbb\r\nc\rd");
        assertThat(t.lineStarts()).containsExactly(0, 2, 6, 8);
        assertThat(t.lineStart(4)).isEqualTo(2);
        assertThat(t.lineEnd(2)).isEqualTo(4);
        assertThat(t.lineEnd(0)).isEqualTo(1);
        assertThat(t.lineStart(1)).isZero();
        assertThat(t.lineStart(2)).isEqualTo(2);
        assertThat(t.lineStart(7)).isEqualTo(6);
        assertThat(t.lineEnd(6)).isEqualTo(7);
        assertThat(t.lineStart(9)).isEqualTo(8);
        assertThat(t.lineEnd(8)).isEqualTo(9);
        assertThat(t.lineEnd(9)).isEqualTo(9);
    }

    @Test
    void lineBoundsAgreeWithAPlainScanAtEveryOffset() {
        String s = "ab\r\ncd\n\nef\rg\r\n";
        AnalyzedText t = new AnalyzedText(s);
        for (int i = 0; i <= s.length(); i++) {
            int start = i;
            while (start > 0 && s.charAt(start - 1) != '\n' && s.charAt(start - 1) != '\r') {
                start--;
            }
            int end = i;
            while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                end++;
            }
            if (i < s.length() && s.charAt(i) == '\n' && i > 0 && s.charAt(i - 1) == '\r') {
                continue; // an offset between CR and LF sits inside one line break; no caller asks for it
            }
            assertThat(t.lineStart(i)).as("lineStart(%d)", i).isEqualTo(start);
            assertThat(t.lineEnd(i)).as("lineEnd(%d)", i).isEqualTo(end);
        }
    }

    @Test
    void lowerCaseKeepsOffsetsEvenForLengthChangingCharacters() {
        AnalyzedText t = new AnalyzedText("\u0130STANBUL Smith");
        assertThat(t.lowerCase()).hasSameSizeAs(t.text());
        assertThat(t.lowerCase()).endsWith("smith");
    }

    @org.junit.jupiter.api.Test
    void upperCaseLinesAreThoseWithLettersAndNoLowerCase() {
        AnalyzedText t = new AnalyzedText("PATIENT: DOE, JOHN\nSeen today.\n12/03/2020\r\nCT CHEST 2 VIEWS");
        org.assertj.core.api.Assertions.assertThat(t.upperCaseLine(0)).isTrue();
        org.assertj.core.api.Assertions.assertThat(t.upperCaseLine(20)).isFalse();
        org.assertj.core.api.Assertions.assertThat(t.upperCaseLine(32)).isFalse();
        org.assertj.core.api.Assertions.assertThat(t.upperCaseLine(t.length() - 1)).isTrue();
    }
}

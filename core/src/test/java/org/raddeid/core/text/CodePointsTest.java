package org.raddeid.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointsTest {

    @Test
    void whenTextIsBmpOnly_thenOffsetsAreIdentical() {
        CodePoints cp = CodePoints.of("Café résumé");
        assertThat(cp.isIdentity()).isTrue();
        assertThat(cp.toCodePoint(4)).isEqualTo(4);
        assertThat(cp.toChar(11)).isEqualTo(11);
    }

    @Test
    void whenTextHasAstralCharacters_thenOffsetsMatchPythonIndices() {
        // Python: "a😀b𝒜c".index("b") == 2, .index("c") == 4; Java: indexOf('b') == 3, indexOf('c') == 6
        String s = "a😀b𝒜c";
        CodePoints cp = CodePoints.of(s);
        assertThat(cp.isIdentity()).isFalse();
        assertThat(cp.codePointLength()).isEqualTo(5);
        assertThat(cp.toCodePoint(s.indexOf('b'))).isEqualTo(2);
        assertThat(cp.toCodePoint(s.indexOf('c'))).isEqualTo(4);
        assertThat(cp.toCodePoint(s.length())).isEqualTo(5);
        assertThat(cp.toChar(2)).isEqualTo(s.indexOf('b'));
        assertThat(cp.toChar(4)).isEqualTo(s.indexOf('c'));
        assertThat(cp.toChar(1)).isEqualTo(1);
        assertThat(cp.toChar(5)).isEqualTo(s.length());
    }

    @Test
    void everyOffsetRoundTrips() {
        String s = "😀😀x𝒜 y😀";
        CodePoints cp = CodePoints.of(s);
        for (int c = 0; c <= cp.codePointLength(); c++) {
            assertThat(cp.toCodePoint(cp.toChar(c))).isEqualTo(c);
            assertThat(s.codePointCount(0, cp.toChar(c))).isEqualTo(c);
        }
    }

    @Test
    void whenCharOffsetSplitsAPair_thenRejected() {
        assertThatThrownBy(() -> CodePoints.of("a😀b").toCodePoint(2)).hasMessageContaining("surrogate");
    }

    @Test
    void whenOffsetOutOfRange_thenMessageGivesTheRange() {
        assertThatThrownBy(() -> CodePoints.of("abc").toChar(4)).hasMessageContaining("0..3");
        assertThatThrownBy(() -> CodePoints.of("a😀").toCodePoint(-1)).hasMessageContaining("-1");
    }

    @Test
    void unpairedSurrogatesCountAsOneCodePointEach() {
        String s = "a\uD800b";
        CodePoints cp = CodePoints.of(s);
        assertThat(cp.codePointLength()).isEqualTo(3);
        assertThat(cp.toCodePoint(2)).isEqualTo(2);
    }
}

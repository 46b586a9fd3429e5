package org.raddeid.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    @Test
    void decodesARangeOfValidBytes() throws Exception {
        byte[] bytes = "xxCafé 😀yy".getBytes(StandardCharsets.UTF_8);
        assertThat(StrictUtf8.decode(bytes, 2, bytes.length - 2)).isEqualTo("Café 😀");
    }

    @Test
    void whenAByteIsBad_thenItsOffsetFromTheRangeStartIsReported() {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xC3, (byte) 0x28, 'd'};
        assertThatThrownBy(() -> StrictUtf8.decode(bytes, 1, bytes.length))
                .isInstanceOfSatisfying(StrictUtf8.MalformedException.class,
                        e -> assertThat(e.byteOffset()).isEqualTo(2))
                .hasMessage("not valid UTF-8 at byte offset 2");
    }

    @Test
    void whenASequenceIsCutShortAtTheEnd_thenItIsReported() {
        byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> StrictUtf8.decode(bytes, 0, bytes.length))
                .isInstanceOf(StrictUtf8.MalformedException.class);
    }

    @Test
    void encodeRefusesUnpairedSurrogates() throws Exception {
        assertThat(StrictUtf8.encode("é")).containsExactly((byte) 0xC3, (byte) 0xA9);
        assertThatThrownBy(() -> StrictUtf8.encode("a\uDC00")).isInstanceOf(CharacterCodingException.class);
    }
}

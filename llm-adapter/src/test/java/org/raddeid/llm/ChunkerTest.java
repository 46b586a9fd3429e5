package org.raddeid.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void aShortTextIsOneChunk() {
        assertThat(new Chunker(100, 20).split("Short report.")).containsExactly(new Chunker.Chunk(0, 13));
        assertThat(new Chunker(100, 20).split("")).isEmpty();
    }

    @Test
    void aLongTextIsCutAtSectionBreaksWithOverlapStartingAtAWord() {
        String section = "FINDINGS: " + "The lungs are clear. ".repeat(4) + "\n\n";
        String text = section.repeat(6);
        List<Chunker.Chunk> chunks = new Chunker(200, 40).split(text);

        assertThat(chunks.size()).isGreaterThan(1);
        assertThat(chunks.get(0).start()).isZero();
        assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(text.length());
        for (int i = 0; i < chunks.size(); i++) {
            Chunker.Chunk c = chunks.get(i);
            assertThat(c.end() - c.start()).isLessThanOrEqualTo(200);
            if (i < chunks.size() - 1) {
                assertThat(text.substring(0, c.end())).endsWith("\n\n");
                Chunker.Chunk next = chunks.get(i + 1);
                assertThat(next.start()).isLessThan(c.end()).isGreaterThan(c.start());
                assertThat(Character.isWhitespace(text.charAt(next.start() - 1))).isTrue();
            }
        }
    }

    @Test
    void aTextWithoutBreaksIsCutHardButCompletely() {
        String text = "x".repeat(450);
        List<Chunker.Chunk> chunks = new Chunker(200, 50).split(text);

        assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(450);
        assertThat(chunks).allSatisfy(c -> assertThat(c.end() - c.start()).isLessThanOrEqualTo(200));
    }
}

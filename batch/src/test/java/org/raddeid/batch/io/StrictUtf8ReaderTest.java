package org.raddeid.batch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    /** A stream that hands out at most {@code chunk} bytes per read, to split sequences across reads. */
    private static InputStream trickle(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static String readAll(Reader r) throws IOException {
        StringWriter w = new StringWriter();
        r.transferTo(w);
        return w.toString();
    }

    @Test
    void whenMultiByteCharsAreSplitAcrossReads_thenTheyDecodeWhole() throws IOException {
        String text = ("é😀中 line\n").repeat(20_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 7, 1 << 16}) {
            try (StrictUtf8Reader r = new StrictUtf8Reader(trickle(bytes, chunk), Long.MAX_VALUE)) {
                assertThat(readAll(r)).isEqualTo(text);
                assertThat(r.bytesRead()).isEqualTo(bytes.length);
            }
        }
    }

    @Test
    void whenInputStartsWithABom_thenItIsSkipped() throws IOException {
        byte[] bytes = "\uFEFFa,b\n".getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 2, 3, 100}) {
            try (StrictUtf8Reader r = new StrictUtf8Reader(trickle(bytes, chunk), 100)) {
                assertThat(readAll(r)).isEqualTo("a,b\n");
                assertThat(r.read()).isEqualTo(-1);
                assertThat(r.read()).as("still at the end").isEqualTo(-1);
            }
        }
    }

    @Test
    void whenAByteIsBad_thenTheErrorNamesItsOffsetAndLine() {
        byte[] bytes = "ok\nstill ok\nbad \u00ff".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readAll(new StrictUtf8Reader(trickle(bytes, 3), Long.MAX_VALUE)))
                .isInstanceOf(StrictUtf8Reader.MalformedException.class)
                .hasMessage("not valid UTF-8 at byte offset 16 (line 3)");
    }

    @Test
    void whenTheInputEndsInsideASequence_thenItIsBad() {
        byte[] bytes = {'a', 'b', (byte) 0xE4, (byte) 0xB8};
        assertThatThrownBy(() -> readAll(new StrictUtf8Reader(trickle(bytes, 1), Long.MAX_VALUE)))
                .isInstanceOf(StrictUtf8Reader.MalformedException.class)
                .hasMessageContaining("byte offset 2");
    }

    @Test
    void whenARecordRunsPastTheLimit_thenReadingStops() throws IOException {
        byte[] bytes = "x".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        try (StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes), 1000)) {
            assertThatThrownBy(() -> readAll(r)).isInstanceOf(StrictUtf8Reader.RecordTooLongException.class);
        }
    }
}

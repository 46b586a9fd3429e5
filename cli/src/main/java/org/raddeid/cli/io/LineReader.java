package org.raddeid.cli.io;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a byte stream line by line, decoding each line as strict UTF-8, so one bad line is reported by number while
 * the others are still read. Lines end at LF; a CR before it is dropped; a UTF-8 byte order mark at the start is
 * skipped. A line longer than {@code maxLineBytes} is reported as an error and skipped without being held in memory.
 *
 * <p>Not thread-safe. Counts the bytes consumed, for progress reporting.
 */
public final class LineReader implements Closeable {

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long consumed;
    private long lineNumber;
    private boolean eof;

    /** Reads from {@code in}, which this reader closes. */
    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Returns the bytes consumed so far. */
    public long bytesRead() {
        return consumed;
    }

    /** Returns the next line, or null at the end of the input. */
    public Line next() throws IOException {
        if (eof && pos >= limit) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        boolean tooLong = false;
        boolean sawAny = false;
        while (true) {
            if (pos >= limit && !fill()) {
                break;
            }
            sawAny = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (!tooLong) {
                if (line.size() + n > maxLineBytes) {
                    tooLong = true;
                    line.reset();
                } else {
                    line.write(buf, start, n);
                }
            }
            consumed += n;
            if (pos < limit) {
                pos++;
                consumed++;
                break;
            }
        }
        if (!sawAny) {
            return null;
        }
        lineNumber++;
        if (tooLong) {
            return new Line(lineNumber, null, "longer than the limit of " + maxLineBytes + " bytes");
        }
        byte[] bytes = line.toByteArray();
        int from = 0;
        int to = bytes.length;
        if (lineNumber == 1 && to >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF) {
            from = 3;
        }
        if (to > from && bytes[to - 1] == '\r') {
            to--;
        }
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes, from, to - from));
            return new Line(lineNumber, chars.toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(lineNumber, null, "not valid UTF-8 at byte " + (firstBadByte(bytes, from, to) + 1)
                    + " of the line");
        }
    }

    private int firstBadByte(byte[] bytes, int from, int to) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bb = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer cb = CharBuffer.allocate(to - from + 1);
        d.decode(bb, cb, true);
        return bb.position() - from;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

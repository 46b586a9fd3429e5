package org.raddeid.batch.io;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.raddeid.core.io.StrictUtf8;

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
        long lineStart = consumed;
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
            return new Line(lineNumber, StrictUtf8.decode(bytes, from, to), null);
        } catch (StrictUtf8.MalformedException e) {
            return new Line(lineNumber, null, "not valid UTF-8 at byte " + (e.byteOffset() + 1) + " of the line",
                    lineStart + from + e.byteOffset());
        }
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

package org.raddeid.batch.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A {@link Reader} over a UTF-8 byte stream that refuses bad bytes instead of substituting U+FFFD, naming the byte
 * offset and line of the first one; skips a byte order mark at the start; counts the bytes consumed (for progress);
 * and refuses a record longer than a limit (so one unbalanced quote cannot make a CSV parser buffer the whole file).
 *
 * <p>Not thread-safe. Closes the stream it reads.
 */
public final class StrictUtf8Reader extends Reader {

    /** Bytes that are not UTF-8: fatal, because a parser cannot know where the next record starts. */
    public static final class MalformedException extends IOException {

        private static final long serialVersionUID = 1L;

        /** Creates the error for the bad byte at {@code byteOffset} (0-based, in the file) on {@code line}. */
        MalformedException(long byteOffset, long line) {
            super("not valid UTF-8 at byte offset " + byteOffset + " (line " + line + ")");
        }
    }

    /** More chars since {@link #startRecord()} than the limit allows. */
    public static final class RecordTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        /** Creates the error naming the limit. */
        RecordTooLongException(long limit) {
            super("a record is longer than " + limit + " chars (an unbalanced quote?)");
        }
    }

    /**
     * What a reader that marks bad bytes puts in their place: a noncharacter, never meant for interchange, so a caller
     * can fail just the record that holds it. (A file that really holds U+FDD0 has those records failed too.)
     */
    public static final char MALFORMED = '\uFDD0';

    private final InputStream in;
    private final long maxRecordChars;
    private final boolean markMalformed;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private long bytesDecoded;
    private long lines = 1;
    private long recordChars;
    private boolean eof;
    private boolean flushed;
    private boolean started;
    /** Chars of {@code chars} already scanned for line breaks while it is being filled. */
    private int counted;

    /**
     * Reads from {@code in}.
     *
     * @param maxRecordChars the most chars allowed between two calls of {@link #startRecord()}
     */
    public StrictUtf8Reader(InputStream in, long maxRecordChars) {
        this(in, maxRecordChars, false);
    }

    /**
     * Reads from {@code in}; with {@code markMalformed}, each malformed byte sequence becomes one {@link #MALFORMED}
     * char instead of an error. UTF-8 never lets a bad sequence swallow an ASCII byte, so quotes, separators and line
     * breaks stay where they were and only the records holding the marks are affected.
     *
     * @param maxRecordChars the most chars allowed between two calls of {@link #startRecord()}
     */
    public StrictUtf8Reader(InputStream in, long maxRecordChars, boolean markMalformed) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
        this.markMalformed = markMalformed;
    }

    /** Returns the bytes decoded so far (a little ahead of what the caller has consumed). */
    public long bytesRead() {
        return bytesDecoded;
    }

    /** Restarts the record length count; call it after each record the parser returns. */
    public void startRecord() {
        recordChars = 0;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        recordChars += n;
        if (recordChars > maxRecordChars) {
            throw new RecordTooLongException(maxRecordChars);
        }
        return n;
    }

    /** Decodes at least one char into {@code chars}; returns false at the end of the input. */
    private boolean fill() throws IOException {
        if (flushed) {
            return false;
        }
        chars.clear();
        counted = 0;
        try {
            while (chars.position() == 0) {
                if (!bytes.hasRemaining() && !eof) {
                    bytes.clear();
                    int n = in.read(bytes.array(), 0, bytes.capacity());
                    bytes.limit(Math.max(n, 0));
                    eof = n < 0;
                }
                int before = bytes.position();
                CoderResult r = decoder.decode(bytes, chars, eof);
                bytesDecoded += bytes.position() - before;
                if (r.isError()) {
                    if (!markMalformed) {
                        countLines();
                        throw new MalformedException(bytesDecoded, lines);
                    }
                    if (!chars.hasRemaining()) {
                        break; // the mark goes at the start of the next fill
                    }
                    bytes.position(bytes.position() + r.length());
                    bytesDecoded += r.length();
                    chars.put(MALFORMED);
                    continue;
                }
                if (eof && r.isUnderflow()) {
                    if (!flushed && decoder.flush(chars).isError()) {
                        throw new MalformedException(bytesDecoded, lines);
                    }
                    flushed = true;
                    break;
                }
                if (r.isUnderflow() && bytes.hasRemaining()) {
                    bytes.compact().flip();  // keep a partial sequence at the end for the next read
                    int n = in.read(bytes.array(), bytes.limit(), bytes.capacity() - bytes.limit());
                    if (n < 0) {
                        eof = true;
                    } else {
                        bytes.limit(bytes.limit() + n);
                    }
                }
            }
        } finally {
            countLines();
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(0) == '\uFEFF') {
                chars.get();
                if (!chars.hasRemaining()) {
                    return fill();
                }
            }
        }
        return chars.hasRemaining();
    }

    /** Counts the line breaks decoded since the last count (chars between its position and the last counted). */
    private void countLines() {
        for (int i = counted; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                lines++;
            }
        }
        counted = chars.position();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

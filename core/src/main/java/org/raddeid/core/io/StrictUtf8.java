package org.raddeid.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that refuses what it cannot represent instead of substituting U+FFFD, so bad input is reported, never
 * silently changed. Stateless and thread-safe (a coder is made per call).
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** Bytes that are not UTF-8. The message gives the byte offset only, never content. */
    public static final class MalformedException extends CharacterCodingException {

        private final int byteOffset;

        MalformedException(int byteOffset) {
            this.byteOffset = byteOffset;
        }

        /** Returns the offset of the first bad byte, counted from the start of the decoded range. */
        public int byteOffset() {
            return byteOffset;
        }

        @Override
        public String getMessage() {
            return "not valid UTF-8 at byte offset " + byteOffset;
        }
    }

    /**
     * Decodes {@code bytes[from, to)} in one pass.
     *
     * @throws MalformedException naming the offset (relative to {@code from}) of the first bad byte
     */
    public static String decode(byte[] bytes, int from, int to) throws MalformedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedException(in.position() - from);
        }
        if (decoder.flush(out).isError()) {
            throw new MalformedException(to - from);
        }
        return out.flip().toString();
    }

    /**
     * Encodes {@code text}.
     *
     * @throws CharacterCodingException when the text holds a char UTF-8 cannot encode (an unpaired surrogate)
     */
    public static byte[] encode(String text) throws CharacterCodingException {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}

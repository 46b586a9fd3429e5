package org.raddeid.corpora.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.raddeid.corpora.CorpusProblem;

/**
 * Strict UTF-8 for corpus files: invalid bytes are an error naming the file, line and byte offset, never silently
 * replaced; a leading byte order mark is accepted and dropped. Stateless and thread-safe.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /**
     * Reads and decodes a whole file.
     *
     * @return the text without a leading byte order mark
     * @throws InvalidUtf8Exception when a byte sequence is not UTF-8
     * @throws IOException when the file cannot be read
     */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new InvalidUtf8Exception(String.valueOf(file.getFileName()), lineAt(bytes, offset), offset);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new InvalidUtf8Exception(String.valueOf(file.getFileName()), lineAt(bytes, bytes.length),
                    bytes.length);
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /**
     * Encodes text as UTF-8, refusing unpaired surrogates.
     *
     * @throws CharacterCodingException when the text holds a char that UTF-8 cannot encode
     */
    static byte[] encode(String text) throws CharacterCodingException {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A file that is not valid UTF-8; the message names the file, line and byte offset only. */
    static final class InvalidUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final int line;
        private final int byteOffset;

        InvalidUtf8Exception(String file, int line, int byteOffset) {
            this.file = file;
            this.line = line;
            this.byteOffset = byteOffset;
        }

        int line() {
            return line;
        }

        /** Returns the problem to record for the file. */
        CorpusProblem problem() {
            return new CorpusProblem(file, line, "invalid UTF-8 at byte " + byteOffset);
        }

        @Override
        public String getMessage() {
            return file + ":" + line + ": invalid UTF-8 at byte " + byteOffset;
        }
    }
}

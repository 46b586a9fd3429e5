package org.raddeid.corpora.format;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
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
        String text;
        try {
            text = org.raddeid.core.io.StrictUtf8.decode(bytes, 0, bytes.length);
        } catch (org.raddeid.core.io.StrictUtf8.MalformedException e) {
            int offset = e.byteOffset();
            throw new InvalidUtf8Exception(String.valueOf(file.getFileName()), lineAt(bytes, offset), offset);
        }
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
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

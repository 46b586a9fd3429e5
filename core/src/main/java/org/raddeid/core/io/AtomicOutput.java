package org.raddeid.core.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A text file that appears under its final name only when {@link #commit()} is called: until then it is written to a
 * hidden temporary file in the same directory, which {@link #close()} deletes if the commit never happened. So a run
 * that fails half-way leaves nothing that looks complete.
 *
 * <p>The static methods write a whole file the same way in one call. This is the one place raddeid makes output appear
 * atomically; other writers build on {@link #moveReplacing}.
 *
 * <p>Instances are not thread-safe; the static methods are.
 */
public final class AtomicOutput implements Closeable {

    private final Path target;
    private final Path temp;
    private final BufferedWriter writer;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, BufferedWriter writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    /** Opens a temporary file beside {@code target} for UTF-8 text. */
    public static AtomicOutput open(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, "." + abs.getFileName(), ".partial");
        return new AtomicOutput(abs, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
    }

    /** Returns the writer for the temporary file. */
    public Writer writer() {
        return writer;
    }

    /** Flushes, closes and moves the temporary file onto the target, replacing it. */
    public void commit() throws IOException {
        writer.close();
        moveReplacing(temp, target);
        committed = true;
    }

    /**
     * Writes {@code content} as strict UTF-8 to {@code target} through a temporary file, replacing it; creates missing
     * parent directories.
     *
     * @throws CharacterCodingException when the content holds a char UTF-8 cannot encode (an unpaired surrogate);
     *     nothing is written then
     */
    public static void writeString(Path target, String content) throws IOException {
        byte[] bytes = StrictUtf8.encode(content);
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + abs.getFileName(), ".partial");
        try {
            Files.write(temp, bytes);
            moveReplacing(temp, abs);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Moves {@code from} onto {@code to}, replacing it, atomically where the file system allows. */
    public static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the temporary file unless {@link #commit()} succeeded. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}

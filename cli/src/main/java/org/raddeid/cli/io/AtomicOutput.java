package org.raddeid.cli.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
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
 * <p>Not thread-safe.
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
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
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

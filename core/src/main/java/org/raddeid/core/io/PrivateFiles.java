package org.raddeid.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold originals (uploads, quarantined inputs, name maps): readable by the owner only, {@code 0600} in
 * {@code 0700} directories, so the originals are never less protected than the de-identified outputs. On a file
 * system without POSIX permissions the files are made as usual. Stateless and thread-safe.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /**
     * Makes {@code dir} and its missing parents, and sets {@code dir} itself to {@code 0700} (also when it existed:
     * it is ours to hold originals in). Parents that existed are left as they are.
     *
     * @return {@code dir}
     */
    public static Path directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (POSIX) {
            Files.setPosixFilePermissions(dir, DIR);
        }
        return dir;
    }

    /** Makes the new directory {@code dir} ({@code 0700}); fails when it exists. */
    public static Path newDirectory(Path dir) throws IOException {
        return POSIX ? Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIR)) : Files.createDirectory(dir);
    }

    /**
     * Copies {@code in} to the new file {@code target}, which is created {@code 0600} before a byte is written; fails
     * when it exists. Does not close {@code in}.
     *
     * @return the bytes copied
     */
    public static long copy(InputStream in, Path target) throws IOException {
        createFile(target);
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            return in.transferTo(out);
        }
    }

    /** Copies the file {@code source} to the new file {@code target} ({@code 0600}); fails when it exists. */
    public static long copy(Path source, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return copy(in, target);
        }
    }

    /** Makes the empty new file {@code file} with mode {@code 0600}; fails when it exists. */
    public static Path createFile(Path file) throws IOException {
        FileAttribute<?>[] attrs = POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
        return Files.createFile(file, attrs);
    }
}

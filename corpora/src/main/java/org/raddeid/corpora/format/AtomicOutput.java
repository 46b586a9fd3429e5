package org.raddeid.corpora.format;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes files so that output appears complete or not at all: content goes to a temporary file or directory in the
 * target's parent and is then moved into place, atomically where the file system allows. Stateless and thread-safe.
 */
final class AtomicOutput {

    private AtomicOutput() {
    }

    /**
     * Writes one file, replacing an existing file at {@code target}.
     *
     * @throws java.nio.charset.CharacterCodingException when the content holds an unpaired surrogate
     */
    static void writeFile(Path target, String content) throws IOException {
        byte[] bytes = StrictUtf8.encode(content);
        Path parent = parentOf(target);
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes a directory of files. {@code target} must not exist or must be an empty directory: an existing corpus is
     * never overwritten.
     *
     * @param files file name to content, written as UTF-8
     * @throws DirectoryNotEmptyException when {@code target} is a non-empty directory
     * @throws java.nio.file.FileAlreadyExistsException when {@code target} is a file
     */
    static void writeDirectory(Path target, Map<String, String> files) throws IOException {
        checkDirectoryTarget(target);
        Path parent = parentOf(target);
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Files.write(temp.resolve(e.getKey()), StrictUtf8.encode(e.getValue()));
            }
            checkDirectoryTarget(target);
            Files.deleteIfExists(target);
            move(temp, target);
        } finally {
            deleteTree(temp);
        }
    }

    private static void checkDirectoryTarget(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(target.toString());
                }
            }
        } else if (Files.exists(target)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "is a file, not a directory");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path parentOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null) {
            throw new IllegalArgumentException("target has no parent directory: " + target);
        }
        return parent;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package org.raddeid.corpora.format;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes files so that output appears complete or not at all: content goes to a temporary file or directory in the
 * target's parent and is then moved into place, atomically where the file system allows. Stateless and thread-safe.
 */
final class AtomicDirectory {

    private AtomicDirectory() {
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
                Files.write(temp.resolve(e.getKey()), org.raddeid.core.io.StrictUtf8.encode(e.getValue()));
            }
            checkDirectoryTarget(target);
            Files.deleteIfExists(target);
            org.raddeid.core.io.AtomicOutput.moveReplacing(temp, target);
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

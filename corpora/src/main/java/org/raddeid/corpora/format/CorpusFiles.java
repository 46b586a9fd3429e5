package org.raddeid.corpora.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** File naming shared by the formats: listing inputs in a stable order and checking ids used as file names. */
final class CorpusFiles {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,199}");

    private CorpusFiles() {
    }

    /**
     * Returns {@code path} itself when it is a file, otherwise the regular files directly in the directory whose names
     * end with {@code extension} (case-insensitive), sorted by name.
     *
     * @throws java.nio.file.NoSuchFileException when {@code path} does not exist
     */
    static List<Path> inputs(Path path, String extension) throws IOException {
        if (!Files.exists(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> hasExtension(p, extension))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
    }

    /** Returns true when the file name ends with {@code extension} (including the dot), ignoring case. */
    static boolean hasExtension(Path p, String extension) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }

    /** Returns the file name without the last {@code extension.length()} characters. */
    static String baseName(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.substring(0, name.length() - extension.length());
    }

    /**
     * Checks that a document id can be a file name: letters, digits, {@code . _ -}, not starting with a dot, at most
     * 200 characters.
     *
     * @throws UnwritableDocumentException when it cannot
     */
    static String requireFileName(String id) throws UnwritableDocumentException {
        if (!SAFE_NAME.matcher(id).matches()) {
            throw new UnwritableDocumentException(id, "id is not a safe file name (letters, digits, . _ -)");
        }
        return id;
    }

    /** Returns the file name of a path, for problem sources. */
    static String name(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }
}

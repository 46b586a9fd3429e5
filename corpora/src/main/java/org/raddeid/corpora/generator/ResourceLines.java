package org.raddeid.corpora.generator;

import java.util.List;

/** Reads the generator's bundled resource files as trimmed, non-empty, non-comment lines. */
final class ResourceLines {

    private ResourceLines() {
    }

    /**
     * Returns the lines of the resource {@code name} (relative to this package), skipping blanks and {@code #}
     * comments.
     *
     * @throws IllegalStateException naming the resource when it is missing
     */
    static List<String> read(String name) {
        return org.raddeid.core.io.ResourceLines.read(ResourceLines.class, name);
    }
}

package org.raddeid.corpora.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        try (InputStream in = ResourceLines.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("generator resource missing: " + name);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read generator resource " + name, e);
        }
    }
}

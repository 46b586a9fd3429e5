package org.raddeid.recognizers.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists bundled in this package. Stateless and thread-safe. */
final class BundledLines {

    private BundledLines() {
    }

    /**
     * Returns the lines of resource {@code name} (relative to this package), stripped, without blank lines and
     * {@code #} comment lines. Malformed UTF-8 is an error, never silently replaced.
     *
     * @throws IllegalStateException naming the resource when it is missing
     * @throws UncheckedIOException when it cannot be read or is not UTF-8
     */
    static List<String> read(String name) {
        try (InputStream in = BundledLines.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("dictionary resource missing: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary resource " + name, e);
        }
    }

    /**
     * Splits a two-column line at its first tab.
     *
     * @throws IllegalStateException naming the resource and the line number when there is no tab or a column is blank
     */
    static String[] columns(String resource, int lineIndex, String line) {
        int tab = line.indexOf('\t');
        if (tab <= 0 || tab == line.length() - 1 || line.substring(tab + 1).strip().isEmpty()) {
            throw new IllegalStateException(resource + " entry " + (lineIndex + 1) + " needs two tab-separated columns");
        }
        return new String[] {line.substring(0, tab).strip(), line.substring(tab + 1).strip()};
    }
}

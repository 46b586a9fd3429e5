package org.raddeid.recognizers.dictionary;

import java.util.List;
import org.raddeid.core.io.ResourceLines;

/** Reads the word lists bundled in this package. Stateless and thread-safe. */
final class BundledLines {

    private BundledLines() {
    }

    /**
     * Returns the lines of resource {@code name} (relative to this package), stripped, without blank lines and
     * {@code #} comment lines. Malformed UTF-8 is an error, never silently replaced.
     *
     * @throws IllegalStateException naming the resource when it is missing
     * @throws java.io.UncheckedIOException when it cannot be read or is not UTF-8
     */
    static List<String> read(String name) {
        return ResourceLines.read(BundledLines.class, name);
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

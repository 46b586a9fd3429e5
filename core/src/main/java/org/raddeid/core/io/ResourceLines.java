package org.raddeid.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads bundled word lists and phrase files: stripped lines, without blanks and {@code #} comments. Stateless. */
public final class ResourceLines {

    private ResourceLines() {
    }

    /**
     * Returns the lines of resource {@code name}, resolved relative to {@code anchor}'s package, stripped, without blank
     * lines and {@code #} comment lines. Malformed UTF-8 is an error, never silently replaced.
     *
     * @throws IllegalStateException naming the resource when it is missing
     * @throws UncheckedIOException naming the resource when it cannot be read or is not UTF-8
     */
    public static List<String> read(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + name + " (beside " + anchor.getName() + ")");
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
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}

package org.raddeid.dicom.deid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Private attributes known to carry no identifying information (PS3.15 E.3.10), identified by private creator, group
 * and element within the creator's block, so a block moved to another element range is still recognised. raddeid
 * ships no list of its own: which vendor attributes are safe depends on the devices of a site, and a wrong entry
 * leaks. A site supplies its list as a file of lines {@code CREATOR<TAB>gggg<TAB>xx} ({@code xx} the low byte of the
 * element in hex); {@code #} starts a comment. Immutable and thread-safe.
 */
public final class SafePrivate {

    /** The empty list: under Retain Safe Private nothing private is kept. */
    public static final SafePrivate NONE = new SafePrivate(Set.of());

    private final Set<String> keys;

    private SafePrivate(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /** Returns whether the attribute at {@code elementLowByte} of {@code creator}'s block in {@code group} is safe. */
    public boolean isSafe(String creator, int group, int elementLowByte) {
        return keys.contains(key(creator, group, elementLowByte));
    }

    /** Returns the number of entries. */
    public int size() {
        return keys.size();
    }

    /** Parses entries given as lines (see the class comment); {@code source} names them in errors. */
    public static SafePrivate parse(List<String> lines, String source) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] cells = content.split("\t");
            String where = source + " line " + (i + 1);
            if (cells.length != 3) {
                throw new IllegalArgumentException(where + ": expected CREATOR<TAB>gggg<TAB>xx, found "
                        + cells.length + " fields");
            }
            int group;
            int element;
            try {
                group = Integer.parseInt(cells[1].strip(), 16);
                element = Integer.parseInt(cells[2].strip(), 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": group and element must be hexadecimal", e);
            }
            if ((group & 1) == 0 || group > 0xFFFF || element > 0xFF) {
                throw new IllegalArgumentException(where + ": the group must be odd (private) and the element a byte");
            }
            keys.add(key(cells[0], group, element));
        }
        return new SafePrivate(keys);
    }

    /** Reads a list file (UTF-8). */
    public static SafePrivate read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    private static String key(String creator, int group, int elementLowByte) {
        return creator.strip().toUpperCase(Locale.ROOT) + "|" + group + "|" + elementLowByte;
    }
}

package org.raddeid.dicom.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns DCMTK's {@code dicom.dic} (a machine-readable PS3.6) into {@code ps3.6-dictionary.tsv}, the resource behind
 * {@link DataDictionary}. JDK only and self-contained, so it runs as a single source file:
 *
 * <pre>
 * java dicom-bridge/src/test/java/org/raddeid/dicom/codec/DictionaryGenerator.java \
 *     /usr/share/libdcmtk17/dicom.dic \
 *     dicom-bridge/src/main/resources/org/raddeid/dicom/codec/ps3.6-dictionary.tsv
 * </pre>
 *
 * <p>What it changes, and why: DCMTK's lower-case pseudo-VRs become the PS3.6 alternatives ({@code xs} → US|SS,
 * {@code ox}/{@code px} → OB|OW, {@code lt} → US|SS|OW, {@code up} → UL, {@code na} → none, for the item tags);
 * {@code RETIRED_} leaves the keyword (PS3.6 keywords do not carry it) for a note column; group ranges such as
 * {@code 6000-60FF} become {@code 60xx} (repeating groups are even, PS3.5 7.6). DCMTK's rule entries for any group
 * length, private creators and the illegal odd groups 0001-0007 are left out: {@link DataDictionary} applies those
 * rules in code, so they are not written twice.
 */
public final class DictionaryGenerator {

    private static final Map<String, String> PSEUDO_VRS = Map.of("xs", "US|SS", "ox", "OB|OW", "px", "OB|OW",
            "lt", "US|SS|OW", "up", "UL", "na", "-");

    private DictionaryGenerator() {
    }

    /** {@code args}: the dicom.dic to read and the TSV to write. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DictionaryGenerator <dicom.dic> <ps3.6-dictionary.tsv>");
        }
        Path source = Path.of(args[0]);
        Files.writeString(Path.of(args[1]), generate(Files.readAllLines(source, StandardCharsets.UTF_8),
                source.toAbsolutePath().toString()), StandardCharsets.UTF_8);
    }

    static String generate(List<String> lines, String sourceName) {
        String generatedFrom = null;
        // later entries override earlier ones, as in DCMTK; sorted by pattern with x as 0 for a stable file
        Map<String, String> rows = new TreeMap<>();
        for (String line : lines) {
            if (line.startsWith("# Generated automatically from ")) {
                generatedFrom = line.substring(2).trim();
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t+");
            if (f.length != 5) {
                throw new IllegalArgumentException("not 5 tab-separated fields: " + line);
            }
            String version = f[4];
            if (!version.startsWith("DICOM")) {
                continue; // GENERIC, PRIVATE, ILLEGAL: rules DataDictionary applies itself
            }
            String tag = pattern(f[0]);
            String vr = PSEUDO_VRS.getOrDefault(f[1], f[1]);
            if (!vr.matches("-|[A-Z]{2}(\\|[A-Z]{2})*")) {
                throw new IllegalArgumentException("unknown VR " + f[1] + ": " + line);
            }
            String keyword = f[2];
            List<String> notes = new ArrayList<>();
            if (keyword.startsWith("RETIRED_")) {
                keyword = keyword.substring("RETIRED_".length());
                notes.add("retired");
            }
            if (version.contains("/DICONDE") || version.contains("/DICOS")) {
                notes.add(version.substring(version.indexOf('/') + 1));
            }
            rows.put(tag.replace('x', '0') + tag, tag + "\t" + vr + "\t" + f[3] + "\t" + keyword + "\t"
                    + String.join(",", notes));
        }
        if (generatedFrom == null) {
            throw new IllegalArgumentException("no '# Generated automatically from' line: not a DCMTK dicom.dic?");
        }
        StringBuilder out = new StringBuilder();
        out.append("# raddeid DICOM data dictionary (tag, VR, VM, keyword, note), one entry a line, tab-separated.\n");
        out.append("# Source: ").append(sourceName)
                .append(" from DCMTK 3.6.7 (Debian bookworm, libdcmtk17 3.6.7-9~deb12u4), OFFIS e.V.;\n");
        out.append("#   see LICENSE-DCMTK.txt beside this file.\n");
        out.append("# Edition: PS 3.6-2022b (dicom.dic says: ").append(generatedFrom).append(")\n");
        out.append("# Tag: (gggg,eeee) in hex; xx in a group stands for the even groups of a repeating group (50xx,\n");
        out.append("#   60xx, 7Fxx), xx in an element for any element. VR: PS3.5 VRs, alternatives joined by |,\n");
        out.append("#   - for none (item tags). Note: retired, DICONDE or DICOS, comma-separated, or empty.\n");
        out.append("# Not listed, applied by DataDictionary: (gggg,0000) group length UL; private creator LO.\n");
        out.append("# Regenerate: java dicom-bridge/src/test/java/org/raddeid/dicom/codec/DictionaryGenerator.java"
                + " /usr/share/libdcmtk17/dicom.dic"
                + " dicom-bridge/src/main/resources/org/raddeid/dicom/codec/ps3.6-dictionary.tsv\n");
        for (String row : rows.values()) {
            out.append(row).append('\n');
        }
        return out.toString();
    }

    /** {@code (gggg,eeee)} or with ranges {@code (6000-60FF,3000)}, {@code (0020,3100-31FF)} → {@code (60xx,3000)}. */
    static String pattern(String tag) {
        if (!tag.startsWith("(") || !tag.endsWith(")") || tag.indexOf(',') < 0) {
            throw new IllegalArgumentException("not a tag: " + tag);
        }
        String[] parts = tag.substring(1, tag.length() - 1).split(",");
        return "(" + part(parts[0], tag) + "," + part(parts[1], tag) + ")";
    }

    private static String part(String p, String tag) {
        String upper = p.toUpperCase(Locale.ROOT);
        if (upper.matches("[0-9A-F]{4}")) {
            return upper;
        }
        if (upper.matches("[0-9A-F]{2}00-[0-9A-F]{2}FF") && upper.substring(0, 2).equals(upper.substring(5, 7))) {
            return upper.substring(0, 2) + "xx";
        }
        throw new IllegalArgumentException("range not expressible as xx: " + tag);
    }
}

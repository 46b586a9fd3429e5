package org.raddeid.dicom.deid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.raddeid.dicom.codec.Tag;

/**
 * PS3.15 Table E.1-1 (Application Level Confidentiality Profile Attributes, DICOM 2024b), read from the resource
 * {@code ps3.15-e1-1.csv} (a copy of {@code data/ps3.15-e1-1.csv}; provenance in its README), and the action it gives
 * an attribute under a set of options. Immutable and thread-safe.
 */
public final class ConfidentialityTable {

    static final String RESOURCE = "ps3.15-e1-1.csv";

    private static final String[] HEADER = {"name", "tag", "basic_profile_action", "retain_safe_private",
        "retain_uids", "retain_device_ident", "retain_institution_ident", "retain_patient_chars",
        "retain_long_full_dates", "retain_long_modif_dates", "clean_desc", "clean_struct_cont", "clean_graph",
        "keyword", "in_std_comp_iod"};

    /**
     * One row: the basic action and the options that change it.
     *
     * @param keyword PS3.6 keyword, or the name where the table's tag has none (group 0000, repeating groups)
     */
    public record Row(String tagText, String keyword, Action basic, Map<ProfileOption, Action> options) {

        /** Returns the action under {@code enabled}: an option's action overrides the basic one, C before K. */
        public Action actionFor(Set<ProfileOption> enabled) {
            Action chosen = basic;
            boolean overridden = false;
            for (Map.Entry<ProfileOption, Action> e : options.entrySet()) {
                if (!enabled.contains(e.getKey())) {
                    continue;
                }
                // Two options may both speak (Retain Device Identity K and Clean Descriptors C on a description):
                // cleaning is the one that cannot leak, so it wins.
                if (!overridden || e.getValue() == Action.C) {
                    chosen = e.getValue();
                    overridden = true;
                }
            }
            return chosen;
        }
    }

    private static final ConfidentialityTable STANDARD = load();

    private final Map<Tag, Row> exact;
    private final Row curves;
    private final Row overlayData;
    private final Row overlayComments;
    private final Row privateAttributes;

    private ConfidentialityTable(Map<Tag, Row> exact, Row curves, Row overlayData, Row overlayComments,
            Row privateAttributes) {
        this.exact = exact;
        this.curves = curves;
        this.overlayData = overlayData;
        this.overlayComments = overlayComments;
        this.privateAttributes = privateAttributes;
    }

    /** Returns the table of the standard edition shipped with raddeid. */
    public static ConfidentialityTable standard() {
        return STANDARD;
    }

    /** Returns the number of rows read. */
    public int size() {
        return exact.size() + 4;
    }

    /**
     * Returns the row for a standard (even group) tag: an exact row, or the repeating-group rows for curves (50xx) and
     * overlays (60xx,3000 and 60xx,4000). Private tags have their own row, {@link #privateAttributes()}.
     */
    public Optional<Row> lookup(Tag tag) {
        Row row = exact.get(tag);
        if (row != null) {
            return Optional.of(row);
        }
        int group = tag.group();
        if ((group & 1) == 0 && (group & 0xFF00) == 0x5000) {
            return Optional.of(curves);
        }
        if ((group & 1) == 0 && (group & 0xFF00) == 0x6000) {
            if (tag.element() == 0x3000) {
                return Optional.of(overlayData);
            }
            if (tag.element() == 0x4000) {
                return Optional.of(overlayComments);
            }
        }
        return Optional.empty();
    }

    /** Returns the row {@code (GGGG,EEEE) WHERE GGGG IS ODD}: X, and C under Retain Safe Private. */
    public Row privateAttributes() {
        return privateAttributes;
    }

    private static ConfidentialityTable load() {
        try (InputStream in = ConfidentialityTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static ConfidentialityTable parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || !List.of(split(header, 0)).equals(List.of(HEADER))) {
            throw new IllegalStateException(RESOURCE + ": unexpected header");
        }
        Map<Tag, Row> exact = new HashMap<>();
        Map<String, Row> special = new HashMap<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            int first = number;
            // a quoted cell may span lines ("Icon Image Sequence\n\n(see Note 11)")
            while (quotes(line) % 2 != 0) {
                String more = reader.readLine();
                if (more == null) {
                    throw new IllegalStateException(RESOURCE + " line " + first + ": unterminated quoted cell");
                }
                number++;
                line = line + "\n" + more;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cells = split(line, first);
            Map<ProfileOption, Action> options = new EnumMap<>(ProfileOption.class);
            for (ProfileOption o : ProfileOption.values()) {
                String cell = cells[List.of(HEADER).indexOf(o.column())];
                if (!cell.isBlank()) {
                    options.put(o, parseAction(cell, number));
                }
            }
            String tagText = cells[1];
            String keyword = cells[13].isBlank() ? cells[0] : cells[13];
            Row row = new Row(tagText, keyword, parseAction(cells[2], number), Map.copyOf(options));
            Tag tag = parseTag(tagText);
            if (tag == null) {
                special.put(tagText, row);
            } else if (exact.put(tag, row) != null) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": tag " + tagText + " listed twice");
            }
        }
        Row curves = required(special, "(50XX,XXXX)");
        Row overlayData = required(special, "(60XX,3000)");
        Row overlayComments = required(special, "(60XX,4000)");
        Row privates = required(special, "(GGGG,EEEE) WHERE GGGG IS ODD");
        return new ConfidentialityTable(Map.copyOf(exact), curves, overlayData, overlayComments, privates);
    }

    private static Row required(Map<String, Row> special, String tagText) {
        Row row = special.get(tagText);
        if (row == null) {
            throw new IllegalStateException(RESOURCE + ": row " + tagText + " is missing");
        }
        return row;
    }

    private static Action parseAction(String cell, int line) {
        try {
            return Action.parse(cell);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + " line " + line + ": " + e.getMessage(), e);
        }
    }

    private static int quotes(String line) {
        return (int) line.chars().filter(c -> c == '"').count();
    }

    /** Returns the tag of {@code (gggg,eeee)}, or null for the table's pattern rows. */
    static Tag parseTag(String text) {
        if (!text.matches("\\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\\)")) {
            return null;
        }
        return new Tag(Integer.parseInt(text.substring(1, 5), 16), Integer.parseInt(text.substring(6, 10), 16));
    }

    /** Splits one CSV record (RFC 4180 quoting; the caller joins the lines of a multi-line record). */
    private static String[] split(String line, int number) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        if (number > 0 && cells.size() != HEADER.length) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": " + cells.size() + " cells, expected "
                    + HEADER.length);
        }
        return cells.toArray(String[]::new);
    }
}

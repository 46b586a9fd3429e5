package org.raddeid.hl7;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.raddeid.core.PhiSubtype;

/**
 * Which field of which segment holds what, and what is done to it: a data file of whitespace-separated rows
 * {@code segment field component layout subtype operator}, like
 * <pre>
 * PID  5  *  name   PATIENT        policy
 * PID  3  *  id     MEDICALRECORD  pseudonym
 * PID  11 5  value  ZIP            policy
 * ZPI  *  *  clear  -              remove
 * </pre>
 * <ul>
 *   <li>{@code segment}: a segment name, or {@code Z*} for every Z-segment without rows of its own;</li>
 *   <li>{@code field}: its number from 1, or {@code *} for every field the segment's other rows do not name;</li>
 *   <li>{@code component}: {@code *} (the layout reads the whole field), {@code N} (the layout reads component N's
 *       subcomponents as its components) or {@code N.M} (one subcomponent);</li>
 *   <li>{@code layout}: a {@link Layout} ({@code name}, {@code person}, {@code address}, {@code id}, {@code date},
 *       {@code text}, …);</li>
 *   <li>{@code subtype}: the PHI subtype of the layout's main part ({@code PATIENT}, {@code DOB}, {@code ACCESSION},
 *       …), or {@code -};</li>
 *   <li>{@code operator}: {@code policy} (the policy's operator for that subtype, as in report text),
 *       {@code pseudonym} (a keyed pseudonym; for {@code MEDICALRECORD} exactly the patient pseudonym of
 *       {@code raddeid deid --patient-column}), {@code remove} or {@code keep}.</li>
 * </ul>
 * A segment with no row at all (and no {@code Z*} row for a Z-segment) is emptied: when unsure, remove. Fields of a
 * listed segment that no row names are kept. {@code #} starts a comment. Immutable and thread-safe.
 */
public final class FieldMap {

    /** The operator column. */
    public enum FieldOperator {
        /** The policy's operator for the subtype. */
        POLICY,
        /** A keyed pseudonym. */
        PSEUDONYM,
        /** Emptied. */
        REMOVE,
        /** Kept. */
        KEEP
    }

    /**
     * One row.
     *
     * @param segment segment name or {@code Z*}
     * @param field field number, 0 for {@code *}
     * @param component component number, 0 for {@code *}
     * @param subcomponent subcomponent number, 0 for none given
     * @param layout the layout
     * @param subtype the subtype, or null for {@code -}
     * @param operator the operator
     * @param line the line of the file it came from
     */
    public record Rule(String segment, int field, int component, int subcomponent, Layout layout, PhiSubtype subtype,
            FieldOperator operator, int line) {
    }

    /** A field map file that cannot be used; the message names the file and line. */
    public static final class FieldMapException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        FieldMapException(String message) {
            super(message);
        }
    }

    /** The shipped map's resource path. */
    public static final String RESOURCE = "/org/raddeid/hl7/hl7-field-map.tsv";

    private static final Pattern SEGMENT = Pattern.compile("[A-Z][A-Z0-9]{2}|Z\\*");
    private static final Pattern COMPONENT = Pattern.compile("\\*|(\\d{1,3})(?:\\.(\\d{1,3}))?");

    private static volatile FieldMap shipped;

    private final Map<String, List<Rule>> bySegment;
    /** Per segment, per field (0 for the {@code *} row), the rows: looked up once per value, so indexed. */
    private final Map<String, Map<Integer, List<Rule>>> byField;

    private FieldMap(Map<String, List<Rule>> bySegment) {
        this.bySegment = bySegment;
        Map<String, Map<Integer, List<Rule>>> idx = new HashMap<>();
        bySegment.forEach((seg, rules) -> {
            Map<Integer, List<Rule>> fields = new HashMap<>();
            for (Rule r : rules) {
                fields.computeIfAbsent(r.field(), k -> new ArrayList<>()).add(r);
            }
            Map<Integer, List<Rule>> frozen = new HashMap<>();
            fields.forEach((f, l) -> frozen.put(f, List.copyOf(l)));
            idx.put(seg, Map.copyOf(frozen));
        });
        this.byField = Map.copyOf(idx);
    }

    /** Returns the map shipped with raddeid (loaded once). */
    public static FieldMap shipped() {
        FieldMap m = shipped;
        if (m == null) {
            try (InputStream in = FieldMap.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
                }
                m = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "hl7-field-map.tsv");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = m;
        }
        return m;
    }

    /**
     * Loads a map from {@code file}.
     *
     * @throws FieldMapException naming the file (and line) when it cannot be read or a row is wrong
     */
    public static FieldMap load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FieldMapException("cannot read field map " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        return parse(text, file.toString());
    }

    /**
     * Parses map rows from {@code text}; {@code where} names the source in messages.
     *
     * @throws FieldMapException naming {@code where} and the line of the first wrong row
     */
    public static FieldMap parse(String text, String where) {
        Map<String, List<Rule>> m = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (body.isEmpty()) {
                continue;
            }
            Rule r = row(body.split("\\s+"), where + ":" + (i + 1), i + 1);
            String key = r.segment() + " " + r.field() + " " + r.component() + " " + r.subcomponent();
            if (!seen.add(key)) {
                throw new FieldMapException(where + ":" + (i + 1) + ": a second row for " + r.segment() + " field "
                        + (r.field() == 0 ? "*" : r.field()) + " component " + (r.component() == 0 ? "*"
                        : r.component() + (r.subcomponent() > 0 ? "." + r.subcomponent() : "")));
            }
            m.computeIfAbsent(r.segment(), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<Rule>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new FieldMap(Map.copyOf(frozen));
    }

    private static Rule row(String[] cols, String at, int line) {
        if (cols.length != 6) {
            throw new FieldMapException(at + ": expected 6 columns (segment field component layout subtype operator),"
                    + " found " + cols.length);
        }
        String seg = cols[0].toUpperCase(Locale.ROOT);
        if (!SEGMENT.matcher(seg).matches()) {
            throw new FieldMapException(at + ": segment must be three letters or digits (or Z*), was '" + cols[0]
                    + "'");
        }
        int field;
        if (cols[1].equals("*")) {
            field = 0;
        } else if (cols[1].matches("\\d{1,3}") && Integer.parseInt(cols[1]) >= 1) {
            field = Integer.parseInt(cols[1]);
        } else {
            throw new FieldMapException(at + ": field must be a number from 1 or *, was '" + cols[1] + "'");
        }
        var cm = COMPONENT.matcher(cols[2]);
        if (!cm.matches() || cm.group(1) != null && Integer.parseInt(cm.group(1)) < 1
                || cm.group(2) != null && Integer.parseInt(cm.group(2)) < 1) {
            throw new FieldMapException(at + ": component must be *, N or N.M (from 1), was '" + cols[2] + "'");
        }
        int comp = cm.group(1) == null ? 0 : Integer.parseInt(cm.group(1));
        int sub = cm.group(2) == null ? 0 : Integer.parseInt(cm.group(2));
        if (field == 0 && comp != 0) {
            throw new FieldMapException(at + ": a row for every field (*) cannot name a component");
        }
        Layout layout;
        try {
            layout = Layout.parse(cols[3]);
        } catch (IllegalArgumentException e) {
            throw new FieldMapException(at + ": " + e.getMessage() + "; known: " + String.join(", ",
                    java.util.Arrays.stream(Layout.values()).map(Layout::fileName).toList()));
        }
        PhiSubtype subtype = null;
        if (!cols[4].equals("-")) {
            try {
                subtype = PhiSubtype.parse(cols[4]);
            } catch (IllegalArgumentException e) {
                throw new FieldMapException(at + ": " + e.getMessage());
            }
        }
        FieldOperator op;
        try {
            op = FieldOperator.valueOf(cols[5].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FieldMapException(at + ": operator must be policy, pseudonym, remove or keep, was '" + cols[5]
                    + "'");
        }
        if (subtype == null && needsSubtype(layout) && (op == FieldOperator.POLICY || op == FieldOperator.PSEUDONYM)) {
            throw new FieldMapException(at + ": layout " + layout.fileName() + " needs a subtype for operator "
                    + cols[5]);
        }
        return new Rule(seg, field, comp, sub, layout, subtype, op, line);
    }

    private static boolean needsSubtype(Layout l) {
        return switch (l) {
            case VALUE, NAME, PERSON, PERSON_LOCATION, ID, ENTITY, DATE, FACILITY -> true;
            default -> false;
        };
    }

    /** Returns true when {@code segment} has rows (its own, or {@code Z*} for a Z-segment). */
    public boolean covers(String segment) {
        return bySegment.containsKey(segment) || segment.startsWith("Z") && bySegment.containsKey("Z*");
    }

    /** Returns true when {@code segment} has rows for single components of {@code field}. */
    public boolean hasComponentRows(String segment, int field) {
        Map<Integer, List<Rule>> fields = byField.get(segment);
        if (fields == null && segment.startsWith("Z")) {
            fields = byField.get("Z*");
        }
        if (fields != null) {
            for (Rule r : fields.getOrDefault(field, List.of())) {
                if (r.component() > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns true when {@code segment} is listed as all PHI: its own rows empty every field ({@code * * clear} and
     * nothing else that keeps a value). Such segments are emptied and named in the run report.
     */
    public boolean allPhi(String segment) {
        List<Rule> rows = bySegment.get(segment);
        return rows != null && rows.stream().allMatch(r -> r.layout() == Layout.CLEAR);
    }

    /** Returns true when {@code segment} has rows of its own (not only through {@code Z*}). */
    public boolean hasOwnRows(String segment) {
        return bySegment.containsKey(segment);
    }

    /** Returns the segment names with rows of their own, sorted. */
    public List<String> segments() {
        return bySegment.keySet().stream().sorted().toList();
    }

    /** Returns the rows of {@code segment} (those of {@code Z*} for an unlisted Z-segment), in file order. */
    public List<Rule> rules(String segment) {
        List<Rule> r = bySegment.get(segment);
        if (r == null && segment.startsWith("Z")) {
            r = bySegment.get("Z*");
        }
        return r == null ? List.of() : r;
    }

    /**
     * Returns the row that governs leaf ({@code field}, {@code comp}, {@code sub}) of {@code segment}: the most
     * specific of {@code field comp.sub}, {@code field comp}, {@code field *}, {@code * *}; null when none (kept).
     */
    public Rule rule(String segment, int field, int comp, int sub) {
        Map<Integer, List<Rule>> fields = byField.get(segment);
        if (fields == null && segment.startsWith("Z")) {
            fields = byField.get("Z*");
        }
        if (fields == null) {
            return null;
        }
        Rule best = null;
        int bestRank = -1;
        for (Rule r : fields.getOrDefault(field, List.of())) {
            int rank;
            if (r.component() == comp && r.subcomponent() == sub && sub > 0) {
                rank = 3;
            } else if (r.component() == comp && r.subcomponent() == 0) {
                rank = 2;
            } else if (r.component() == 0) {
                rank = 1;
            } else {
                continue;
            }
            if (rank > bestRank) {
                best = r;
                bestRank = rank;
            }
        }
        if (best == null) {
            List<Rule> any = fields.get(0);
            best = any == null || any.isEmpty() ? null : any.get(0);
        }
        return best;
    }
}

package org.raddeid.dicom.codec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PS3.6 data dictionary: tag → VR(s), VM, keyword. Backed by the resource {@code ps3.6-dictionary.tsv}, generated
 * from DCMTK's {@code dicom.dic} (PS 3.6-2022b; the header of the resource names source, edition and how to
 * regenerate it, {@code LICENSE-DCMTK.txt} beside it keeps the notice).
 *
 * <p>Lookup order: an exact entry; a repeating-group or element-range entry ({@code (60xx,3000)} matches the even
 * groups 6000-60FE, {@code (0020,31xx)} any element 3100-31FF); then the rules PS3.5 gives rather than PS3.6 lists:
 * any {@code (gggg,0000)} is a group length (UL) and {@code (gggg,0010-00FF)} in a private group is a private creator
 * (LO). Anything else, including every other private tag, is unknown.
 *
 * <p>Loaded once, on first use, into immutable maps; thread-safe.
 */
public final class DataDictionary {

    static final String RESOURCE = "ps3.6-dictionary.tsv";

    /**
     * One dictionary entry.
     *
     * @param vrs     the allowed VRs in PS3.6 order (two or three for e.g. {@code US or SS}); empty for the item tags
     * @param vm      the value multiplicity as PS3.6 writes it, e.g. {@code 1}, {@code 1-n}, {@code 2-2n}
     * @param keyword the PS3.6 keyword, e.g. {@code PatientName}
     * @param retired whether PS3.6 lists the attribute as retired
     */
    public record Entry(List<Vr> vrs, String vm, String keyword, boolean retired) {

        /** Copies the VR list. */
        public Entry {
            vrs = List.copyOf(vrs);
        }

        /**
         * Returns the VR an implicit VR reader uses: the only one; OW where OW is allowed (PS3.5 A.1: pixel, overlay
         * and LUT data are OW in implicit VR); else the first (US of {@code US or SS}); UN if there is none.
         */
        public Vr implicitVr() {
            if (vrs.isEmpty()) {
                return Vr.UN;
            }
            return vrs.contains(Vr.OW) ? Vr.OW : vrs.get(0);
        }
    }

    private static final Entry GROUP_LENGTH = new Entry(List.of(Vr.UL), "1", "GroupLength", false);
    private static final Entry PRIVATE_CREATOR = new Entry(List.of(Vr.LO), "1", "PrivateCreator", false);

    private DataDictionary() {
    }

    /** Returns the entry for a tag, or empty if neither PS3.6 nor the group length and private creator rules name it. */
    public static Optional<Entry> lookup(Tag tag) {
        Tables t = Tables.INSTANCE;
        Entry exact = t.exact.get(tag.value());
        if (exact != null) {
            return Optional.of(exact);
        }
        if (!tag.isPrivate()) {
            for (Range r : t.ranges) {
                if (r.matches(tag)) {
                    return Optional.of(r.entry);
                }
            }
        }
        if (tag.isGroupLength()) {
            return Optional.of(GROUP_LENGTH);
        }
        if (tag.isPrivateCreator()) {
            return Optional.of(PRIVATE_CREATOR);
        }
        return Optional.empty();
    }

    /** Returns the VR an implicit VR reader gives the tag ({@link Entry#implicitVr()}), UN if the tag is unknown. */
    public static Vr implicitVr(Tag tag) {
        return lookup(tag).map(Entry::implicitVr).orElse(Vr.UN);
    }

    /** Returns the resource's leading comment lines (source, edition, regeneration command), without the '#'. */
    static List<String> header() {
        return Tables.INSTANCE.header;
    }

    /** Returns the number of entries read from the resource. */
    static int size() {
        return Tables.INSTANCE.exact.size() + Tables.INSTANCE.ranges.size();
    }

    /** A pattern entry: groups (even only) or elements given as {@code xx} in their low byte. */
    private record Range(int group, boolean anyGroupLowByte, int element, boolean anyElementLowByte, Entry entry) {
        boolean matches(Tag tag) {
            boolean g = anyGroupLowByte ? (tag.group() & 0xFF00) == group && (tag.group() & 1) == 0
                    : tag.group() == group;
            boolean e = anyElementLowByte ? (tag.element() & 0xFF00) == element : tag.element() == element;
            return g && e;
        }
    }

    /** The parsed resource; the holder idiom gives one thread-safe lazy load. */
    private static final class Tables {
        static final Tables INSTANCE = load();

        final Map<Integer, Entry> exact;
        final List<Range> ranges;
        final List<String> header;

        private Tables(Map<Integer, Entry> exact, List<Range> ranges, List<String> header) {
            this.exact = Map.copyOf(exact);
            this.ranges = List.copyOf(ranges);
            this.header = List.copyOf(header);
        }

        private static Tables load() {
            try (InputStream in = DataDictionary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource missing: " + RESOURCE);
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }

        private static Tables parse(BufferedReader reader) throws IOException {
            Map<Integer, Entry> exact = new HashMap<>(8192);
            List<Range> ranges = new ArrayList<>();
            List<String> header = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#")) {
                    if (exact.isEmpty() && ranges.isEmpty()) {
                        header.add(line.substring(1).trim());
                    }
                    continue;
                }
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5 || f[0].length() != 11) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": malformed: " + line);
                }
                List<Vr> vrs = new ArrayList<>();
                if (!f[1].equals("-")) {
                    for (String code : f[1].split("\\|")) {
                        vrs.add(Vr.valueOf(code));
                    }
                }
                Entry entry = new Entry(vrs, f[2], f[3], f[4].contains("retired"));
                String g = f[0].substring(1, 5);
                String e = f[0].substring(6, 10);
                if (g.endsWith("xx") || e.endsWith("xx")) {
                    ranges.add(new Range(hex(g), g.endsWith("xx"), hex(e), e.endsWith("xx"), entry));
                } else {
                    exact.put(hex(g) << 16 | hex(e), entry);
                }
            }
            return new Tables(exact, ranges, header);
        }

        private static int hex(String four) {
            return Integer.parseInt(four.replace("xx", "00"), 16);
        }
    }
}

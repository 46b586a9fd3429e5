package org.raddeid.dicom.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads DICOM Part 10 files (preamble, "DICM", explicit VR LE file meta information, then the data set in its transfer
 * syntax) and bare implicit VR LE data sets; implicit VRs come from the {@link DataDictionary}. Stateless and
 * thread-safe; never changes its input.
 *
 * <p>Elements out of tag order are accepted and held in tag order (so such a file is written back sorted, with the
 * same data set); a duplicate tag, a group 0002 element after the meta, or bytes after the end of the data set that
 * do not form elements are rejected, since none of them could be written back as read.
 */
public final class DicomReader {

    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int PREAMBLE = 128;
    /** Deeper nesting is taken as malformed (or hostile) input rather than risking the stack. */
    static final int MAX_DEPTH = 64;

    private DicomReader() {
    }

    /** Reads a file; see {@link #read(byte[])}. */
    public static DicomFile read(Path path) throws IOException {
        return read(Files.readAllBytes(path));
    }

    /**
     * Parses a whole file.
     *
     * @return the preamble, meta and data set
     * @throws DicomFormatException for truncated or malformed input, with the offset and tag, never content
     */
    public static DicomFile read(byte[] bytes) throws DicomFormatException {
        return read(bytes, DataDictionary::implicitVr);
    }

    /**
     * Parses a whole file, taking implicit VRs from {@code implicitVrs} rather than the {@link DataDictionary}: lets a
     * test read the samples as the reader once did and compare.
     */
    static DicomFile read(byte[] bytes, Function<Tag, Vr> implicitVrs) throws DicomFormatException {
        if (!hasPreamble(bytes)) {
            Parser parser = new Parser(bytes, 0, implicitVrs);
            parser.checkBareStart();
            DataSet ds = parser.dataSet(Encoding.IMPLICIT_LE, bytes.length, false);
            // Held in tag order, an element of a group below the first one read (an odd group such as 0001) would
            // start the data set written back, which no reader then takes for DICOM: refuse it now (found by fuzzing).
            Tag first = ds.elements().isEmpty() ? null : ds.elements().iterator().next().tag();
            if (first != null && !Parser.plausibleBareStart(first.group())) {
                throw new DicomFormatException("not DICOM: a bare data set whose lowest element is no plausible first "
                        + "element", 0, first);
            }
            return new DicomFile(null, null, ds);
        }
        Parser metaParser = new Parser(bytes, 0, implicitVrs);
        metaParser.pos = PREAMBLE + 4;
        DataSet meta = metaParser.meta();
        DataElement tsElement = meta.get(Tag.TRANSFER_SYNTAX_UID);
        if (tsElement == null || tsElement.isSequence()) {
            throw new DicomFormatException("file meta information has no Transfer Syntax UID", metaParser.pos, null);
        }
        TransferSyntax ts = TransferSyntax.known(DicomFile.trimUid(tsElement.rawBytes())).orElseThrow(() ->
                new DicomFormatException("transfer syntax is not one of the standard's (private or mistyped): its "
                        + "encoding cannot be known", metaParser.pos, Tag.TRANSFER_SYNTAX_UID));
        Encoding enc = new Encoding(ts.explicitVr(), ts.bigEndian());
        Parser body;
        boolean trailer = false;
        // The grant is held until the inflated data set is parsed: both copies live until then.
        try (InflationBudget.Grant grant = ts.deflated() ? InflationBudget.shared().open() : null) {
            if (grant != null) {
                Inflated inflated = inflate(bytes, metaParser.pos, grant);
                body = new Parser(inflated.data(), metaParser.pos, implicitVrs);
                trailer = inflated.trailer();
            } else {
                body = new Parser(bytes, 0, implicitVrs);
                body.pos = metaParser.pos;
            }
            body.afterMeta = true;
            DataSet dataSet = body.dataSet(enc, body.data.length, false);
            return new DicomFile(Arrays.copyOf(bytes, PREAMBLE), meta, dataSet, trailer);
        }
    }

    private static boolean hasPreamble(byte[] b) {
        return b.length >= PREAMBLE + 4 && b[128] == 'D' && b[129] == 'I' && b[130] == 'C' && b[131] == 'M';
    }

    /** Inflated bytes and whether the stream was followed by a gzip-style CRC-32 and length trailer. */
    private record Inflated(byte[] data, boolean trailer) {
    }

    private static Inflated inflate(byte[] bytes, int from, InflationBudget.Grant grant)
            throws DicomFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(bytes, from, bytes.length - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, Math.min(1 << 20,
                    (bytes.length - from) * 4)));
            byte[] buf = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && !inflater.finished()) {
                    throw new DicomFormatException("deflated data set is truncated",
                            from + inflater.getBytesRead(), null);
                }
                if (!grant.grow(out.size() + (long) n)) {
                    throw new DicomFormatException("deflated data set inflates beyond the memory budget of "
                            + grant.limit() + " bytes (a deflate bomb, or a file too large for this heap)",
                            from + inflater.getBytesRead(), null);
                }
                out.write(buf, 0, n);
            }
            byte[] data = out.toByteArray();
            int rest = inflater.getRemaining();
            if (rest == 0) {
                return new Inflated(data, false);
            }
            if (rest == 8 && Arrays.equals(DicomWriter.deflateTrailer(data), 0, 8, bytes, bytes.length - 8,
                    bytes.length)) {
                return new Inflated(data, true);
            }
            throw new DicomFormatException(rest + " unexpected bytes after the deflated data set",
                    bytes.length - rest, null);
        } catch (DataFormatException e) {
            throw new DicomFormatException("deflated data set is corrupt", from + inflater.getBytesRead(), null);
        } finally {
            inflater.end();
        }
    }

    /** Whether VRs are explicit and numbers big endian, for one level of parsing. */
    record Encoding(boolean explicitVr, boolean bigEndian) {
        static final Encoding IMPLICIT_LE = new Encoding(false, false);
        static final Encoding EXPLICIT_LE = new Encoding(true, false);
    }

    /** A cursor over one byte array; offsets in messages are relative to the file (or the inflated stream). */
    private static final class Parser {
        private final byte[] data;
        private final int reportBase;
        private final Function<Tag, Vr> implicitVrs;
        private int pos;
        private int depth;
        /** Whether group 0002 is refused in the top-level data set, as it must be after file meta information. */
        private boolean afterMeta;

        Parser(byte[] data, int reportBase, Function<Tag, Vr> implicitVrs) {
            this.data = data;
            this.reportBase = reportBase;
            this.implicitVrs = implicitVrs;
        }

        private DicomFormatException error(String problem, int at, Tag tag) {
            String where = reportBase > 0 ? problem + " (offset counted in the inflated data set, which starts at"
                    + " file offset " + reportBase + ")" : problem;
            return new DicomFormatException(where, at, tag);
        }

        void checkBareStart() throws DicomFormatException {
            if (data.length < 8) {
                throw error("not DICOM: too short for a data element", 0, null);
            }
            if (!plausibleBareStart(u16(0, false))) {
                throw error("not DICOM: no preamble and no plausible first data element", 0, null);
            }
        }

        /** Whether a bare data set may start with an element of {@code group}: an even group up to 0008. */
        static boolean plausibleBareStart(int group) {
            return group <= 0x0008 && (group & 1) == 0;
        }

        DataSet meta() throws DicomFormatException {
            DataSet meta = new DataSet();
            while (pos + 4 <= data.length && u16(pos, false) == 0x0002) {
                int start = pos;
                Tag tag = readTag(Encoding.EXPLICIT_LE);
                add(meta, element(tag, Encoding.EXPLICIT_LE, data.length, start), start);
            }
            if (meta.size() == 0) {
                throw error("no file meta information after DICM", pos, null);
            }
            return meta;
        }

        /** Reads elements until {@code end}, or until an Item Delimitation Item when {@code inUndefinedItem}. */
        DataSet dataSet(Encoding enc, int end, boolean inUndefinedItem) throws DicomFormatException {
            DataSet ds = new DataSet();
            while (pos < end) {
                int start = pos;
                Tag tag = readTag(enc, end);
                if (tag.equals(Tag.ITEM_DELIMITATION)) {
                    long len = u32(enc, end, tag);
                    if (!inUndefinedItem || len != 0) {
                        throw error("unexpected item delimiter", start, tag);
                    }
                    return ds;
                }
                if (tag.group() == 0xFFFE) {
                    throw error("unexpected item tag in a data set", start, tag);
                }
                if (afterMeta && depth == 0 && tag.group() == 0x0002) {
                    // It would be written next to the meta and read back as part of it: not lossless, not DICOM.
                    throw error("file meta element inside the data set", start, tag);
                }
                add(ds, element(tag, enc, end, start), start);
            }
            if (inUndefinedItem) {
                throw error("truncated: item delimiter missing", pos, null);
            }
            return ds;
        }

        private void add(DataSet ds, DataElement e, int start) throws DicomFormatException {
            if (ds.put(e) != null) {
                throw error("duplicate data element", start, e.tag());
            }
        }

        private DataElement element(Tag tag, Encoding enc, int end, int start) throws DicomFormatException {
            Vr vr;
            long len;
            if (enc.explicitVr()) {
                need(2, end, tag);
                vr = Vr.fromCode(data[pos] & 0xFF, data[pos + 1] & 0xFF);
                if (vr == null) {
                    throw error("unknown VR", pos, tag);
                }
                pos += 2;
                if (vr.hasLongHeader()) {
                    need(2, end, tag);
                    pos += 2;
                    len = u32(enc, end, tag);
                } else {
                    need(2, end, tag);
                    len = u16(pos, enc.bigEndian());
                    pos += 2;
                }
            } else {
                vr = implicitVrs.apply(tag);
                len = u32(enc, end, tag);
            }
            if (len == UNDEFINED) {
                return undefinedLength(tag, vr, enc, end, start);
            }
            if (len > end - pos) {
                throw error("truncated: value length " + len + " exceeds the remaining " + (end - pos) + " bytes",
                        start, tag);
            }
            int valueEnd = pos + (int) len;
            if (vr == Vr.SQ) {
                return DataElement.ofSequence(tag, vr, items(enc, valueEnd, false), false);
            }
            if (!enc.explicitVr() && vr == Vr.UN && looksLikeItem(valueEnd)) {
                int save = pos;
                try {
                    return DataElement.ofSequence(tag, Vr.SQ, items(enc, valueEnd, false), false);
                } catch (DicomFormatException notASequence) {
                    pos = save; // binary data that only began like an item: keep it raw
                }
            }
            byte[] value = Arrays.copyOfRange(data, pos, valueEnd);
            pos = valueEnd;
            return DataElement.wrapBytes(tag, vr, value);
        }

        private DataElement undefinedLength(Tag tag, Vr vr, Encoding enc, int end, int start)
                throws DicomFormatException {
            if (vr == Vr.SQ || !enc.explicitVr()) {
                return DataElement.ofSequence(tag, enc.explicitVr() ? vr : Vr.SQ, items(enc, end, true), true);
            }
            if (vr == Vr.UN) {
                // PS3.5 6.2.2: a UN of undefined length holds a sequence encoded in implicit VR little endian
                return DataElement.ofSequence(tag, vr, items(Encoding.IMPLICIT_LE, end, true), true);
            }
            if (vr == Vr.OB || vr == Vr.OW) {
                int from = pos;
                while (true) {
                    int itemStart = pos;
                    Tag t = readTag(enc, end);
                    long len = u32(enc, end, t);
                    if (t.equals(Tag.SEQUENCE_DELIMITATION)) {
                        break;
                    }
                    if (!t.equals(Tag.ITEM) || len == UNDEFINED || len > end - pos) {
                        throw error("malformed encapsulated fragment", itemStart, tag);
                    }
                    pos += (int) len;
                }
                return DataElement.wrapEncapsulated(tag, vr, Arrays.copyOfRange(data, from, pos));
            }
            throw error("undefined length not allowed for VR " + vr, start, tag);
        }

        private Sequence items(Encoding enc, int end, boolean undefined) throws DicomFormatException {
            if (++depth > MAX_DEPTH) {
                throw error("sequences nested deeper than " + MAX_DEPTH, pos, null);
            }
            try {
                return itemsAtDepth(enc, end, undefined);
            } finally {
                depth--;
            }
        }

        private Sequence itemsAtDepth(Encoding enc, int end, boolean undefined) throws DicomFormatException {
            List<Item> items = new ArrayList<>();
            while (true) {
                if (!undefined && pos >= end) {
                    break;
                }
                int start = pos;
                Tag t = readTag(enc, end);
                long len = u32(enc, end, t);
                if (t.equals(Tag.SEQUENCE_DELIMITATION)) {
                    if (!undefined || len != 0) {
                        throw error("unexpected sequence delimiter", start, t);
                    }
                    break;
                }
                if (!t.equals(Tag.ITEM)) {
                    throw error("expected an item", start, t);
                }
                if (len == UNDEFINED) {
                    items.add(new Item(dataSet(enc, end, true), true));
                } else {
                    if (len > end - pos) {
                        throw error("truncated: item length " + len + " exceeds the remaining " + (end - pos)
                                + " bytes", start, t);
                    }
                    items.add(new Item(dataSet(enc, pos + (int) len, false), false));
                }
            }
            return new Sequence(items);
        }

        private boolean looksLikeItem(int valueEnd) {
            return valueEnd - pos >= 8 && u16(pos, false) == 0xFFFE && u16(pos + 2, false) == 0xE000;
        }

        private void need(int n, int end, Tag tag) throws DicomFormatException {
            if (end - pos < n) {
                throw error("truncated", pos, tag);
            }
        }

        private Tag readTag(Encoding enc) throws DicomFormatException {
            return readTag(enc, data.length);
        }

        private Tag readTag(Encoding enc, int end) throws DicomFormatException {
            need(4, end, null);
            Tag tag = new Tag(u16(pos, enc.bigEndian()), u16(pos + 2, enc.bigEndian()));
            pos += 4;
            return tag;
        }

        private long u32(Encoding enc, int end, Tag tag) throws DicomFormatException {
            need(4, end, tag);
            long v;
            if (enc.bigEndian()) {
                v = (long) u16(pos, true) << 16 | u16(pos + 2, true);
            } else {
                v = (long) u16(pos + 2, false) << 16 | u16(pos, false);
            }
            pos += 4;
            return v;
        }

        private int u16(int at, boolean bigEndian) {
            int a = data[at] & 0xFF;
            int b = data[at + 1] & 0xFF;
            return bigEndian ? a << 8 | b : b << 8 | a;
        }
    }
}

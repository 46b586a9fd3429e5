package org.raddeid.dicom.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The character repertoire(s) named by Specific Character Set (0008,0005), PS3.5 section 6.1 and annex H, I, J.
 * Decoding is strict: bytes that are malformed in the declared set give {@link Undecodable}, never replacement
 * characters, because a de-identifier must not pass through text it cannot read (issue 7: such elements are removed).
 * Decoded strings keep the value's padding, so {@link #encode} of a decoded value gives the original bytes back.
 * Immutable and thread-safe.
 *
 * <p>ISO 2022 sets (several values, or a single {@code ISO 2022 ...} term) are decoded segment by segment following
 * the escape sequences; designations return to the first value's set at each delimiter ({@code ^ = \} and control
 * characters), as PS3.5 6.1.2.5.3 requires, which is also how each PN component group gets its own set.
 */
public final class SpecificCharacterSet {

    /** Specific Character Set (0008,0005). */
    public static final Tag TAG = new Tag(0x0008, 0x0005);

    /** The default repertoire when (0008,0005) is absent or empty: ISO_IR 6, i.e. US-ASCII. */
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(List.of(Term.IR6), false);

    /** Result of {@link #decode}. */
    public sealed interface Decoded permits Text, Undecodable {
    }

    /** Successfully decoded text, padding included. */
    public record Text(String value) implements Decoded {
    }

    /** The value cannot be decoded in the declared set; {@code reason} names the set and offset, never the bytes. */
    public record Undecodable(String reason) implements Decoded {
    }

    /** A defined term: its Java charset, ISO 2022 escape sequence, and whether it is designated to G1 (GR bytes). */
    private enum Term {
        IR6("US-ASCII", "\u001B(B", false),
        IR100("ISO-8859-1", "\u001B-A", true),
        IR101("ISO-8859-2", "\u001B-B", true),
        IR109("ISO-8859-3", "\u001B-C", true),
        IR110("ISO-8859-4", "\u001B-D", true),
        IR144("ISO-8859-5", "\u001B-L", true),
        IR148("ISO-8859-9", "\u001B-M", true),
        IR13("JIS_X0201", "\u001B)I", true),
        /** JIS X 0201 Romaji in G0, which ISO 2022 IR 13 brings along with its Katakana G1. */
        ROMAJI("JIS_X0201", "\u001B(J", false),
        IR87("x-JIS0208", "\u001B$B", false),
        IR149("EUC-KR", "\u001B$)C", true),
        IR192("UTF-8", null, false),
        GB18030("GB18030", null, false);

        final String charsetName;
        final byte[] escape;
        final boolean g1;

        Term(String charsetName, String escape, boolean g1) {
            this.charsetName = charsetName;
            this.escape = escape == null ? null : escape.getBytes(StandardCharsets.US_ASCII);
            this.g1 = g1;
        }

        Charset charset() {
            if (!Charset.isSupported(charsetName)) {
                throw new IllegalArgumentException("this JVM has no charset " + charsetName + " for " + this);
            }
            return Charset.forName(charsetName);
        }
    }

    private static final Map<String, Term> TERMS = Map.ofEntries(
            Map.entry("ISO_IR 6", Term.IR6), Map.entry("ISO 2022 IR 6", Term.IR6),
            Map.entry("ISO_IR 100", Term.IR100), Map.entry("ISO 2022 IR 100", Term.IR100),
            Map.entry("ISO_IR 101", Term.IR101), Map.entry("ISO 2022 IR 101", Term.IR101),
            Map.entry("ISO_IR 109", Term.IR109), Map.entry("ISO 2022 IR 109", Term.IR109),
            Map.entry("ISO_IR 110", Term.IR110), Map.entry("ISO 2022 IR 110", Term.IR110),
            Map.entry("ISO_IR 144", Term.IR144), Map.entry("ISO 2022 IR 144", Term.IR144),
            Map.entry("ISO_IR 148", Term.IR148), Map.entry("ISO 2022 IR 148", Term.IR148),
            Map.entry("ISO_IR 13", Term.IR13), Map.entry("ISO 2022 IR 13", Term.IR13),
            Map.entry("ISO 2022 IR 87", Term.IR87), Map.entry("ISO 2022 IR 149", Term.IR149),
            Map.entry("ISO_IR 192", Term.IR192), Map.entry("GB18030", Term.GB18030));

    private final List<Term> terms;
    private final boolean iso2022;

    private SpecificCharacterSet(List<Term> terms, boolean iso2022) {
        this.terms = List.copyOf(terms);
        this.iso2022 = iso2022;
    }

    /**
     * Parses a (0008,0005) value such as {@code ISO_IR 100} or {@code \ISO 2022 IR 87} (an empty first value means
     * ISO 2022 IR 6). Throws {@link IllegalArgumentException} naming the term when a term is unknown or needs a
     * charset this JVM lacks, when a multi-byte set without escapes (ISO_IR 192, GB18030) is combined, or when a
     * multi-byte ISO 2022 set is the first value; the message names the value by position, never its text.
     */
    public static SpecificCharacterSet parse(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return DEFAULT;
        }
        String[] parts = trimmed.split("\\\\", -1);
        List<Term> terms = new ArrayList<>();
        boolean iso2022 = parts.length > 1;
        for (int i = 0; i < parts.length; i++) {
            String name = parts[i].strip();
            if (name.isEmpty() && i == 0) {
                terms.add(Term.IR6);
                continue;
            }
            Term term = TERMS.get(name);
            if (term == null) {
                // never the term itself: a hostile file can put anything in (0008,0005)
                throw new IllegalArgumentException("value " + (i + 1) + " of Specific Character Set is not a known "
                        + "defined term");
            }
            term.charset();
            iso2022 |= name.startsWith("ISO 2022");
            if (iso2022 && term.escape == null) {
                throw new IllegalArgumentException("value " + (i + 1) + " of Specific Character Set cannot be used "
                        + "with code extensions");
            }
            if (i == 0 && (term == Term.IR87 || term == Term.IR149)) {
                // PS3.3 C.12.1.1.2: the first value is the single-byte set in use at the start of each value.
                throw new IllegalArgumentException("value 1 of Specific Character Set, a multi-byte set, cannot be the "
                        + "first value");
            }
            terms.add(term);
        }
        return new SpecificCharacterSet(terms, iso2022);
    }

    /** Returns the set declared by {@code dataSet}'s (0008,0005), or {@code inherited} when it declares none. */
    public static SpecificCharacterSet of(DataSet dataSet, SpecificCharacterSet inherited) {
        DataElement element = dataSet.get(TAG);
        if (element == null || element.isSequence() || element.length() <= 0) {
            return inherited;
        }
        return parse(new String(element.rawBytes(), StandardCharsets.US_ASCII));
    }

    /** Returns the set of a top-level data set: its own (0008,0005) or the default. */
    public static SpecificCharacterSet of(DataSet dataSet) {
        return of(dataSet, DEFAULT);
    }

    /**
     * Removes, recursively through sequence items, every text element ({@link #isText}) whose value cannot be decoded
     * in the set that applies to it, so that unreadable text is never passed through (issue 7). Items inherit the
     * enclosing set unless they declare their own. When a data set declares a set that is unknown or unsupported,
     * none of its text can be read, so all its text elements (and those of items that inherit it) are removed.
     * Returns the removed tags in encounter order.
     */
    public static List<Tag> removeUndecodable(DataSet dataSet) {
        List<Tag> removed = new ArrayList<>();
        removeUndecodable(dataSet, DEFAULT, removed);
        return removed;
    }

    /** {@code inherited} is {@code null} when the enclosing set is unreadable. */
    private static void removeUndecodable(DataSet dataSet, SpecificCharacterSet inherited, List<Tag> removed) {
        SpecificCharacterSet cs;
        try {
            cs = of(dataSet, inherited);
        } catch (IllegalArgumentException unknownSet) {
            cs = null;
        }
        for (DataElement element : List.copyOf(dataSet.elements())) {
            if (element.isSequence()) {
                for (Item item : element.sequence().items()) {
                    removeUndecodable(item.dataSet(), cs, removed);
                }
            } else if (!element.isEncapsulated() && isText(element.vr())
                    && (cs == null || cs.decode(element.rawBytes(), element.vr()) instanceof Undecodable)) {
                dataSet.remove(element.tag());
                removed.add(element.tag());
            }
        }
    }

    /** Returns whether values of this VR are affected by Specific Character Set; all others are ASCII. */
    public static boolean isText(Vr vr) {
        return switch (vr) {
            case SH, LO, ST, LT, UT, PN, UC -> true;
            default -> false;
        };
    }

    /** Returns whether ISO 2022 code extensions (escape sequences) are in use. */
    public boolean usesCodeExtensions() {
        return iso2022;
    }

    /** Decodes a raw value of this VR strictly; padding is kept. */
    public Decoded decode(byte[] value, Vr vr) {
        Objects.requireNonNull(value, "value");
        if (!isText(vr)) {
            return decodeWhole(value, Term.IR6);
        }
        if (!iso2022) {
            return decodeWhole(value, terms.get(0));
        }
        return decodeIso2022(value);
    }

    private static Decoded decodeWhole(byte[] value, Term term) {
        try {
            return new Text(strictDecode(term.charset(), value, 0, value.length));
        } catch (CharacterCodingException e) {
            return new Undecodable("value is not valid " + term.charsetName);
        }
    }

    private static String strictDecode(Charset charset, byte[] b, int from, int to) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from))
                .toString();
    }

    private Term initialG0() {
        if (terms.get(0) == Term.IR13) {
            return Term.ROMAJI;
        }
        return terms.get(0).g1 ? Term.IR6 : terms.get(0);
    }

    private Term initialG1() {
        return terms.get(0).g1 ? terms.get(0) : null;
    }

    private Decoded decodeIso2022(byte[] value) {
        StringBuilder out = new StringBuilder(value.length);
        Term g0 = initialG0();
        Term g1 = initialG1();
        int i = 0;
        while (i < value.length) {
            int b = value[i] & 0xFF;
            if (b == 0x1B) {
                Term designated = escapeAt(value, i);
                boolean declared = designated != null && (designated == Term.IR6 || terms.contains(designated)
                        || designated == Term.ROMAJI && terms.contains(Term.IR13));
                if (!declared) {
                    return new Undecodable("unknown or undeclared ISO 2022 escape sequence at offset " + i);
                }
                if (designated.g1) {
                    g1 = designated;
                } else {
                    g0 = designated;
                }
                i += designated.escape.length;
                continue;
            }
            int end = i;
            if (b < 0x80) {
                if (g0 == Term.IR87) {
                    while (end < value.length && value[end] >= 0x21 && value[end] < 0x7F) {
                        end++;
                    }
                    if (end == i || (end - i) % 2 != 0) {
                        return new Undecodable("bad JIS X 0208 byte run at offset " + i);
                    }
                    try {
                        out.append(strictDecode(g0.charset(), value, i, end));
                    } catch (CharacterCodingException e) {
                        return new Undecodable("value is not valid JIS X 0208 at offset " + i);
                    }
                } else {
                    end = i + 1;
                    char c = (char) b;
                    if (g0 == Term.ROMAJI && c == '\\') {
                        c = '\u00A5';
                    } else if (g0 == Term.ROMAJI && c == '~') {
                        c = '\u203E';
                    }
                    out.append(c);
                    if (isDelimiter(b)) {
                        g0 = initialG0();
                        g1 = initialG1();
                    }
                }
            } else {
                if (g1 == null) {
                    return new Undecodable("byte above 0x7F with no G1 set designated at offset " + i);
                }
                int unit = g1 == Term.IR149 ? 2 : 1;
                while (end < value.length && (value[end] & 0xFF) >= 0x80) {
                    end++;
                }
                if ((end - i) % unit != 0) {
                    return new Undecodable("odd KS X 1001 byte run at offset " + i);
                }
                try {
                    out.append(strictDecode(g1.charset(), value, i, end));
                } catch (CharacterCodingException e) {
                    return new Undecodable("value is not valid " + g1.charsetName + " at offset " + i);
                }
            }
            i = end;
        }
        return new Text(out.toString());
    }

    private static Term escapeAt(byte[] value, int at) {
        for (Term term : Term.values()) {
            byte[] esc = term.escape;
            if (esc != null && at + esc.length <= value.length
                    && Arrays.equals(value, at, at + esc.length, esc, 0, esc.length)) {
                return term;
            }
        }
        return null;
    }

    private static boolean isDelimiter(int b) {
        return b == '^' || b == '=' || b == '\\' || b < 0x20;
    }

    /**
     * Encodes {@code text} for this VR, padding to even length with a space (NUL for UI). Throws
     * {@link IllegalArgumentException} when a character is not in any declared set.
     */
    public byte[] encode(String text, Vr vr) {
        Objects.requireNonNull(text, "text");
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2 + 8);
        if (!isText(vr)) {
            write(out, encodeStrict(Term.IR6, text));
        } else if (!iso2022) {
            write(out, encodeStrict(terms.get(0), text));
        } else {
            encodeIso2022(text, out);
        }
        if (out.size() % 2 != 0) {
            out.write(vr == Vr.UI ? 0 : ' ');
        }
        return out.toByteArray();
    }

    private void encodeIso2022(String text, ByteArrayOutputStream out) {
        Term g0 = initialG0();
        Term g1 = initialG1();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += ch.length();
            if (cp < 0x80) {
                if (g0 != Term.IR6 && g0 != Term.ROMAJI) {
                    write(out, initialG0().escape);
                    g0 = initialG0();
                }
                out.write(cp);
                if (isDelimiter(cp)) {
                    g0 = initialG0();
                    g1 = initialG1();
                }
                continue;
            }
            Term target = null;
            for (Term term : terms) {
                if (term != Term.IR6 && canEncode(term, ch)) {
                    target = term;
                    break;
                }
            }
            if (target == null) {
                throw new IllegalArgumentException("character U+" + Integer.toHexString(cp).toUpperCase()
                        + " is in none of the declared character sets");
            }
            if (target.g1 && g1 != target) {
                write(out, target.escape);
                g1 = target;
            } else if (!target.g1 && g0 != target) {
                write(out, target.escape);
                g0 = target;
            }
            write(out, encodeStrict(target, ch));
        }
        if (g0 != initialG0()) {
            write(out, initialG0().escape);
        }
    }

    private static boolean canEncode(Term term, String ch) {
        CharsetEncoder encoder = term.charset().newEncoder();
        if (!encoder.canEncode(ch)) {
            return false;
        }
        if (term == Term.IR13 || term == Term.IR149) {
            // Only the GR half belongs to G1; the ASCII-range half is G0's business.
            byte[] bytes = encodeStrict(term, ch);
            return (bytes[0] & 0xFF) >= 0x80;
        }
        return true;
    }

    private static byte[] encodeStrict(Term term, String text) {
        try {
            ByteBuffer buffer = term.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text is not encodable in " + term.charsetName, e);
        }
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }

    /** Returns the defined terms' Java charsets in order; never values. */
    @Override
    public String toString() {
        return "SpecificCharacterSet" + terms + (iso2022 ? " (ISO 2022)" : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecificCharacterSet s && terms.equals(s.terms) && iso2022 == s.iso2022;
    }

    @Override
    public int hashCode() {
        return Objects.hash(terms, iso2022);
    }
}

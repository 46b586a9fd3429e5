package org.raddeid.hl7;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of an HL7 v2 field value as HAPI hands it over (the delimiter escapes {@code \F\ \S\ \T\ \R\ \E\} already
 * decoded; formatting and hex sequences such as {@code \.br\}, {@code \.sp\}, {@code \H\}, {@code \X0D0A\} left in
 * place), decoded for analysis, with each decoded char mapped back to the raw characters it came from, so that
 * replacements found in the decoded text are written back into the raw value and everything else, formatting
 * included, stays as it was.
 *
 * <p>Decoding: {@code \.br\} and {@code \.sp\}/{@code \.sp N\} and {@code \.ce\} become a line break; {@code \.in N\},
 * {@code \.ti N\} and {@code \.sk N\} a space; hex data {@code \Xhh…\} its characters (UTF-8 when the bytes are UTF-8,
 * else ISO-8859-1); the highlighting, fill and character set sequences ({@code \H\ \N\ \.fi\ \.nf\ \Z…\ \C…\ \M…\})
 * nothing. A backslash that starts no sequence is an ordinary character, except between two letters (what an escaped
 * escape {@code \E\} leaves inside a word), where it is dropped so the word reads whole. Immutable and thread-safe.
 */
public final class Hl7Text {

    private final String raw;
    private final String text;
    private final int[] rawStart;
    private final int[] rawEnd;

    private Hl7Text(String raw, String text, int[] rawStart, int[] rawEnd) {
        this.raw = raw;
        this.text = text;
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
    }

    /** One replacement in decoded offsets: {@code [start, end)} becomes {@code replacement} (decoded text). */
    public record Edit(int start, int end, String replacement) {
    }

    /** Decodes {@code raw} (a value as HAPI returns it). Does not change it. */
    public static Hl7Text decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        List<int[]> map = new ArrayList<>(raw.length());
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            int close = c == '\\' ? raw.indexOf('\\', i + 1) : -1;
            String decoded = close > i + 1 ? sequence(raw.substring(i + 1, close)) : null;
            if (decoded == null && backslashInWord(raw, i) && !map.isEmpty()) {
                // what an escaped escape (\E\) leaves inside a word: not text, so the word reads whole
                // (Z\E\EBULON is ZEBULON); the char before covers it, so a span over the word replaces it too
                map.get(map.size() - 1)[1] = i + 1;
                i++;
                continue;
            }
            if (decoded == null) {
                out.append(c);
                map.add(new int[] {i, i + 1});
                i++;
                continue;
            }
            for (int k = 0; k < decoded.length(); k++) {
                out.append(decoded.charAt(k));
                map.add(new int[] {i, close + 1});
            }
            i = close + 1;
        }
        int[] s = new int[map.size()];
        int[] e = new int[map.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = map.get(k)[0];
            e[k] = map.get(k)[1];
        }
        return new Hl7Text(raw, out.toString(), s, e);
    }

    /** Whether {@code s[i]} is a backslash in a run of backslashes with a letter on each side. */
    private static boolean backslashInWord(String s, int i) {
        if (s.charAt(i) != '\\') {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && s.charAt(before) == '\\') {
            before--;
        }
        int after = i + 1;
        while (after < s.length() && s.charAt(after) == '\\') {
            after++;
        }
        return before >= 0 && after < s.length() && Character.isLetter(s.charAt(before))
                && Character.isLetter(s.charAt(after));
    }

    /** The decoded text of a sequence's body ({@code .br}, {@code X0D0A}), or null when it is no known sequence. */
    private static String sequence(String body) {
        switch (body) {
            case ".br", ".ce" -> {
                return "\n";
            }
            case "H", "N", ".fi", ".nf" -> {
                return "";
            }
            default -> {
                // below
            }
        }
        if (body.matches("\\.sp(?: ?[+-]?\\d{1,3})?")) {
            return "\n";
        }
        if (body.matches("\\.(?:in|ti|sk)(?: ?[+-]?\\d{1,3})?")) {
            return " ";
        }
        if (body.matches("X(?:[0-9A-Fa-f]{2})+")) {
            return hex(body.substring(1));
        }
        if (body.matches("[ZCM][0-9A-Za-z]{1,32}")) {
            return "";
        }
        return null;
    }

    private static String hex(String digits) {
        byte[] b = new byte[digits.length() / 2];
        for (int k = 0; k < b.length; k++) {
            b[k] = (byte) Integer.parseInt(digits.substring(2 * k, 2 * k + 2), 16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }

    /** Returns the value as given. */
    public String raw() {
        return raw;
    }

    /** Returns the decoded text, for analysis. */
    public String text() {
        return text;
    }

    /**
     * Returns the raw value with {@code edits} applied: each edit's decoded range maps to the raw characters it came
     * from (a sequence partly covered is replaced whole), its replacement is encoded (a line break as {@code \.br\}, a
     * backslash as {@code /} so no replacement can start an escape), and everything outside the edits is copied as it
     * was. Edits whose raw ranges overlap are merged. Does not change this object.
     *
     * @throws IllegalArgumentException when an edit lies outside the decoded text (lengths only)
     */
    public String apply(List<Edit> edits) {
        List<int[]> ranges = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        for (Edit e : sorted) {
            if (e.start() < 0 || e.end() > text.length() || e.end() < e.start()) {
                throw new IllegalArgumentException("edit " + e.start() + ".." + e.end() + " outside a text of "
                        + text.length());
            }
            int from;
            int to;
            if (e.end() > e.start()) {
                from = rawStart[e.start()];
                to = rawEnd[e.end() - 1];
            } else {
                from = e.start() < rawStart.length ? rawStart[e.start()] : raw.length();
                to = from;
            }
            String enc = encode(e.replacement());
            if (!ranges.isEmpty() && from < ranges.get(ranges.size() - 1)[1]) {
                int[] last = ranges.get(ranges.size() - 1);
                last[1] = Math.max(last[1], to);
                texts.get(texts.size() - 1).append(enc);
            } else {
                ranges.add(new int[] {from, to});
                texts.add(new StringBuilder(enc));
            }
        }
        StringBuilder out = new StringBuilder(raw.length() + 16);
        int at = 0;
        for (int k = 0; k < ranges.size(); k++) {
            out.append(raw, at, ranges.get(k)[0]).append(texts.get(k));
            at = ranges.get(k)[1];
        }
        return out.append(raw, at, raw.length()).toString();
    }

    /** Encodes replacement text for a raw value: line breaks as {@code \.br\}, backslashes as {@code /}. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\r' && k + 1 < s.length() && s.charAt(k + 1) == '\n') {
                continue;
            }
            b.append(c == '\n' || c == '\r' ? "\\.br\\" : c == '\\' ? "/" : String.valueOf(c));
        }
        return b.toString();
    }
}

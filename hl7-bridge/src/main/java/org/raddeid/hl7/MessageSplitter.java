package org.raddeid.hl7;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the text of an HL7 v2 file (one message or a batch) into messages: segments end at CR, LF or CRLF; a message
 * starts at each {@code MSH}; the batch envelope ({@code FHS BHS BTS FTS}) is dropped. A line that is not a segment
 * (a raw line break inside a field) makes its message rejected, with one exception: inside the value of an OBX whose
 * type is ED or RP (Base64 or a reference, removed anyway) it is joined to the segment, so that the rest of such a
 * message can still be de-identified. Stateless and thread-safe.
 */
public final class MessageSplitter {

    private static final Pattern SEGMENT_NAME = Pattern.compile("[A-Z][A-Z0-9]{2}");

    private MessageSplitter() {
    }

    /**
     * One message as read.
     *
     * @param index its position in the file, from 1
     * @param text its segments, each ended by CR, ready for the parser
     * @param rejection why it cannot be parsed, or null
     */
    public record RawMessage(int index, String text, Rejection rejection) {
    }

    /**
     * The messages of a file and what was dropped.
     *
     * @param messages the messages in file order
     * @param envelopeSegments batch envelope segments dropped
     * @param joinedLines raw line breaks inside ED/RP values that were joined
     */
    public record Split(List<RawMessage> messages, int envelopeSegments, int joinedLines) {
    }

    /** Splits {@code text} (a UTF-8 BOM at its start is ignored). */
    public static Split split(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = t.split("\r\n|\r|\n");
        List<RawMessage> out = new ArrayList<>();
        List<String> segs = new ArrayList<>();
        Rejection[] problem = {null};
        int envelope = 0;
        int joined = 0;
        char fieldSep = '|';
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String name = line.length() >= 3 ? line.substring(0, 3) : line;
            boolean named = line.length() >= 3 && SEGMENT_NAME.matcher(name).matches();
            if (named && line.startsWith("MSH") && line.length() >= 4) {
                flush(out, segs, problem);
                fieldSep = line.charAt(3);
                segs.add(line);
                continue;
            }
            boolean segment = named && (line.length() == 3 || line.charAt(3) == fieldSep);
            if (segment && (name.equals("FHS") || name.equals("BHS") || name.equals("BTS") || name.equals("FTS"))) {
                flush(out, segs, problem);
                envelope++;
                continue;
            }
            if (segment) {
                if (segs.isEmpty() && problem[0] == null) {
                    problem[0] = new Rejection(1, name, 0, "the message does not start with an MSH segment");
                }
                segs.add(line);
                continue;
            }
            if (!segs.isEmpty() && binaryObx(segs.get(segs.size() - 1), fieldSep)) {
                segs.set(segs.size() - 1, segs.get(segs.size() - 1) + line);
                joined++;
                continue;
            }
            if (problem[0] == null) {
                problem[0] = segs.isEmpty()
                        ? new Rejection(1, null, 0, "the message does not start with an MSH segment")
                        : new Rejection(segs.size() + 1, null, 0, "a line that is not a segment follows segment "
                                + segs.size() + " (" + segs.get(segs.size() - 1).substring(0, 3)
                                + "): a raw line break inside a field");
            }
            segs.add(line);
        }
        flush(out, segs, problem);
        return new Split(List.copyOf(out), envelope, joined);
    }

    private static void flush(List<RawMessage> out, List<String> segs, Rejection[] problem) {
        if (segs.isEmpty()) {
            return;
        }
        out.add(new RawMessage(out.size() + 1, String.join("\r", segs) + "\r", problem[0]));
        segs.clear();
        problem[0] = null;
    }

    /** True for an OBX whose value type (OBX-2) is ED or RP. */
    private static boolean binaryObx(String segment, char sep) {
        if (!segment.startsWith("OBX")) {
            return false;
        }
        String[] f = segment.split(Pattern.quote(String.valueOf(sep)), 4);
        return f.length >= 3 && (f[2].strip().equals("ED") || f[2].strip().equals("RP"));
    }
}

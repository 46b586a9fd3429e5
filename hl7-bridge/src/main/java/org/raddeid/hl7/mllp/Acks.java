package org.raddeid.hl7.mllp;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Acknowledgements (original mode): {@code MSA|AA} when a message was de-identified and delivered, {@code MSA|AE}
 * with the reason (which never quotes the message) when it was not. The ACK is addressed back to the sender (MSH-3/4
 * of the message become MSH-5/6) and carries its control id in MSA-2, values the sender already holds. Stateless.
 */
public final class Acks {

    private static final Pattern SAFE_TEXT = Pattern.compile("[|^~\\\\&\r\n]");
    private static final Pattern SAFE_FIELD = Pattern.compile("[|~\\\\&\r\n]");

    private Acks() {
    }

    /** The acknowledgement code. */
    public enum Code {
        /** Application accept. */
        AA,
        /** Application error: the message was not processed. */
        AE,
        /** Application reject: not HL7 at all. */
        AR
    }

    /** Builds an ACK for {@code message} (raw text, segments by CR) with {@code code} and, for errors, {@code text}. */
    public static String ack(String message, Code code, String text) {
        String[] msh = mshFields(message);
        String sep = "|";
        String sendingApp = field(msh, 3);
        String sendingFacility = field(msh, 4);
        String trigger = component(field(msh, 9), 2);
        String control = field(msh, 10);
        String version = component(field(msh, 12), 1);
        StringBuilder b = new StringBuilder();
        b.append("MSH|^~\\&|RADDEID|RADDEID|").append(sendingApp).append(sep).append(sendingFacility).append(sep)
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)))
                .append("||ACK^").append(trigger).append("^ACK|")
                .append(UUID.randomUUID().toString().replace("-", "").substring(0, 20)).append("|P|")
                .append(version.isEmpty() ? "2.5.1" : version).append('\r');
        b.append("MSA|").append(code.name()).append('|').append(control);
        if (text != null && !text.isEmpty()) {
            b.append('|').append(SAFE_TEXT.matcher(text).replaceAll(" "));
        }
        return b.append('\r').toString();
    }

    /** Returns MSA-1 of an ACK, or null when there is none. */
    public static String code(String ack) {
        for (String seg : ack.split("[\r\n]+")) {
            if (seg.startsWith("MSA|")) {
                String[] f = seg.split("\\|", -1);
                return f.length > 1 ? f[1] : null;
            }
        }
        return null;
    }

    private static String[] mshFields(String message) {
        if (!message.startsWith("MSH") || message.length() < 8) {
            return new String[0];
        }
        int end = message.indexOf('\r');
        String msh = end < 0 ? message : message.substring(0, end);
        String[] raw = msh.split(Pattern.quote(String.valueOf(msh.charAt(3))), -1);
        // MSH-1 is the separator itself: raw[1] is MSH-2, so field n is raw[n - 1]
        return raw;
    }

    private static String field(String[] msh, int n) {
        String v = n - 1 < msh.length && n >= 2 ? msh[n - 1] : "";
        return SAFE_FIELD.matcher(v.length() > 64 ? v.substring(0, 64) : v).replaceAll(" ");
    }

    private static String component(String v, int n) {
        String[] c = v.split("\\^", -1);
        return n - 1 < c.length ? c[n - 1] : "";
    }
}

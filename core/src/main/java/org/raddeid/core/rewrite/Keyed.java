package org.raddeid.core.rewrite;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Deterministic choices keyed by the secret and the scope: the same (secret, scope, parts) always gives the same
 * choice, and without the secret nobody can predict or invert one. Package-private plumbing for the operators.
 */
final class Keyed {

    private Keyed() {
    }

    /** Returns a non-negative long keyed by the context and {@code parts}. */
    static long value(RewriteContext context, String... parts) {
        String[] all = new String[parts.length + 1];
        all[0] = context.scope();
        System.arraycopy(parts, 0, all, 1, parts.length);
        return ByteBuffer.wrap(context.secret().hmac(all)).getLong() & Long.MAX_VALUE;
    }

    /** Returns a keyed element of {@code values} (not empty). */
    static String pick(List<String> values, RewriteContext context, String... parts) {
        return values.get((int) (value(context, parts) % values.size()));
    }

    /**
     * Returns {@code length} keyed pseudo-random bytes: HMAC blocks in counter mode, so any length is available.
     */
    static byte[] bytes(int length, RewriteContext context, String... parts) {
        byte[] out = new byte[length];
        String[] all = new String[parts.length + 2];
        all[0] = context.scope();
        System.arraycopy(parts, 0, all, 1, parts.length);
        for (int block = 0, at = 0; at < length; block++) {
            all[all.length - 1] = Integer.toString(block);
            byte[] mac = context.secret().hmac(all);
            int n = Math.min(mac.length, length - at);
            System.arraycopy(mac, 0, out, at, n);
            at += n;
        }
        return out;
    }

    /**
     * Keeps the shape of {@code original} with new characters: each digit becomes a keyed digit, each letter a keyed
     * letter of the same case, everything else stays. {@code AB-1234} might become {@code QX-8051}.
     */
    static String reshape(String original, RewriteContext context, String kind) {
        return reshape(original, context, kind, true);
    }

    /**
     * Like {@link #reshape}, redrawn until the result differs from {@code original}: a house number always gets new
     * digits, never its own by chance.
     */
    static String reshapeNew(String original, RewriteContext context, String kind) {
        String out = reshape(original, context, kind);
        for (int n = 1; n <= 16 && out.equals(original); n++) {
            out = reshape(original, context, kind + "-" + n);
        }
        return out;
    }

    /** Like {@link #reshape} but changes only digits, keeping letters. */
    static String reshapeDigits(String original, RewriteContext context, String kind) {
        return reshape(original, context, kind, false);
    }

    private static String reshape(String original, RewriteContext context, String kind, boolean letters) {
        byte[] r = bytes(original.length(), context, kind, Operators.normalise(original));
        StringBuilder b = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            int v = r[i] & 0xff;
            if (c >= '0' && c <= '9') {
                b.append((char) ('0' + v % 10));
            } else if (!letters && !Character.isDigit(c)) {
                b.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                b.append((char) ('A' + v % 26));
            } else if (c >= 'a' && c <= 'z') {
                b.append((char) ('a' + v % 26));
            } else if (Character.isLetterOrDigit(c)) {
                b.append(Character.isDigit(c) ? (char) ('0' + v % 10)
                        : Character.isUpperCase(c) ? (char) ('A' + v % 26) : (char) ('a' + v % 26));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}

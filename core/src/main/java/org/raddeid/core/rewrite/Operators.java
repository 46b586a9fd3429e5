package org.raddeid.core.rewrite;

import java.util.Locale;
import java.util.Objects;
import org.raddeid.core.PhiSpan;

/**
 * The simple operators: {@link #redactTag() redact} to a type tag or a fixed character, {@link #mask() mask} keeping
 * the shape, {@link #hash(int) hash} with a keyed HMAC, and {@link #remove() remove}. Surrogates and date shifts are
 * separate, richer operators.
 */
public final class Operators {

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    private Operators() {
    }

    /** Replaces PHI with its type in brackets: {@code John Smith} becomes {@code [NAME]}. */
    public static Operator redactTag() {
        return new Simple("redact", (original, span, context) -> "[" + span.type().name() + "]");
    }

    /** Replaces each code point of the PHI with {@code c}, keeping white space: {@code John Smith} becomes {@code **** *****}. */
    public static Operator redactWith(char c) {
        return new Simple("redact", (original, span, context) -> {
            StringBuilder b = new StringBuilder(original.length());
            original.codePoints().forEach(cp -> {
                if (Character.isWhitespace(cp)) {
                    b.appendCodePoint(cp);
                } else {
                    b.append(c);
                }
            });
            return b.toString();
        });
    }

    /**
     * Keeps the shape: digits become {@code #}, upper-case letters {@code X}, other letters {@code x}; punctuation and
     * white space stay. {@code 555-123-4567} becomes {@code ###-###-####}, {@code Smith, J.} becomes {@code Xxxxx, X.}.
     */
    public static Operator mask() {
        return new Simple("mask", (original, span, context) -> {
            StringBuilder b = new StringBuilder(original.length());
            original.codePoints().forEach(cp -> {
                if (Character.isDigit(cp)) {
                    b.append('#');
                } else if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    b.append('X');
                } else if (Character.isLetter(cp)) {
                    b.append('x');
                } else {
                    b.appendCodePoint(cp);
                }
            });
            return b.toString();
        });
    }

    /**
     * Replaces PHI with the first {@code hexChars} hex digits of HMAC-SHA256(secret, scope, type, normalised original):
     * the same value of the same patient always hashes the same, and nobody without the secret can test a guess.
     * Normalising (case, white space) makes {@code SMITH} and {@code Smith} hash alike.
     *
     * @throws IllegalArgumentException when {@code hexChars} is not in 8..64
     */
    public static Operator hash(int hexChars) {
        if (hexChars < 8 || hexChars > 64) {
            throw new IllegalArgumentException("hash length must be 8..64 hex chars, was " + hexChars);
        }
        return new Simple("hash", (original, span, context) -> {
            Objects.requireNonNull(context, "a keyed operator needs a rewrite context");
            byte[] mac = context.secret().hmac(context.scope(), span.type().name(), normalise(original));
            StringBuilder b = new StringBuilder(hexChars);
            for (int i = 0; b.length() < hexChars; i++) {
                b.append(String.format(Locale.ROOT, "%02x", mac[i] & 0xff));
            }
            return b.substring(0, hexChars);
        });
    }

    /**
     * Keeps the text as it is: only for what a policy deliberately keeps, such as dates in a limited data set. Never a
     * default.
     */
    public static Operator keep() {
        return new Simple("keep", (original, span, context) -> original);
    }

    /** Removes the PHI altogether. */
    public static Operator remove() {
        return new Simple("remove", (original, span, context) -> "");
    }

    /** Lower case with runs of white space as one space, trimmed. */
    static String normalise(String s) {
        return WHITE_SPACE.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Returns an operator called {@code name} that applies {@code rule}. */
    static Operator of(String name, Rule rule) {
        return new Simple(name, rule);
    }

    /** The replacement rule of a simple operator. */
    @FunctionalInterface
    interface Rule {
        String apply(String original, PhiSpan span, RewriteContext context);
    }

    private record Simple(String name, Rule rule) implements Operator {
        @Override
        public String apply(String original, PhiSpan span, RewriteContext context) {
            return rule.apply(original, span, context);
        }

        @Override
        public String toString() {
            return "Operator[" + name + "]";
        }
    }
}

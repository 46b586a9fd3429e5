package org.raddeid.core.rewrite;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import org.raddeid.core.PhiSpan;

/**
 * Replaces a person name with a realistic one of the same shape, consistently per patient: each word maps on its own
 * through a keyed function of (secret, scope, word), so {@code John Smith}, {@code SMITH, JOHN} and {@code Smith} map
 * to {@code Liam Brown}, {@code BROWN, LIAM} and {@code Brown}. Initials map through a keyed letter permutation, and a
 * given name's surrogate starts with its initial's image, so {@code J. Smith} becomes {@code L. Brown}. Case (ALL CAPS,
 * Title, lower), order, punctuation, hyphens and white space are kept.
 */
public final class NameSurrogate implements Operator {

    /** Lower-case name particles, kept as they are: they identify nobody ({@code de Vries}, {@code van der Berg}). */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "von", "der", "den", "de", "del",
            "della", "da", "di", "du", "la", "le", "dos", "das", "ter", "ten", "bin", "ibn", "al", "el", "y", "st");

    /** Draws tried for a word whose first surrogate is the word itself. */
    private static final int MAX_REDRAWS = 16;

    private final NamePool pool;

    /** Creates the operator over {@code pool}. */
    public NameSurrogate(NamePool pool) {
        this.pool = pool;
    }

    @Override
    public String name() {
        return "surrogate";
    }

    @Override
    public String apply(String original, PhiSpan span, RewriteContext context) {
        StringBuilder out = new StringBuilder(original.length() + 8);
        int i = 0;
        int n = original.length();
        while (i < n) {
            int cp = original.codePointAt(i);
            if (Character.isDigit(cp)) {
                // a house number or any digit in a name (an address typed as a name) gets new digits
                int j = i;
                while (j < n && Character.isDigit(original.charAt(j))) {
                    j++;
                }
                out.append(Keyed.reshapeNew(original.substring(i, j), context, "name-digits"));
                i = j;
                continue;
            }
            if (!Character.isLetter(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int j = i;
            while (j < n && (Character.isLetter(original.codePointAt(j))
                    || Character.getType(original.codePointAt(j)) == Character.NON_SPACING_MARK)) {
                j += Character.charCount(original.codePointAt(j));
            }
            String word = original.substring(i, j);
            boolean apostropheS = word.equalsIgnoreCase("s") && i > 0
                    && (original.charAt(i - 1) == '\'' || original.charAt(i - 1) == '\u2019');
            int apostropheEnd = apostropheName(original, i, j);
            if (apostropheEnd > j) {
                // O'BRIEN, D'Angelo: a real apostrophe name in the original's case
                String name = original.substring(i, apostropheEnd);
                String surrogate = apostropheReplacement(name, context);
                boolean oneCase = name.equals(name.toUpperCase(Locale.ROOT)) || name.equals(name.toLowerCase(Locale.ROOT));
                out.append(oneCase ? shaped(surrogate, name) : surrogate);
                i = apostropheEnd;
                continue;
            }
            boolean particle = PARTICLES.contains(word.toLowerCase(Locale.ROOT));
            if (apostropheS || particle && word.length() < original.strip().length()) {
                out.append(word); // DE LA CRUZ keeps DE LA: particles stay particles
            } else if (initials(word)) {
                for (int k = 0; k < word.length(); k++) {
                    char c = initial(Character.toUpperCase(word.charAt(k)), context);
                    out.append(Character.isLowerCase(word.charAt(k)) ? Character.toLowerCase(c) : c);
                }
            } else {
                out.append(shaped(replacement(word, context), word));
            }
            i = j;
        }
        return out.toString();
    }

    /**
     * The surrogate of one word: never the word itself, since a draw that gives it back is replaced by the next keyed
     * draw from the same list (a given name keeps the image of its initial).
     */
    private String replacement(String word, RewriteContext context) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.codePointCount(0, word.length()) == 1) {
            return String.valueOf(initial(word.toUpperCase(Locale.ROOT).charAt(0), context));
        }
        String kind = "surname";
        List<String> names = pool.surnames();
        if (pool.isGivenName(lower)) {
            char first = Character.toUpperCase(lower.charAt(0));
            char image = first >= 'A' && first <= 'Z' ? initial(first, context) : first;
            List<String> given = pool.givenNames(image);
            if (!given.isEmpty()) {
                kind = "given";
                names = given;
            }
        }
        String out = names.get(pick(context, kind, lower, names.size()));
        for (int draw = 1; draw <= MAX_REDRAWS && out.equalsIgnoreCase(word); draw++) {
            out = names.get(pick(context, kind + "-" + draw, lower, names.size()));
        }
        return out;
    }

    /**
     * Returns the end of an apostrophe name starting at {@code i} ({@code O'Brien}: one letter, an apostrophe, a
     * word), or {@code j} (the end of the first word) when there is none.
     */
    private static int apostropheName(String s, int i, int j) {
        if (j - i != 1 || j + 1 >= s.length() || s.charAt(j) != '\'' && s.charAt(j) != '\u2019'
                || !Character.isLetter(s.charAt(j + 1)) || "OoDdLlMm".indexOf(s.charAt(i)) < 0) {
            return j;
        }
        int k = j + 1;
        while (k < s.length() && Character.isLetter(s.charAt(k))) {
            k++;
        }
        return k - (j + 1) >= 2 ? k : j;
    }

    /** An apostrophe surname from the pool, never the original; the original's prefix and a surname without one. */
    private String apostropheReplacement(String name, RewriteContext context) {
        List<String> list = pool.apostropheSurnames();
        String lower = name.toLowerCase(Locale.ROOT);
        if (list.isEmpty()) {
            List<String> surnames = pool.surnames();
            return name.substring(0, 2) + surnames.get(pick(context, "apostrophe-rest", lower, surnames.size()));
        }
        String out = list.get(pick(context, "apostrophe", lower, list.size()));
        for (int draw = 1; draw <= MAX_REDRAWS && out.equalsIgnoreCase(name); draw++) {
            out = list.get(pick(context, "apostrophe-" + draw, lower, list.size()));
        }
        return out;
    }

    /**
     * True for initials written as one word, which map letter by letter like single initials do: two letters in one
     * case ({@code JD}, {@code mk}), or three that are not a known given name ({@code JDM}, but not {@code AMY}).
     */
    private boolean initials(String word) {
        int n = word.length();
        if (n < 2 || n > 3 || !word.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            return false;
        }
        boolean oneCase = word.equals(word.toUpperCase(Locale.ROOT)) || word.equals(word.toLowerCase(Locale.ROOT));
        return oneCase && (n == 2 || !pool.isGivenName(word.toLowerCase(Locale.ROOT)));
    }

    /** The image of letter {@code c} (A-Z) under the scope's keyed permutation of the alphabet; others stay. */
    static char initial(char c, RewriteContext context) {
        if (c < 'A' || c > 'Z') {
            return c;
        }
        char[] letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
        byte[] mac = context.secret().hmac("initials", context.scope());
        // Fisher-Yates driven by the keyed bytes (32 bytes, reused cyclically, enough for 25 swaps)
        for (int k = letters.length - 1; k > 0; k--) {
            int r = (mac[k % mac.length] & 0xff) % (k + 1);
            char t = letters[k];
            letters[k] = letters[r];
            letters[r] = t;
        }
        return letters[c - 'A'];
    }

    private static int pick(RewriteContext context, String kind, String lower, int size) {
        byte[] mac = context.secret().hmac("name", kind, context.scope(), lower);
        long v = ByteBuffer.wrap(mac).getLong() & Long.MAX_VALUE;
        return (int) (v % size);
    }

    /** Writes {@code name} in the case shape of {@code like}. */
    static String shaped(String name, String like) {
        if (like.codePointCount(0, like.length()) > 1 && like.equals(like.toUpperCase(Locale.ROOT))) {
            return name.toUpperCase(Locale.ROOT);
        }
        if (like.equals(like.toLowerCase(Locale.ROOT))) {
            return name.toLowerCase(Locale.ROOT);
        }
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}

package org.raddeid.core.residual;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.raddeid.core.PhiType;

/**
 * The search keys of one PHI string of a document: the string itself, and for a name each part that is not an
 * ordinary word, each matched in any case with separators ignored ({@code GOMEZ, RAFAEL} finds {@code Gomez Rafael}
 * only through its parts, {@code 8881-2345} finds {@code 88812345}). Keys too short to mean anything (fewer than
 * three letters or digits, four for digits alone) and single ordinary words are not searched. Immutable.
 */
final class Needles {

    private final List<String> keys;

    private Needles(List<String> keys) {
        this.keys = keys;
    }

    /** Returns the keys of {@code found}; {@code ordinary} tells the lower-case words that are not worth a search. */
    static Needles of(Evidence.Found found, Predicate<String> ordinary) {
        Set<String> keys = new LinkedHashSet<>();
        String whole = alnum(found.text());
        String[] words = found.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{Nd}]+");
        boolean oneOrdinaryWord = words.length == 1 && ordinary.test(words[0]);
        if (worthSearching(whole) && !oneOrdinaryWord) {
            keys.add(whole);
        }
        if (found.type() == PhiType.NAME) {
            for (String w : words) {
                if (w.codePointCount(0, w.length()) >= 3 && w.chars().allMatch(Character::isLetter)
                        && !ordinary.test(w)) {
                    keys.add(w);
                }
            }
        }
        return new Needles(List.copyOf(keys));
    }

    private static boolean worthSearching(String key) {
        boolean digits = key.chars().allMatch(Character::isDigit);
        return key.length() >= (digits ? 4 : 3);
    }

    /** Lower-case letters and digits of {@code s}, in order. */
    static String alnum(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
        return b.toString();
    }

    /** Returns {@code [start, end)} of every occurrence of a key in {@code text}, on word boundaries. */
    List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        for (String key : keys) {
            findSpaced(text, key, out);
        }
        return out;
    }

    /** Finds {@code key} in {@code s}, allowing up to two separators (space, punctuation) between its characters. */
    private static void findSpaced(String s, String key, List<int[]> out) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.toLowerCase(s.charAt(i)) != key.charAt(0) || !edge(s, i - 1)) {
                continue;
            }
            int k = 1;
            int j = i + 1;
            int gap = 0;
            while (k < key.length() && j < n) {
                char c = s.charAt(j);
                if (Character.toLowerCase(c) == key.charAt(k)) {
                    k++;
                    j++;
                    gap = 0;
                } else if (separator(c) && gap < 2) {
                    j++;
                    gap++;
                } else {
                    break;
                }
            }
            if (k == key.length() && edge(s, j)) {
                out.add(new int[] {i, j});
            }
        }
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '/' || c == ',' || c == '\t' || c == '\'';
    }

    private static boolean edge(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}

package org.raddeid.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a key of lower-case letters and digits in a text however it is spaced: in any case, with separator characters
 * between its characters ({@code 8881 2345} and {@code 8881-2345} for {@code 88812345}), on word boundaries.
 * Immutable and thread-safe.
 *
 * @param separators the characters that may stand between two characters of the key
 * @param maxGap how many separators may stand together
 */
public record SpacedKey(String separators, int maxGap) {

    /** Returns the lower-case letters and digits of {@code s}, in order. */
    public static String alnum(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
        return b.toString();
    }

    /** Returns {@code [start, end)} of every occurrence of {@code key} in {@code s}. Changes nothing. */
    public List<int[]> find(String s, String key) {
        List<int[]> out = new ArrayList<>();
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
                } else if (separators.indexOf(c) >= 0 && gap < maxGap && j + 1 < n) {
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
        return out;
    }

    /** True at the text's ends and next to a character that is no letter or digit. */
    public static boolean edge(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}

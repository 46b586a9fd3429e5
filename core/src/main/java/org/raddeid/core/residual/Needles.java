package org.raddeid.core.residual;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.SpacedKey;

/**
 * The search keys of one PHI string of a document: the string itself, and for a name each part that is not an
 * ordinary word, each matched in any case with separators ignored ({@code GOMEZ, RAFAEL} finds {@code Gomez Rafael}
 * only through its parts, {@code 8881-2345} finds {@code 88812345}). Keys too short to mean anything (fewer than
 * three letters or digits, four for digits alone) and single ordinary words are not searched. Immutable.
 */
final class Needles {

    /** Up to two separators may stand together, as in {@code GOMEZ, RAFAEL}. */
    private static final SpacedKey SPACED = new SpacedKey(" -./,\t'", 2);

    private final List<String> keys;

    private Needles(List<String> keys) {
        this.keys = keys;
    }

    /** Returns the keys of {@code found}; {@code ordinary} tells the lower-case words that are not worth a search. */
    static Needles of(Evidence.Found found, Predicate<String> ordinary) {
        Set<String> keys = new LinkedHashSet<>();
        String whole = SpacedKey.alnum(found.text());
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

    /** Returns {@code [start, end)} of every occurrence of a key in {@code text}, on word boundaries. */
    List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        for (String key : keys) {
            out.addAll(SPACED.find(text, key));
        }
        return out;
    }
}

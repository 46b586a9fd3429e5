package org.raddeid.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;

/**
 * The coverage of one document: which chars gold annotations and found spans cover, which alphanumeric tokens are PHI,
 * caught and flagged, grouped every {@link Grouping} way. Built once per document, then read; not thread-safe.
 *
 * <p>Identical gold annotations are counted once, and found spans with the same start, end and type are counted once
 * (the first one is kept), so a detector reporting a span twice is neither rewarded nor punished.
 */
final class DocumentScoring {

    /** What strict matching compares. */
    private record SpanKey(int start, int end, PhiType type) {
    }

    private final List<Annotation> gold;
    private final List<PhiSpan> found;
    private final List<Token> tokens;
    private final boolean[] goldCover;
    private final boolean[] foundCover;
    private final boolean[] alnumChar;
    private final Set<SpanKey> goldKeys = new HashSet<>();
    private final Set<SpanKey> foundKeys = new HashSet<>();
    private final Map<Grouping, Map<String, BitSet>> goldTokens = new EnumMap<>(Grouping.class);
    private final Map<Grouping, Map<String, BitSet>> foundTokens = new EnumMap<>(Grouping.class);
    private final BitSet phi;
    private final BitSet caught = new BitSet();
    private final BitSet typedCorrect = new BitSet();

    DocumentScoring(LabelledDocument doc, List<PhiSpan> foundSpans) {
        String text = doc.text();
        this.gold = List.copyOf(new LinkedHashSet<>(doc.annotations()));
        Map<SpanKey, PhiSpan> uniqueFound = new LinkedHashMap<>();
        for (PhiSpan s : foundSpans) {
            uniqueFound.putIfAbsent(new SpanKey(s.start(), s.end(), s.type()), s);
        }
        this.found = List.copyOf(uniqueFound.values());
        this.tokens = new AnalyzedText(text).tokens().stream().filter(Token::isAlphanumeric).toList();
        int n = text.length();
        goldCover = new boolean[n];
        foundCover = new boolean[n];
        alnumChar = new boolean[n];
        for (Token t : tokens) {
            fill(alnumChar, t.start(), t.end());
        }
        for (Annotation a : gold) {
            fill(goldCover, a.start(), a.end());
            goldKeys.add(new SpanKey(a.start(), a.end(), a.type()));
        }
        for (PhiSpan s : found) {
            fill(foundCover, s.start(), s.end());
            foundKeys.add(new SpanKey(s.start(), s.end(), s.type()));
        }
        for (Grouping g : Grouping.values()) {
            Map<String, BitSet> byGold = new HashMap<>();
            for (Annotation a : gold) {
                addTokens(byGold, g.key(a), a.start(), a.end());
            }
            goldTokens.put(g, byGold);
            Map<String, BitSet> byFound = new HashMap<>();
            for (PhiSpan s : found) {
                addTokens(byFound, g.key(s), s.start(), s.end());
            }
            foundTokens.put(g, byFound);
        }
        phi = (BitSet) goldTokens.get(Grouping.ALL).getOrDefault(Grouping.ALL_KEY, new BitSet()).clone();
        for (int i = phi.nextSetBit(0); i >= 0; i = phi.nextSetBit(i + 1)) {
            if (isCaught(tokens.get(i))) {
                caught.set(i);
            }
        }
        Map<String, BitSet> goldByType = goldTokens.get(Grouping.TYPE);
        foundTokens.get(Grouping.TYPE).forEach((type, flaggedAs) -> {
            BitSet both = (BitSet) flaggedAs.clone();
            both.and(goldByType.getOrDefault(type, new BitSet()));
            typedCorrect.or(both);
        });
    }

    /** Returns true when some PHI token was not caught. */
    boolean hasLeak() {
        BitSet missed = (BitSet) phi.clone();
        missed.andNot(caught);
        return !missed.isEmpty();
    }

    /** Adds this document's counts to the tallies of {@code grouping}, creating groups as needed. */
    void addTo(Grouping grouping, Map<String, Tally> tallies) {
        for (Annotation a : gold) {
            String key = grouping.key(a);
            if (key != null) {
                Tally t = tallies.computeIfAbsent(key, k -> new Tally());
                t.support++;
                if (foundKeys.contains(new SpanKey(a.start(), a.end(), a.type()))) {
                    t.strictTp++;
                } else {
                    t.strictFn++;
                }
                if (any(foundCover, a.start(), a.end())) {
                    t.overlapTp++;
                } else {
                    t.overlapFn++;
                }
            }
        }
        for (PhiSpan s : found) {
            String key = grouping.key(s);
            if (key != null) {
                Tally t = tallies.computeIfAbsent(key, k -> new Tally());
                if (goldKeys.contains(new SpanKey(s.start(), s.end(), s.type()))) {
                    t.strictTpFound++;
                } else {
                    t.strictFp++;
                }
                if (any(goldCover, s.start(), s.end())) {
                    t.overlapTpFound++;
                } else {
                    t.overlapFp++;
                }
            }
        }
        goldTokens.get(grouping).forEach((key, phiOfGroup) -> {
            Tally t = tallies.computeIfAbsent(key, k -> new Tally());
            t.phiTokens += phiOfGroup.cardinality();
            t.caught += intersection(phiOfGroup, caught);
        });
        Map<String, BitSet> goldOfGrouping = goldTokens.get(grouping);
        foundTokens.get(grouping).forEach((key, flaggedOfGroup) -> {
            Tally t = tallies.computeIfAbsent(key, k -> new Tally());
            t.flagged += flaggedOfGroup.cardinality();
            t.flaggedCorrect += intersection(flaggedOfGroup, phi);
            BitSet typed = grouping == Grouping.ALL ? typedCorrect : goldOfGrouping.getOrDefault(key, new BitSet());
            t.flaggedTypedCorrect += intersection(flaggedOfGroup, typed);
        });
    }

    /**
     * Returns the gold annotations not fully found, in text order: those with a char of an alphanumeric token that no
     * found span covers.
     */
    List<Annotation> misses() {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : gold) {
            for (int c = a.start(); c < a.end(); c++) {
                if (alnumChar[c] && !foundCover[c]) {
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }

    /** Returns true when a found span covers some char of {@code a}. */
    boolean partlyFound(Annotation a) {
        return any(foundCover, a.start(), a.end());
    }

    /** Returns the found spans that overlap no gold annotation, in the order given. */
    List<PhiSpan> falsePositives() {
        return found.stream().filter(s -> !any(goldCover, s.start(), s.end())).toList();
    }

    /** A token is caught when every char of it that lies inside gold is covered by a found span. */
    private boolean isCaught(Token t) {
        for (int c = t.start(); c < t.end(); c++) {
            if (goldCover[c] && !foundCover[c]) {
                return false;
            }
        }
        return true;
    }

    /** Marks, under {@code key}, the alphanumeric tokens overlapping {@code [start, end)}. */
    private void addTokens(Map<String, BitSet> byKey, String key, int start, int end) {
        if (key == null) {
            return;
        }
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        BitSet set = null;
        for (int i = lo; i < tokens.size() && tokens.get(i).start() < end; i++) {
            if (set == null) {
                set = byKey.computeIfAbsent(key, k -> new BitSet());
            }
            set.set(i);
        }
    }

    private static long intersection(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        return both.cardinality();
    }

    private static void fill(boolean[] cover, int start, int end) {
        Arrays.fill(cover, start, end, true);
    }

    private static boolean any(boolean[] cover, int start, int end) {
        for (int c = start; c < end; c++) {
            if (cover[c]) {
                return true;
            }
        }
        return false;
    }
}

package org.raddeid.recognizers.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * A dictionary of phrases keyed by their token sequence, matched over the tokens of an {@link AnalyzedText}. Keys are
 * compared case-insensitively, and matches start and end on token boundaries by construction, so {@code Hope} never
 * matches inside {@code Hopeful}. Phrases are tokenised with the same tokenizer as texts, so {@code Hill-Sachs} is the
 * three tokens {@code hill - sachs}. Apostrophe variants (’ ‘ `) compare equal to {@code '}.
 *
 * <p>Build with {@link #add}, then share: matching is read-only and thread-safe once no thread adds any more.
 *
 * @param <V> the value stored with each phrase
 */
public final class TokenTrie<V> {

    /** One match: tokens {@code [firstToken, endToken)} covering chars {@code [start, end)}, with the stored value. */
    public record Match<V>(int firstToken, int endToken, int start, int end, V value) {
    }

    private static final class Node<V> {
        Map<String, Node<V>> children;
        V value;
    }

    private final Node<V> root = new Node<>();
    private int size;

    /**
     * Adds {@code phrase} with {@code value}; a phrase added twice keeps the last value. Blank phrases are ignored.
     *
     * @return true when the phrase was new
     */
    public boolean add(String phrase, V value) {
        AnalyzedText t = new AnalyzedText(phrase);
        List<Token> tokens = t.tokens();
        if (tokens.isEmpty()) {
            return false;
        }
        Node<V> n = root;
        for (int i = 0; i < tokens.size(); i++) {
            String key = key(t, i);
            if (n.children == null) {
                n.children = new HashMap<>(4);
            }
            n = n.children.computeIfAbsent(key, k -> new Node<>());
        }
        boolean fresh = n.value == null;
        n.value = value;
        if (fresh) {
            size++;
        }
        return fresh;
    }

    /** Returns the number of phrases. */
    public int size() {
        return size;
    }

    /** Returns the value stored for {@code phrase} (compared as in matching), or null. */
    public V get(String phrase) {
        AnalyzedText t = new AnalyzedText(phrase);
        List<Match<V>> m = longestAt(t, 0);
        return m.size() == 1 && m.get(0).endToken() == t.tokens().size() ? m.get(0).value() : null;
    }

    /** Returns true when {@code phrase} is stored. */
    public boolean contains(String phrase) {
        return get(phrase) != null;
    }

    /**
     * Returns every match in {@code text}: at each token, every stored phrase starting there (shorter ones too), in
     * order of start token, then length. Overlapping matches are all returned; callers choose.
     */
    public List<Match<V>> findAll(AnalyzedText text) {
        return findAll(text, 0, text.tokens().size());
    }

    /**
     * Returns every stored phrase that starts at a token in {@code [from, to)}, as {@link #findAll(AnalyzedText)}
     * would list it (a phrase may run past {@code to}).
     */
    public List<Match<V>> findAll(AnalyzedText text, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        int n = Math.min(to, text.tokens().size());
        for (int i = Math.max(0, from); i < n; i++) {
            collect(text, i, out, false);
        }
        return out;
    }

    /** Returns the longest stored phrase starting at token {@code tokenIndex}, as a list of zero or one match. */
    public List<Match<V>> longestAt(AnalyzedText text, int tokenIndex) {
        if (tokenIndex >= text.tokens().size() || root.children == null
                || !root.children.containsKey(key(text, tokenIndex))) {
            return List.of(); // most tokens start no phrase: no list to allocate
        }
        List<Match<V>> out = new ArrayList<>(1);
        collect(text, tokenIndex, out, true);
        return out;
    }

    private void collect(AnalyzedText text, int from, List<Match<V>> out, boolean longestOnly) {
        List<Token> tokens = text.tokens();
        Node<V> n = root;
        Match<V> longest = null;
        for (int j = from; j < tokens.size(); j++) {
            if (n.children == null) {
                break;
            }
            Token tok = tokens.get(j);
            n = n.children.get(key(text, j));
            if (n == null) {
                break;
            }
            if (n.value != null) {
                Match<V> m = new Match<>(from, j + 1, tokens.get(from).start(), tok.end(), n.value);
                if (longestOnly) {
                    longest = m;
                } else {
                    out.add(m);
                }
            }
        }
        if (longest != null) {
            out.add(longest);
        }
    }

    private static String key(AnalyzedText text, int i) {
        Token tok = text.tokens().get(i);
        if (tok.kind() == Token.Kind.PUNCT) {
            char c = text.text().charAt(tok.start());
            if (c == '\u2019' || c == '\u2018' || c == '`') {
                return "'";
            }
        }
        return text.lowerToken(i);
    }
}

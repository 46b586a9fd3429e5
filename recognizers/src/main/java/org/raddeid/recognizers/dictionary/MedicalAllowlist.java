package org.raddeid.recognizers.dictionary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.ensemble.Veto;
import org.raddeid.core.text.AnalyzedText;

/**
 * Radiology and medical vocabulary ({@code Colles fracture}, {@code Murphy sign}, {@code Doppler}, {@code FINDINGS},
 * {@code Omnipaque}) that name and place recognizers would otherwise report, loaded once from
 * {@code medical-allowlist.txt} with its possessive, plural, unaccented and brace-expanded variants (see the file's
 * header).
 *
 * <p>As a {@link Veto} it drops a {@link PhiType#NAME}, {@link PhiType#LOCATION} or {@link PhiType#PROFESSION} span that
 * lies entirely inside an occurrence of an allowlisted phrase, or whose own text is an allowlisted term; spans of other
 * types are never vetoed, nor spans that only partly overlap a phrase. Surnames used alone are not on the list unless
 * reports use them alone as things ({@code Foley}), so {@code Dr. Colles} and {@code Mr. Murphy} are not vetoed. The
 * ensemble decides which spans are weak enough to ask about.
 *
 * <p>Immutable and thread-safe; never changes its inputs. A veto looks at a few tokens around the span only, so it
 * costs about as much as one short dictionary lookup and needs no per-text cache.
 */
public final class MedicalAllowlist implements Veto {

    /** The bundled resource, relative to this package. */
    public static final String RESOURCE = "medical-allowlist.txt";

    private static final Set<PhiType> VETOABLE = EnumSet.of(PhiType.NAME, PhiType.LOCATION, PhiType.PROFESSION);

    private final TokenTrie<String> trie = new TokenTrie<>();
    private final int entries;
    private final int maxTokens;

    private static final class Holder {
        static final MedicalAllowlist SHARED = new MedicalAllowlist(BundledLines.read(RESOURCE));
    }

    /**
     * Builds an allowlist from entries written as in the bundled file (comments and blank lines already removed).
     * Package-private: production code shares {@link #shared()}.
     *
     * @throws IllegalArgumentException when an entry has unbalanced braces
     */
    MedicalAllowlist(List<String> lines) {
        int longest = 1;
        for (String line : lines) {
            for (String phrase : PhraseVariants.expandBraces(line)) {
                for (String possessive : PhraseVariants.possessives(phrase)) {
                    for (String variant : PhraseVariants.plurals(possessive)) {
                        longest = Math.max(longest, add(variant, line));
                        longest = Math.max(longest, add(PhraseVariants.stripAccents(variant), line));
                    }
                }
            }
        }
        this.entries = lines.size();
        this.maxTokens = longest;
    }

    /** Adds {@code phrase} and returns its length in tokens, or 0 when it was already there. */
    private int add(String phrase, String entry) {
        return trie.add(phrase, entry) ? new AnalyzedText(phrase).tokens().size() : 0;
    }

    /** Returns the allowlist built from the bundled file, loading it on first use. Thread-safe. */
    public static MedicalAllowlist shared() {
        return Holder.SHARED;
    }

    /** Returns the number of entries in the list, before variants are added. */
    public int entries() {
        return entries;
    }

    /** Returns the number of phrases matched, variants included. */
    public int phrases() {
        return trie.size();
    }

    /**
     * Returns true when {@code term} as a whole is an allowlisted phrase or one of its variants, compared
     * case-insensitively on tokens ({@code "colles' fracture"}, {@code "DOPPLER"}); false for blank input. Does not
     * look inside the term: {@code "Colles"} alone is false.
     */
    public boolean isMedicalTerm(String term) {
        return term != null && !term.isBlank() && trie.contains(term.strip());
    }

    /**
     * Returns the char ranges {@code {start, end}} of allowlisted phrases in {@code text}, in order of start: at each
     * token the longest phrase starting there, skipping phrases that lie inside an earlier one (overlapping phrases
     * are all kept). A new list each call.
     */
    public List<int[]> occurrences(AnalyzedText text) {
        List<int[]> out = new ArrayList<>();
        int reach = -1;
        int n = text.tokens().size();
        for (int i = 0; i < n; i++) {
            List<TokenTrie.Match<String>> m = trie.longestAt(text, i);
            if (!m.isEmpty() && m.get(0).end() > reach) {
                out.add(new int[] {m.get(0).start(), m.get(0).end()});
                reach = m.get(0).end();
            }
        }
        return out;
    }

    /**
     * Returns true when {@code span} is a name, location or profession span lying entirely inside an occurrence of an
     * allowlisted phrase in {@code text}, covering exactly an allowlisted term, or whose every word lies inside some
     * allowlisted phrase ({@code Siemens Biograph}). Ignores the score: the ensemble
     * asks only about weak spans.
     *
     * @throws IllegalArgumentException when the span does not fit the text (the message gives lengths only)
     */
    @Override
    public boolean vetoes(AnalyzedText text, PhiSpan span) {
        if (!VETOABLE.contains(span.type())) {
            return false;
        }
        String covered = span.coveredText(text.text());
        return insidePhrase(text, span.start(), span.end()) || isMedicalTerm(covered) || everyWordMedical(text, span);
    }

    /** True when each word of the span lies inside some allowlisted phrase ({@code Siemens Biograph}). */
    private boolean everyWordMedical(AnalyzedText text, PhiSpan span) {
        boolean any = false;
        for (org.raddeid.core.text.Token t : text.tokensIn(span.start(), span.end())) {
            if (t.kind() != org.raddeid.core.text.Token.Kind.WORD) {
                continue; // punctuation and numbers (Fleischner Society 2017)
            }
            if (!insidePhrase(text, t.start(), t.end())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private boolean insidePhrase(AnalyzedText text, int start, int end) {
        int first = text.firstTokenEndingAfter(start);
        if (first >= text.tokens().size()) {
            return false;
        }
        for (int i = first; i >= 0 && i > first - maxTokens; i--) {
            List<TokenTrie.Match<String>> m = trie.longestAt(text, i);
            if (!m.isEmpty() && m.get(0).start() <= start && m.get(0).end() >= end) {
                return true;
            }
        }
        return false;
    }
}

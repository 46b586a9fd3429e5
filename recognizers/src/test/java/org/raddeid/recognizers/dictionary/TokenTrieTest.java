package org.raddeid.recognizers.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.text.AnalyzedText;

class TokenTrieTest {

    @Test
    void matchesWholeTokensCaseInsensitively() {
        TokenTrie<String> t = new TokenTrie<>();
        t.add("Hope", "name");
        AnalyzedText text = new AnalyzedText("Hopeful. HOPE and hope");
        List<TokenTrie.Match<String>> m = t.findAll(text);
        assertThat(m).extracting(x -> text.text().substring(x.start(), x.end())).containsExactly("HOPE", "hope");
    }

    @Test
    void returnsShortAndLongPhrasesAndLongestAt() {
        TokenTrie<Integer> t = new TokenTrie<>();
        t.add("New York", 1);
        t.add("New York Presbyterian Hospital", 2);
        t.add("york", 3);
        AnalyzedText text = new AnalyzedText("at New York Presbyterian Hospital today");
        assertThat(t.findAll(text)).extracting(TokenTrie.Match::value).containsExactly(1, 2, 3);
        TokenTrie.Match<Integer> longest = t.longestAt(text, 1).get(0);
        assertThat(text.text().substring(longest.start(), longest.end())).isEqualTo("New York Presbyterian Hospital");
        assertThat(t.longestAt(text, 0)).isEmpty();
        // a range lists the phrases that start in it, even when they run past its end
        assertThat(t.findAll(text, 1, 2)).extracting(TokenTrie.Match::value).containsExactly(1, 2);
        assertThat(t.findAll(text, 2, 99)).extracting(TokenTrie.Match::value).containsExactly(3);
        assertThat(t.findAll(text, 0, 1)).isEmpty();
    }

    @Test
    void punctuationIsPartOfTheKeyAndApostrophesAreNormalised() {
        TokenTrie<String> t = new TokenTrie<>();
        t.add("Hill-Sachs lesion", "x");
        t.add("Murphy's sign", "y");
        assertThat(t.findAll(new AnalyzedText("a hill-sachs LESION"))).hasSize(1);
        assertThat(t.findAll(new AnalyzedText("hill sachs lesion"))).isEmpty();
        assertThat(t.findAll(new AnalyzedText("positive Murphy\u2019s sign"))).hasSize(1);
        assertThat(t.contains("MURPHY'S SIGN")).isTrue();
        assertThat(t.contains("Murphy")).isFalse();
        assertThat(t.size()).isEqualTo(2);
    }
}

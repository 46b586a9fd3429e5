package org.raddeid.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyParserTest {

    private static final String ONE = "{\"text\":\"Okafor\",\"label\":\"DOCTOR\",\"context\":\"Dr. Okafor\"}";

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"entities\":[" + ONE + "]}",
        "```json\n{\"entities\":[" + ONE + "]}\n```",
        "Here you go: {\"entities\":[" + ONE + "]} Let me know if you need more.",
        "[" + ONE + "]",
        "{\"phi\":[" + ONE + "]}",
        "{\"entities\":[" + ONE + ",{\"label\":\"DATE\"},\"junk\"]}",
    })
    void readsOneQuoteWhateverTheWrapping(String reply) throws Exception {
        ReplyParser.Reply r = ReplyParser.parse(reply);

        assertThat(r.quotes()).containsExactly(new Quote("Okafor", "DOCTOR", "Dr. Okafor"));
        assertThat(r.truncated()).isFalse();
    }

    @Test
    void whenTheListIsCutOff_thenCompleteItemsAreKeptAndTheReplyIsMarkedTruncated() throws Exception {
        ReplyParser.Reply r = ReplyParser.parse("{\"entities\":[" + ONE + ",{\"text\":\"Ingr");

        assertThat(r.quotes()).extracting(Quote::text).containsExactly("Okafor");
        assertThat(r.truncated()).isTrue();
    }

    @Test
    void anEmptyListIsNoPhi() throws Exception {
        assertThat(ReplyParser.parse("{\"entities\":[]}").quotes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "No PHI found.", "{\"entities\":", "{\"note\":\"none\"}"})
    void whenNoListCanBeFound_thenTheReplyIsUnreadable(String reply) {
        assertThatThrownBy(() -> ReplyParser.parse(reply)).isInstanceOf(ReplyParser.UnreadableReplyException.class);
    }
}

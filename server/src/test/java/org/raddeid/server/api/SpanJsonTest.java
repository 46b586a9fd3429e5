package org.raddeid.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.Analysis;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.rewrite.DeidResult;

class SpanJsonTest {

    /** Two emoji (surrogate pairs) before the name: char offsets 4..10 are code points 2..8. */
    static final String TEXT = "\uD83D\uDE00\uD83D\uDE00Dr. Okafor and Smith";

    @Test
    void analyzedSpansCarryTheOverlappingCandidatesInCodePoints() {
        PhiSpan merged = new PhiSpan(8, 14, PhiType.NAME, PhiSubtype.DOCTOR, 0.95, "context+dictionary");
        List<PhiSpan> candidates = List.of(
                new PhiSpan(8, 14, PhiType.NAME, PhiSubtype.DOCTOR, 0.95, "context"),
                new PhiSpan(8, 14, PhiType.NAME, null, 0.6, "dictionary"),
                new PhiSpan(19, 24, PhiType.NAME, null, 0.6, "dictionary"));
        List<SpanJson> spans = SpanJson.analyzed(TEXT, new Analysis(List.of(merged), candidates, 1000));
        assertThat(spans).hasSize(1);
        SpanJson s = spans.get(0);
        assertThat(s.start()).isEqualTo(6);
        assertThat(s.end()).isEqualTo(12);
        assertThat(TEXT.codePoints().skip(s.start()).limit(s.end() - s.start())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo("Okafor");
        assertThat(s.sources()).extracting(SpanJson.Source::recognizer).containsExactly("context", "dictionary");
        assertThat(s.sources()).extracting(SpanJson.Source::detail)
                .containsExactly("cue: title 'dr'", "names dictionary");
        assertThat(s.sources()).extracting(SpanJson.Source::subtype).containsExactly("DOCTOR", null);
        assertThat(s.operator()).isNull();
    }

    @Test
    void sourcesNameTheDictionaryAndTheCueFromRaddeidsOwnLists() {
        String text = "Dictated by Zebulon Quartermaine, MD at Harmon Hospital in Boston.";
        int name = text.indexOf("Zebulon");
        int hospital = text.indexOf("Harmon");
        int city = text.indexOf("Boston");
        List<PhiSpan> candidates = List.of(
                new PhiSpan(name, name + 20, PhiType.NAME, PhiSubtype.DOCTOR, 0.9, "context"),
                new PhiSpan(hospital, hospital + 15, PhiType.LOCATION, PhiSubtype.HOSPITAL, 0.85, "dictionary"),
                new PhiSpan(city, city + 6, PhiType.LOCATION, PhiSubtype.CITY, 0.8, "dictionary"));
        List<SpanJson> spans = SpanJson.analyzed(text, new Analysis(candidates, candidates, 1000));
        assertThat(spans).extracting(sp -> sp.sources().get(0).detail())
                .containsExactly("cue: label 'dictated by'", "hospitals dictionary", "places dictionary");
        List<PhiSpan> credential = List.of(new PhiSpan(0, 11, PhiType.NAME, PhiSubtype.DOCTOR, 0.9, "context"));
        assertThat(SpanJson.analyzed("Jane Roedel, M.D. signed.", new Analysis(credential, credential, 1))
                .get(0).sources().get(0).detail()).isEqualTo("cue: credential 'm.d.' after");
    }

    @Test
    void rewrittenSpansGiveOutputOffsetsInCodePoints() {
        PhiSpan name = new PhiSpan(8, 14, PhiType.NAME, PhiSubtype.DOCTOR, 0.95, "context");
        String out = "\uD83D\uDE00\uD83D\uDE00Dr. [NAME] and Smith";
        DeidResult r = new DeidResult(out, List.of(new DeidResult.Replacement(name, 8, 14, "redact")), "safe-harbor");
        SpanJson s = SpanJson.rewritten(TEXT, r).get(0);
        assertThat(s.outStart()).isEqualTo(6);
        assertThat(s.outEnd()).isEqualTo(12);
        assertThat(s.operator()).isEqualTo("redact");
        assertThat(s.sources()).isNull();
    }
}

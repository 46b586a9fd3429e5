package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;

class RobustnessReportWritersTest {

    /** One labelled corpus in two variants, and one PHI-free corpus in the same two. */
    private static RobustnessReport sample() {
        List<RobustnessReport.LabelledRun> labelled = new ArrayList<>();
        labelled.add(new RobustnessReport.LabelledRun("gen <dev>", "original", ReportSamples.threeDocuments()));
        labelled.add(new RobustnessReport.LabelledRun("gen <dev>", "upper", ReportSamples.threeDocuments()));
        List<FlagRateReport> flags = new ArrayList<>();
        for (CaseVariant v : List.of(CaseVariant.ORIGINAL, CaseVariant.UPPER)) {
            FlagRateScorer s = new FlagRateScorer("iu.jsonl", "fast", v);
            String text = v.apply("The heart is normal. <b>Bovie</b> used.");
            s.add("r1", text, v == CaseVariant.UPPER
                    ? List.of(new PhiSpan(0, 3, PhiType.NAME, null, 0.6, "opennlp")) : List.of());
            flags.add(s.report());
        }
        return new RobustnessReport("fast", List.of("original", "upper"), labelled, flags);
    }

    @Test
    void whenRenderedAsMarkdown_thenEachVariantHasARowAndTheFlagRateTable() {
        String md = RobustnessMarkdown.render(sample());
        assertThat(md).contains("| original | 62.5% | 83.3% | 57.1% | 2 |")
                .contains("| upper | 62.5% | 83.3% | 57.1% | 2 |")
                .contains("| NAME | 3 | 40.0% | 40.0% |")
                .contains("| `iu.jsonl` | 1 | 8 | 0.00 (0) | 125.00 (1) |")
                .contains("- `iu.jsonl`, upper: `the` 1");
    }

    @Test
    void whenWrittenAsJson_thenEveryVariantAndRateIsThere() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReportWriter.toJson(sample()));
        assertThat(json.get("variants")).hasSize(2);
        assertThat(json.get("labelled").get(1).get("variant").asText()).isEqualTo("upper");
        assertThat(json.get("labelled").get(1).get("report").get("token").get("recall").asDouble()).isEqualTo(0.625);
        assertThat(json.get("unlabelled").get(1).get("flaggedPerThousand").asDouble()).isEqualTo(125.0);
        assertThat(json.get("unlabelled").get(1).get("topWords").get(0).get("word").asText()).isEqualTo("the");
    }

    @Test
    void whenRenderedAsHtml_thenTextIsEscapedAndTheMarkupIsWellFormed() throws Exception {
        String html = RobustnessHtml.render(sample());
        assertThat(html).doesNotContain("<B>BOVIE").contains("&lt;B&gt;BOVIE").contains("gen &lt;dev&gt;")
                .contains("<mark class=\"fp\">THE</mark>");
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(html.replace("<!DOCTYPE html>", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}

package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raddeid.evaluation.Fixtures.doc;
import static org.raddeid.evaluation.Fixtures.score;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class HtmlReportWriterTest {

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void whenRendered_thenThePageIsWellFormedMarkup() throws Exception {
        Document d = parse(HtmlReportWriter.render(ReportSamples.threeDocuments()));

        assertThat(d.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(d.getElementsByTagName("table").getLength()).isGreaterThanOrEqualTo(5);
        assertThat(d.getElementsByTagName("svg").getLength()).as("per type and per origin").isEqualTo(2);
    }

    @Test
    void whenRendered_thenHeadlineShowsTheRecallAndLeaks() {
        String html = HtmlReportWriter.render(ReportSamples.threeDocuments());

        // 5 of 8 = 62.5%; precision 5/6 = 83.33% shown rounded down.
        assertThat(html).contains("<div class=\"card main\"><div class=\"value\">62.5%</div>");
        assertThat(html).contains("83.3%");
        assertThat(html).contains("caught 5 of 8 PHI tokens");
        assertThat(html).contains("documents with a leak");
    }

    @Test
    void whenCorpusTextHoldsMarkup_thenItIsEscaped() {
        String html = HtmlReportWriter.render(ReportSamples.threeDocuments());

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<b>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("corpus &lt;b&gt;").contains("ensemble &amp; co");
    }

    @Test
    void whenRendered_thenThePageIsSelfContained() {
        String html = HtmlReportWriter.render(ReportSamples.threeDocuments());

        assertThat(html).doesNotContain(" src=").doesNotContain(" href=").doesNotContain("@import")
                .doesNotContain("https://");
    }

    @Test
    void whenMissesAreListed_thenTheMissedTextIsMarkedInItsContext() {
        String html = HtmlReportWriter.render(ReportSamples.threeDocuments());

        assertThat(html).contains("Ana Lopez and <mark class=\"miss\">Wei Chen</mark> &lt;script&gt;");
        assertThat(html).contains("No <mark class=\"fp\">acute</mark> findings.");
    }

    @Test
    void whenNothingToDivideBy_thenRatiosShowNotApplicableAndChartsAreReplacedByANote() throws Exception {
        String html = HtmlReportWriter.render(score(doc("e", "")));

        parse(html);
        assertThat(html).contains("<div class=\"value\">n/a</div><div class=\"label\">token recall</div>");
        assertThat(html).doesNotContain("<svg");
        assertThat(html).contains("Nothing to chart");
    }

    @Test
    void whenWritten_thenTheFileHoldsThePage(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("report.html");
        HtmlReportWriter.write(ReportSamples.threeDocuments(), target);

        assertThat(Files.readString(target)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    }
}

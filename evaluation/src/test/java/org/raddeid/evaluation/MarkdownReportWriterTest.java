package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

    @Test
    void whenTableIsRendered_thenRowsHoldTheHandCountedFigures() {
        String table = MarkdownReportWriter.typeTable(ReportSamples.threeDocuments());

        // NAME: gold Ana Lopez, Wei Chen, John = 3; tokens 2 of 5 caught = 40.0%; flagged Ana, Lopez, acute:
        // 2/3 = 66.7% (rounded); strict tp 1 fp 1 fn 2 -> P 1/2 R 1/3 F1 0.4; overlap tp 1 fn 2, found 1/2.
        // DATE: all perfect. all: support 4; recall 5/8 = 62.5%; precision 5/6 = 83.3%; strict P 2/3 R 2/4 -> 57.1%;
        // overlap P 2/3 R 2/4 -> 57.1% (F1 4/7).
        assertThat(table).isEqualTo("""
                | type | support | token recall | token precision | strict F1 | overlap F1 |
                |---|---:|---:|---:|---:|---:|
                | NAME | 3 | 40.0% | 66.7% | 40.0% | 40.0% |
                | DATE | 1 | 100.0% | 100.0% | 100.0% | 100.0% |
                | **all** | 4 | 62.5% | 83.3% | 57.1% | 57.1% |
                """);
    }

    @Test
    void whenRendered_thenTheHeadlineLineComesFirst() {
        String md = MarkdownReportWriter.render(ReportSamples.threeDocuments());

        assertThat(md).startsWith("Token recall **62.5%**, token precision 83.3%, entity strict F1 57.1%; "
                + "documents with a leak: 2 of 3 (corpus `corpus <b>`, ensemble `ensemble & co`).\n\n| type |");
    }
}

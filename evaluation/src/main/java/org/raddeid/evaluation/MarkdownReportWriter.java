package org.raddeid.evaluation;

import org.raddeid.core.io.AtomicOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the compact Markdown summary of an {@link EvaluationReport} meant for docs and release notes: one line of
 * headline figures and a table per type ({@code type | support | token recall | token precision | strict F1 |
 * overlap F1}) ending with an "all" row. Percentages are rounded down; "n/a" marks a zero denominator. Stateless and
 * thread-safe.
 */
public final class MarkdownReportWriter {

    private MarkdownReportWriter() {
    }

    /** Returns the headline line, a blank line and the per-type table. */
    public static String render(EvaluationReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("Token recall **").append(Percent.format(report.token().recall())).append("**, token precision ")
                .append(Percent.format(report.token().precision())).append(", entity strict F1 ")
                .append(Percent.format(report.entity().strict().f1())).append("; documents with a leak: ")
                .append(report.docsWithLeak()).append(" of ").append(report.docs());
        if (report.corpus() != null || report.ensemble() != null) {
            sb.append(" (");
            if (report.corpus() != null) {
                sb.append("corpus `").append(code(report.corpus())).append('`');
            }
            if (report.ensemble() != null) {
                sb.append(report.corpus() != null ? ", " : "").append("ensemble `").append(code(report.ensemble()))
                        .append('`');
            }
            sb.append(')');
        }
        sb.append(".\n\n").append(typeTable(report));
        if (!report.perOrigin().isEmpty()) {
            sb.append('\n').append(originTable(report));
        }
        return sb.toString();
    }

    /** Returns the name recall per name-origin group (precision has no origin: found spans carry none). */
    public static String originTable(EvaluationReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("| name origin | names | token recall | entity recall (strict) |\n");
        sb.append("|---|---:|---:|---:|\n");
        for (Map.Entry<String, GroupScore> e : report.perOrigin().entrySet()) {
            GroupScore g = e.getValue();
            EntityScore st = g.entityStrict();
            Double entityRecall = st.tp() + st.fn() == 0 ? null : (double) st.tp() / (st.tp() + st.fn());
            sb.append("| ").append(cell(e.getKey())).append(" | ").append(g.support()).append(" | ")
                    .append(Percent.format(g.tokenRecall())).append(" | ").append(Percent.format(entityRecall))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** Returns the per-type table alone, with a final "all" row. */
    public static String typeTable(EvaluationReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("| type | support | token recall | token precision | strict F1 | overlap F1 |\n");
        sb.append("|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, GroupScore> e : report.perType().entrySet()) {
            GroupScore g = e.getValue();
            row(sb, cell(e.getKey()), g.support(), g.tokenRecall(), g.tokenPrecision(), g.entityStrict().f1(),
                    g.entityOverlap().f1());
        }
        EntityScore strict = report.entity().strict();
        row(sb, "**all**", strict.tp() + strict.fn(), report.token().recall(), report.token().precision(),
                strict.f1(), report.entity().overlap().f1());
        return sb.toString();
    }

    /**
     * Writes {@link #render} to {@code path} atomically, replacing any file there.
     *
     * @throws IOException when the file cannot be written; the target is then left as it was
     */
    public static void write(EvaluationReport report, Path path) throws IOException {
        AtomicOutput.writeString(path, render(report));
    }

    private static void row(StringBuilder sb, String label, long support, Double recall, Double precision,
            Double strictF1, Double overlapF1) {
        sb.append("| ").append(label).append(" | ").append(support).append(" | ").append(Percent.format(recall))
                .append(" | ").append(Percent.format(precision)).append(" | ").append(Percent.format(strictF1))
                .append(" | ").append(Percent.format(overlapF1)).append(" |\n");
    }

    /** Keeps a label from breaking the table: pipes escaped, line breaks flattened. */
    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
    }

    private static String code(String s) {
        return s.replace("`", "'").replaceAll("[\\r\\n]+", " ");
    }
}

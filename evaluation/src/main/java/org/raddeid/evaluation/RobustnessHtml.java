package org.raddeid.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.raddeid.core.io.AtomicOutput;

/**
 * Writes a {@link RobustnessReport} as one self-contained HTML page (the CSS of {@link HtmlReportWriter}, no scripts,
 * no external resources): the variant tables of each labelled corpus with its misses per variant, and the flag rates
 * on PHI-free text with the most frequent flagged words and the flagged spans in context. Every piece of text is
 * escaped. Stateless and thread-safe.
 */
public final class RobustnessHtml {

    /** How many misses and flagged spans the page lists per corpus and variant. */
    static final int LISTED = 50;

    private RobustnessHtml() {
    }

    /** Returns the page. */
    public static String render(RobustnessReport r) {
        StringBuilder sb = new StringBuilder(32_768);
        String ensemble = r.ensemble() == null ? "\u2014" : r.ensemble();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>raddeid robustness \u2013 ").append(Html.escape(ensemble)).append("</title>\n<style>\n")
                .append(HtmlReportWriter.CSS).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>Robustness to case</h1>\n<p class=\"meta\">Ensemble <code>").append(Html.escape(ensemble))
                .append("</code> \u00b7 variants ").append(Html.escape(String.join(", ", r.variants())))
                .append("</p>\n</header>\n<main>\n");
        for (Map.Entry<String, List<RobustnessReport.LabelledRun>> e
                : RobustnessMarkdown.byCorpus(r.labelled()).entrySet()) {
            labelled(sb, e.getKey(), e.getValue());
        }
        if (!r.unlabelled().isEmpty()) {
            unlabelled(sb, r.variants(), r.unlabelled());
        }
        sb.append("</main>\n<footer>Written by raddeid. Variants change only the case of each character, so every ")
                .append("offset holds. Offsets are Unicode code points. Percentages are rounded down.</footer>\n")
                .append("</body>\n</html>\n");
        return sb.toString();
    }

    /**
     * Writes {@link #render} to {@code path} atomically, replacing any file there.
     *
     * @throws IOException when the file cannot be written; the target is then left as it was
     */
    public static void write(RobustnessReport report, Path path) throws IOException {
        AtomicOutput.writeString(path, render(report));
    }

    private static void labelled(StringBuilder sb, String corpus, List<RobustnessReport.LabelledRun> runs) {
        sb.append("<section>\n<h2>Labelled corpus <code>").append(Html.escape(corpus)).append("</code></h2>\n")
                .append("<div class=\"scroll\"><table>\n<caption>Scores per variant</caption>\n<thead><tr>")
                .append("<th scope=\"col\">variant</th>").append(th("token recall")).append(th("token precision"))
                .append(th("entity strict F1")).append(th("entity overlap F1")).append(th("documents with a leak"))
                .append("</tr></thead>\n<tbody>\n");
        for (RobustnessReport.LabelledRun run : runs) {
            EvaluationReport rep = run.report();
            sb.append("<tr><th scope=\"row\">").append(Html.escape(run.variant())).append("</th>")
                    .append(td(Percent.format(rep.token().recall()))).append(td(Percent.format(rep.token().precision())))
                    .append(td(Percent.format(rep.entity().strict().f1())))
                    .append(td(Percent.format(rep.entity().overlap().f1()))).append(td(rep.docsWithLeak() + " of "
                            + rep.docs())).append("</tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n");
        for (RobustnessReport.LabelledRun run : runs) {
            sb.append("<h3>").append(Html.escape(run.variant())).append("</h3>\n")
                    .append(HtmlTables.groups("Per type, " + run.variant(), "type", run.report().perType(), false))
                    .append(HtmlTables.misses(limit(run.report().misses()), run.report().missesTotal()));
        }
        sb.append("</section>\n");
    }

    private static void unlabelled(StringBuilder sb, List<String> variants, List<FlagRateReport> reports) {
        sb.append("<section>\n<h2>PHI-free text: flagged tokens per 1,000</h2>\n<div class=\"scroll\"><table>\n")
                .append("<caption>Every flagged token is a false positive, unless the text was not PHI-free after ")
                .append("all</caption>\n<thead><tr><th scope=\"col\">corpus</th>").append(th("documents"))
                .append(th("tokens"));
        variants.forEach(v -> sb.append(th(v)));
        sb.append("</tr></thead>\n<tbody>\n");
        Map<String, List<FlagRateReport>> byCorpus = new LinkedHashMap<>();
        reports.forEach(f -> byCorpus.computeIfAbsent(String.valueOf(f.corpus()), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<FlagRateReport>> e : byCorpus.entrySet()) {
            FlagRateReport first = e.getValue().get(0);
            sb.append("<tr><th scope=\"row\">").append(Html.escape(e.getKey())).append("</th>")
                    .append(td(Long.toString(first.docs()))).append(td(String.format(Locale.ROOT, "%,d",
                            first.tokens())));
            e.getValue().forEach(f -> sb.append(td(RobustnessMarkdown.perThousand(f.flaggedPerThousand()) + " ("
                    + f.flaggedTokens() + ")")));
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n");
        for (FlagRateReport f : reports) {
            sb.append("<h3><code>").append(Html.escape(String.valueOf(f.corpus()))).append("</code>, ")
                    .append(Html.escape(f.variant())).append("</h3>\n<p>Most frequent flagged words: ");
            if (f.topWords().isEmpty()) {
                sb.append("none");
            }
            for (int i = 0; i < f.topWords().size(); i++) {
                FlagRateReport.FlaggedWord w = f.topWords().get(i);
                sb.append(i == 0 ? "" : ", ").append("<code>").append(Html.escape(w.word())).append("</code> ")
                        .append(w.count());
            }
            sb.append("</p>\n").append(HtmlTables.falsePositives(limit(f.flagged()), f.spans()));
        }
        sb.append("</section>\n");
    }

    private static <T> List<T> limit(List<T> list) {
        return list.size() <= LISTED ? list : list.subList(0, LISTED);
    }

    private static String th(String label) {
        return "<th scope=\"col\" class=\"num\">" + Html.escape(label) + "</th>";
    }

    private static String td(String value) {
        return "<td class=\"num\">" + Html.escape(value) + "</td>";
    }
}

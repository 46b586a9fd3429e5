package org.raddeid.evaluation;

import org.raddeid.core.io.AtomicOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Writes an {@link EvaluationReport} as one self-contained HTML page: inline CSS, inline SVG charts drawn here, no
 * scripts and no external resources, so it opens offline, works without JavaScript and prints. Headline figures
 * first (token recall largest), then charts of token recall per type and per name origin, the group tables, speed,
 * and the misses and false positives with their text marked in context. Every piece of text is escaped; the markup is
 * also well-formed XML. Stateless and thread-safe.
 */
public final class HtmlReportWriter {

    static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b;
              background: #ffffff; margin: 0 auto; max-width: 1180px; padding: 1.5rem 1.5rem 3rem; line-height: 1.45; }
            h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
            h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; border-bottom: 2px solid #d8dee8; padding-bottom: .2rem; }
            .meta { color: #4a4a4a; margin: 0; }
            code { background: #f1f3f6; padding: 0 .25rem; border-radius: 3px; }
            .headline { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: 1.25rem; }
            .card { border: 1px solid #cfd6e0; border-radius: 8px; padding: .8rem 1.1rem; min-width: 10rem; }
            .card .value { font-size: 2rem; font-weight: 700; color: #123c73; }
            .card.main { border: 2px solid #123c73; background: #f3f7fc; }
            .card.main .value { font-size: 3.4rem; line-height: 1.1; }
            .card.leak .value { color: #9b1c1c; }
            .card .label { font-weight: 600; }
            .card .sub { color: #4a4a4a; font-size: .9rem; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
            caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
            th, td { border: 1px solid #d8dee8; padding: .3rem .55rem; text-align: left; vertical-align: top; }
            thead th { background: #eef2f7; }
            tbody tr:nth-child(even) { background: #f8fafc; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .na { color: #6b6b6b; }
            .ctx { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem;
              min-width: 28rem; }
            mark.miss { background: #ffd6d6; color: #5c0000; font-weight: 700; outline: 1px solid #c53030; }
            mark.fp { background: #fff1b8; color: #4d3b00; font-weight: 700; outline: 1px solid #b7791f; }
            .empty { color: #4a4a4a; font-style: italic; }
            .chart .grid { stroke: #d8dee8; stroke-width: 1; }
            .chart .axis { fill: #4a4a4a; font-size: 11px; }
            .chart .label { fill: #1b1b1b; font-size: 13px; }
            .chart .value { fill: #1b1b1b; font-size: 12px; font-weight: 600; }
            .chart .bar { fill: #2b6cb0; }
            dl dt { font-weight: 600; margin-top: .5rem; }
            dl dd { margin-left: 1rem; }
            footer { margin-top: 3rem; color: #6b6b6b; font-size: .85rem; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              .scroll { overflow: visible; }
              .card.main { background: none; }
              tr, .card, svg { break-inside: avoid; }
              h2 { break-after: avoid; }
            }
            """;

    private HtmlReportWriter() {
    }

    /** Returns the page. */
    public static String render(EvaluationReport r) {
        StringBuilder sb = new StringBuilder(32_768);
        String title = "raddeid evaluation" + (r.corpus() == null ? "" : " \u2013 " + r.corpus());
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>De-identification evaluation</h1>\n")
                .append("<p class=\"meta\">Corpus <code>").append(Html.escape(orDash(r.corpus())))
                .append("</code> \u00b7 detector <code>").append(Html.escape(orDash(r.ensemble())))
                .append("</code> \u00b7 ").append(r.docs()).append(r.docs() == 1 ? " document" : " documents")
                .append("</p>\n</header>\n<main>\n");
        headline(sb, r);
        sb.append("<section>\n<h2>Token recall per type</h2>\n");
        chart(sb, "chart-type", "Token recall per PHI type", r.perType().isEmpty(),
                () -> SvgBarChart.render("chart-type", "Token recall per PHI type", r.perType(),
                        GroupScore::phiTokens, GroupScore::tokenRecall));
        sb.append("</section>\n<section>\n<h2>Token recall per name origin</h2>\n");
        chart(sb, "chart-origin", "Token recall per name origin", r.perOrigin().isEmpty(),
                () -> SvgBarChart.render("chart-origin", "Token recall per name origin", r.perOrigin(),
                        GroupScore::phiTokens, GroupScore::tokenRecall));
        sb.append("</section>\n<section>\n<h2>Scores per type</h2>\n")
                .append(HtmlTables.groups("Per type", "type", r.perType(), false))
                .append("</section>\n<section>\n<h2>Scores per subtype</h2>\n")
                .append(HtmlTables.groups("Per subtype", "subtype", r.perSubtype(), false))
                .append("</section>\n<section>\n<h2>Scores per name origin</h2>\n")
                .append(HtmlTables.groups("Per name origin", "origin", r.perOrigin(), true))
                .append("</section>\n<section>\n<h2>Misses</h2>\n")
                .append(HtmlTables.misses(r.misses(), r.missesTotal()))
                .append("</section>\n<section>\n<h2>False positives</h2>\n")
                .append(HtmlTables.falsePositives(r.falsePositives(), r.falsePositivesTotal()))
                .append("</section>\n<section>\n<h2>Speed</h2>\n").append(HtmlTables.throughput(r.throughput()))
                .append("</section>\n");
        definitions(sb);
        sb.append("</main>\n<footer>Written by raddeid. Offsets are Unicode code points. Percentages are rounded ")
                .append("down; n/a means there was nothing to divide by.</footer>\n</body>\n</html>\n");
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

    private static void headline(StringBuilder sb, EvaluationReport r) {
        TokenScores t = r.token();
        sb.append("<section class=\"headline\" aria-label=\"headline figures\">\n");
        card(sb, "card main", Percent.format(t.recall()), "token recall",
                "caught " + t.caught() + " of " + t.phiTokens() + " PHI tokens");
        card(sb, "card", Percent.format(t.precision()), "token precision",
                t.flaggedCorrect() + " of " + t.flagged() + " flagged tokens are PHI");
        EntityScore strict = r.entity().strict();
        card(sb, "card", Percent.format(strict.f1()), "entity F1, strict",
                "recall " + Percent.format(strict.recall()) + ", precision " + Percent.format(strict.precision()));
        EntityScore overlap = r.entity().overlap();
        card(sb, "card", Percent.format(overlap.f1()), "entity F1, overlap",
                "recall " + Percent.format(overlap.recall()) + ", precision " + Percent.format(overlap.precision()));
        card(sb, "card leak", Long.toString(r.docsWithLeak()), "documents with a leak",
                "of " + r.docs() + " (" + Percent.format(Ratios.of(r.docsWithLeak(), r.docs())) + ")");
        sb.append("</section>\n");
    }

    private static void card(StringBuilder sb, String cls, String value, String label, String sub) {
        sb.append("<div class=\"").append(cls).append("\"><div class=\"value\">").append(Html.escape(value))
                .append("</div><div class=\"label\">").append(Html.escape(label)).append("</div><div class=\"sub\">")
                .append(Html.escape(sub)).append("</div></div>\n");
    }

    private static void chart(StringBuilder sb, String id, String title, boolean empty,
            Supplier<String> svg) {
        if (empty) {
            sb.append("<p class=\"empty\" id=\"").append(id).append("\">Nothing to chart: no ")
                    .append(Html.escape(title.substring(title.indexOf("per ") + 4))).append(" in this corpus.</p>\n");
        } else {
            sb.append("<figure>\n").append(svg.get()).append("</figure>\n");
        }
    }

    private static void definitions(StringBuilder sb) {
        sb.append("""
                <section>
                <h2>How to read this</h2>
                <dl>
                <dt>Token recall (type-blind)</dt>
                <dd>Letters-and-digits tokens that overlap a gold label are PHI tokens. One is caught only when every \
                one of its characters inside the gold label is covered by a found span, of any type. A span covering \
                half a token leaves it uncaught: that half is a leak.</dd>
                <dt>Token precision</dt>
                <dd>Of the tokens touched by a found span, the share that are PHI tokens. Typed precision also asks \
                that the found type be one of the gold types on that token.</dd>
                <dt>Entity, strict</dt>
                <dd>A gold label and a found span match when start, end and type are all the same.</dd>
                <dt>Entity, overlap</dt>
                <dd>A gold label and a found span match when they share a character, whatever their types.</dd>
                <dt>Document with a leak</dt>
                <dd>A document where at least one PHI token was not caught.</dd>
                <dt>Miss</dt>
                <dd>A gold label with a letter or digit that no found span covers.</dd>
                <dt>False positive</dt>
                <dd>A found span that overlaps no gold label.</dd>
                </dl>
                </section>
                """);
    }

    private static String orDash(String s) {
        return s == null ? "\u2014" : s;
    }
}

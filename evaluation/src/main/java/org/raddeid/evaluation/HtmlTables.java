package org.raddeid.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tables of the HTML report: group scores, throughput, misses and false positives. Stateless. */
final class HtmlTables {

    private HtmlTables() {
    }

    /**
     * Returns a table of group scores; {@code recallOnly} leaves out the precision columns (for name origins, which
     * found spans do not carry).
     */
    static String groups(String caption, String keyHeader, Map<String, GroupScore> groups, boolean recallOnly) {
        if (groups.isEmpty()) {
            return "<p class=\"empty\">No " + Html.escape(caption.toLowerCase(Locale.ROOT)) + " in this corpus.</p>\n";
        }
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table>\n<caption>").append(Html.escape(caption))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(Html.escape(keyHeader))
                .append("</th><th scope=\"col\" class=\"num\">support</th><th scope=\"col\" class=\"num\">PHI tokens")
                .append("</th><th scope=\"col\" class=\"num\">caught</th>").append(th("token recall"));
        if (!recallOnly) {
            sb.append(th("flagged")).append(th("token precision")).append(th("typed precision"))
                    .append(th("strict P")).append(th("strict R")).append(th("strict F1"))
                    .append(th("overlap P")).append(th("overlap R")).append(th("overlap F1"));
        } else {
            sb.append(th("strict R")).append(th("overlap R"));
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Map.Entry<String, GroupScore> e : groups.entrySet()) {
            GroupScore g = e.getValue();
            sb.append("<tr><th scope=\"row\">").append(Html.escape(e.getKey())).append("</th>")
                    .append(td(g.support())).append(td(g.phiTokens())).append(td(g.caught()))
                    .append(td(g.tokenRecall()));
            if (!recallOnly) {
                sb.append(td(g.flagged())).append(td(g.tokenPrecision())).append(td(g.tokenPrecisionTyped()))
                        .append(td(g.entityStrict().precision())).append(td(g.entityStrict().recall()))
                        .append(td(g.entityStrict().f1())).append(td(g.entityOverlap().precision()))
                        .append(td(g.entityOverlap().recall())).append(td(g.entityOverlap().f1()));
            } else {
                sb.append(td(g.entityStrict().recall())).append(td(g.entityOverlap().recall()));
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table></div>\n").toString();
    }

    /** Returns the throughput table. */
    static String throughput(Throughput t) {
        return "<table class=\"narrow\">\n<tbody>\n"
                + kv("documents", Long.toString(t.docs()))
                + kv("characters (code points)", Long.toString(t.chars()))
                + kv("detector time", seconds(t.seconds()))
                + kv("reports per second (detector)", rate(t.reportsPerSecond()))
                + kv("characters per second (detector)", rate(t.charsPerSecond()))
                + kv("wall time", seconds(t.wallSeconds()))
                + kv("reports per second (wall)", rate(t.wallReportsPerSecond()))
                + "</tbody>\n</table>\n";
    }

    /** Returns the misses, each with the missed text marked in its context. */
    static String misses(List<Miss> misses, long total) {
        StringBuilder sb = new StringBuilder(shown(misses.size(), total, "miss", "misses"));
        if (misses.isEmpty()) {
            return sb.toString();
        }
        sb.append("<div class=\"scroll\"><table class=\"list\">\n<thead><tr><th scope=\"col\">document</th>")
                .append("<th scope=\"col\" class=\"num\">code points</th><th scope=\"col\">type</th>")
                .append("<th scope=\"col\">subtype</th><th scope=\"col\">origin</th><th scope=\"col\">found</th>")
                .append("<th scope=\"col\">in context</th></tr></thead>\n<tbody>\n");
        for (Miss m : misses) {
            sb.append("<tr><td>").append(Html.escape(m.docId())).append("</td><td class=\"num\">").append(m.start())
                    .append("&#8211;").append(m.end()).append("</td><td>").append(Html.escape(m.type()))
                    .append("</td><td>").append(Html.escape(dash(m.subtype()))).append("</td><td>")
                    .append(Html.escape(dash(m.origin()))).append("</td><td>")
                    .append(m.partlyFound() ? "partly" : "no").append("</td>")
                    .append(context(m.before(), m.text(), m.after(), "miss")).append("</tr>\n");
        }
        return sb.append("</tbody>\n</table></div>\n").toString();
    }

    /** Returns the false positives, each with the flagged text marked in its context. */
    static String falsePositives(List<FalsePositive> fps, long total) {
        StringBuilder sb = new StringBuilder(shown(fps.size(), total, "false positive", "false positives"));
        if (fps.isEmpty()) {
            return sb.toString();
        }
        sb.append("<div class=\"scroll\"><table class=\"list\">\n<thead><tr><th scope=\"col\">document</th>")
                .append("<th scope=\"col\" class=\"num\">code points</th><th scope=\"col\">type</th>")
                .append("<th scope=\"col\">subtype</th><th scope=\"col\">recognizer</th>")
                .append("<th scope=\"col\" class=\"num\">score</th><th scope=\"col\">in context</th></tr></thead>\n")
                .append("<tbody>\n");
        for (FalsePositive f : fps) {
            sb.append("<tr><td>").append(Html.escape(f.docId())).append("</td><td class=\"num\">").append(f.start())
                    .append("&#8211;").append(f.end()).append("</td><td>").append(Html.escape(f.type()))
                    .append("</td><td>").append(Html.escape(dash(f.subtype()))).append("</td><td>")
                    .append(Html.escape(f.recognizer())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.2f", f.score())).append("</td>")
                    .append(context(f.before(), f.text(), f.after(), "fp")).append("</tr>\n");
        }
        return sb.append("</tbody>\n</table></div>\n").toString();
    }

    private static String shown(int listed, long total, String one, String many) {
        if (total == 0) {
            return "<p class=\"empty\">No " + many + ".</p>\n";
        }
        return "<p>" + total + " " + (total == 1 ? one : many)
                + (listed < total ? "; the first " + listed + " are listed." : ".") + "</p>\n";
    }

    private static String context(String before, String text, String after, String markClass) {
        return "<td class=\"ctx\">" + Html.escapeInline(before) + "<mark class=\"" + markClass + "\">"
                + Html.escapeInline(text) + "</mark>" + Html.escapeInline(after) + "</td>";
    }

    private static String th(String label) {
        return "<th scope=\"col\" class=\"num\">" + Html.escape(label) + "</th>";
    }

    private static String td(long n) {
        return "<td class=\"num\">" + n + "</td>";
    }

    private static String td(Double ratio) {
        return ratio == null ? "<td class=\"num na\">n/a</td>" : "<td class=\"num\">" + Percent.format(ratio) + "</td>";
    }

    private static String kv(String key, String value) {
        return "<tr><th scope=\"row\">" + Html.escape(key) + "</th><td class=\"num\">" + Html.escape(value)
                + "</td></tr>\n";
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f s", s);
    }

    private static String rate(Double r) {
        return r == null ? Percent.NOT_APPLICABLE : String.format(Locale.ROOT, "%,.1f", r);
    }

    private static String dash(String s) {
        return s == null ? "\u2014" : s;
    }
}

package org.raddeid.recognizers.peer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders peer-vector results as Markdown: a table per peer and entity, the deliberate differences by reason, then
 * every failure with its (public, synthetic) peer test input.
 */
final class PeerVectorsReport {

    private PeerVectorsReport() {
    }

    static String markdown(List<PeerVectorsTest.Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| peer | entity | vectors | passed | deliberate difference | deliberate, now passing | failed |"
                + " pass rate (excl. deliberate) |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        int[] total = new int[4];
        for (Map.Entry<String, int[]> e : PeerVectorsTest.tally(results).entrySet()) {
            int[] c = e.getValue();
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
            row(sb, e.getKey(), c);
        }
        row(sb, "**all** | ", total);
        sb.append("\n## Deliberate differences by reason\n\n| reason | vectors |\n|---|---:|\n");
        Map<String, Integer> reasons = new TreeMap<>();
        for (PeerVectorsTest.Result r : results) {
            if (!r.reason().isEmpty()) {
                reasons.merge(r.reason(), 1, Integer::sum);
            }
        }
        reasons.forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        sb.append("\n## Listed as deliberate but passing (tighten the rule)\n\n");
        list(sb, results, PeerVectorsTest.Outcome.DELIBERATE_NOW_PASSING);
        sb.append("\n## Failures\n\n");
        list(sb, results, PeerVectorsTest.Outcome.FAILED);
        return sb.toString();
    }

    private static void list(StringBuilder sb, List<PeerVectorsTest.Result> results, PeerVectorsTest.Outcome o) {
        results.stream().filter(r -> r.outcome() == o)
                .forEach(r -> sb.append("- ").append(r.vector().id()).append(' ').append(r.vector().entity())
                        .append(' ').append(r.vector().test()).append(" `")
                        .append(r.vector().text().replace("\n", "\\n").replace("\r", "\\r")).append("` ")
                        .append(r.vector().negative() ? "(negative)" : "").append('\n'));
    }

    private static void row(StringBuilder sb, String key, int[] c) {
        int n = c[0] + c[1] + c[2] + c[3];
        int judged = c[0] + c[2] + c[3];
        String rate = judged == 0 ? "n/a" : String.format("%.1f%%", 100.0 * (c[0] + c[2]) / judged);
        sb.append("| ").append(key).append(" | ").append(n).append(" | ").append(c[0]).append(" | ").append(c[1])
                .append(" | ").append(c[2]).append(" | ").append(c[3]).append(" | ").append(rate).append(" |\n");
    }
}

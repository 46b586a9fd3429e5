package org.raddeid.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Draws a horizontal bar chart of ratios (0 to 1) as inline SVG, one labelled bar per group with its value; a null
 * ratio is written "n/a" with no bar. No scripts, no external resources. Stateless.
 */
final class SvgBarChart {

    /** Room for the value text right of a full bar. */
    private static final int RIGHT_MARGIN = 80;
    /** Generous advance of one label character at the 13px label font (capitals are wide), in pixels. */
    private static final double CHAR_WIDTH = 8.0;
    private static final int MIN_LABEL_WIDTH = 120;
    private static final int BAR_AREA = 400;
    private static final int ROW = 26;
    private static final int TOP = 24;

    private SvgBarChart() {
    }

    /**
     * Returns the chart.
     *
     * @param id a unique element id for the chart's title
     * @param title the chart's accessible title
     * @param rows the groups, in display order
     * @param size the group's number of PHI tokens, shown beside its label
     * @param ratio the value to draw
     */
    static String render(String id, String title, Map<String, GroupScore> rows,
            ToLongFunction<GroupScore> size, Function<GroupScore, Double> ratio) {
        int height = TOP + rows.size() * ROW + 8;
        // The label column grows with the longest label, so names such as CONTINENTAL_EUROPEAN are not clipped.
        int longest = rows.entrySet().stream()
                .mapToInt(e -> label(e.getKey(), size.applyAsLong(e.getValue())).length()).max().orElse(0);
        final int labelWidth = Math.max(MIN_LABEL_WIDTH, (int) Math.ceil(longest * CHAR_WIDTH) + 16);
        final int width = labelWidth + BAR_AREA + RIGHT_MARGIN;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"").append(Html.escape(id)).append("\">\n");
        sb.append("<title id=\"").append(Html.escape(id)).append("\">").append(Html.escape(title)).append("</title>\n");
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = labelWidth + BAR_AREA * pct / 100.0;
            sb.append("<line class=\"grid\" x1=\"").append(num(x)).append("\" y1=\"").append(TOP - 4)
                    .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(height - 6).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(num(x)).append("\" y=\"").append(TOP - 8)
                    .append("\" text-anchor=\"middle\">").append(pct).append("%</text>\n");
        }
        int y = TOP;
        for (Map.Entry<String, GroupScore> e : rows.entrySet()) {
            Double v = ratio.apply(e.getValue());
            String label = label(e.getKey(), size.applyAsLong(e.getValue()));
            sb.append("<g>");
            sb.append("<title>").append(Html.escape(e.getKey())).append(": ").append(Percent.format(v))
                    .append("</title>");
            sb.append("<text class=\"label\" x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\">").append(Html.escape(label)).append("</text>");
            double w = v == null ? 0 : BAR_AREA * Math.max(0, Math.min(1, v));
            if (v != null) {
                sb.append("<rect class=\"bar\" x=\"").append(labelWidth).append("\" y=\"").append(y + 4)
                        .append("\" width=\"").append(num(w)).append("\" height=\"").append(ROW - 8)
                        .append("\"/>");
            }
            sb.append("<text class=\"value\" x=\"").append(num(labelWidth + w + 6)).append("\" y=\"")
                    .append(y + 17).append("\">").append(Percent.format(v)).append("</text>");
            sb.append("</g>\n");
            y += ROW;
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static String label(String group, long tokens) {
        return group + " (" + tokens + " tokens)";
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}

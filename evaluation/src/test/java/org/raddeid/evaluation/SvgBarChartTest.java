package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgBarChartTest {

    private static GroupScore group(long tokens, double recall) {
        return new GroupScore(1, tokens, Math.round(tokens * recall), recall, 0, 0, null, null, null, null);
    }

    private static double firstBarX(String svg) {
        Matcher m = Pattern.compile("<rect class=\"bar\" x=\"(\\d+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void whenLabelsAreLong_thenTheLabelColumnWidensSoNoneIsClipped() {
        Map<String, GroupScore> shortRows = new LinkedHashMap<>();
        shortRows.put("AGE", group(10, 0.5));
        Map<String, GroupScore> longRows = new LinkedHashMap<>(shortRows);
        longRows.put("CONTINENTAL_EUROPEAN", group(135, 0.5));
        String narrow = SvgBarChart.render("a", "t", shortRows, GroupScore::phiTokens, GroupScore::tokenRecall);
        String wide = SvgBarChart.render("b", "t", longRows, GroupScore::phiTokens, GroupScore::tokenRecall);
        // "CONTINENTAL_EUROPEAN (135 tokens)" is 33 characters; at 13px capitals need about 8px each.
        assertThat(firstBarX(wide)).isGreaterThanOrEqualTo(33 * 8);
        assertThat(firstBarX(narrow)).isLessThan(firstBarX(wide));
    }
}

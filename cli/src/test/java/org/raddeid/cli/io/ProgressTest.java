package org.raddeid.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void whenStderrIsNotATerminal_thenPlainLinesComeEveryFewSeconds_withoutCarriageReturns() throws Exception {
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), false, 1000, "deid", 50_000_000L);
        p.update(100, 10);
        assertThat(out.toString()).as("nothing before the interval").isEmpty();
        Thread.sleep(60);
        p.update(250, 25);
        p.update(260, 26);
        Thread.sleep(60);
        p.update(500, 50, 2_000_000);
        p.finish(1000, 100);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches("deid: 25%, 25 done \\([\\d,]+/s\\), ETA \\d+s");
        assertThat(lines[1]).matches("deid: 50%, 50 done \\([\\d,]+/s, [\\d,.]+ MB/s\\), ETA \\d+s");
        assertThat(out.toString()).doesNotContain("\r");
    }

    @Test
    void whenStderrIsATerminal_thenOneBarIsRedrawnAndEndedByFinish() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), true, 1000, "deid");
        p.update(500, 50);
        p.finish(1000, 100);
        assertThat(out.toString()).startsWith("\rdeid [").contains("100%").endsWith(System.lineSeparator());
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertThat(Progress.duration(42)).isEqualTo("42s");
        assertThat(Progress.duration(185)).isEqualTo("3m05s");
        assertThat(Progress.duration(7620)).isEqualTo("2h07m");
    }
}

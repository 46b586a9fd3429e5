package org.raddeid.cli;

import java.util.Locale;

/** Renders a {@link BenchReport} as Markdown: a header naming the machine and method, then one table row per row. */
final class BenchMarkdown {

    private static final double MIB = 1024.0 * 1024.0;
    private static final double GIB = MIB * 1024.0;

    private BenchMarkdown() {
    }

    /** Returns the Markdown for {@code report}. Does not change it. */
    static String render(BenchReport report) {
        StringBuilder md = new StringBuilder();
        MachineInfo m = report.machine();
        BenchReport.Settings s = report.settings();
        md.append("## raddeid bench, ").append(report.date()).append("\n\n");
        md.append("- raddeid: ").append(report.raddeidVersion()).append("\n");
        md.append("- Command: `").append(m.commandLine()).append("`\n");
        md.append(fmt("- CPU: %s, %d available processors; memory %s\n", m.cpuModel(), m.availableProcessors(),
                m.totalMemoryBytes() < 0 ? "unknown" : fmt("%.1f GiB", m.totalMemoryBytes() / GIB)));
        md.append(fmt("- JVM: %s; max heap %,.0f MiB; JVM options: %s\n", m.jvm(), m.maxHeapBytes() / MIB,
                m.jvmOptions().isEmpty() ? "none" : "`" + String.join(" ", m.jvmOptions()) + "`"));
        BenchReport.LoadAverage load = report.loadAverage();
        if (load.before() >= 0) {
            md.append(fmt("- System load average (1 min): %.2f before the bench, %.2f after (which includes the bench "
                    + "itself); a load near or above the %d processors before means other work competed\n",
                    load.before(), load.after(), m.availableProcessors()));
        }
        md.append(fmt("- Reports: %,d from ReportGenerator seed %d (all splits, writing styles: %s), mean %,.0f "
                + "chars/report\n", s.reports(), s.seed(), s.styles(), report.meanCharsPerReport()));
        md.append(fmt("- Method: %s s warm-up per ensemble (not timed), then %d timed runs per thread count. Rates: "
                + "median (min-max) over the runs. Latency: wall time per report in the 1-thread runs. CPU ms/report: "
                + "median over the runs of the mean thread CPU time per report, less sensitive than wall time to "
                + "other processes on the machine. Peak heap: sum of heap pool peaks, an upper bound that includes "
                + "garbage not yet collected.\n\n",
                trim(s.warmupSeconds()), s.runs()));
        md.append("| ensemble | threads | reports/s | kchars/s | ms/report p50 | ms/report p99 | CPU ms/report "
                + "| peak heap MiB | load ms | heap after load MiB | errors |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchReport.Row r : report.rows()) {
            md.append(fmt("| %s | %d | %s | %s | %s | %s | %s | %,.0f | %,.0f | %,.0f | %d |\n", r.ensemble(),
                    r.threads(), spread(r.reportsPerSecond(), 1), spread(r.charsPerSecond(), 1000),
                    r.latency() == null ? "-" : fmt("%.3f", r.latency().p50Ms()),
                    r.latency() == null ? "-" : fmt("%.3f", r.latency().p99Ms()),
                    r.cpuMsPerReport() == null ? "-" : fmt("%.3f", r.cpuMsPerReport().median()),
                    r.peakHeapBytes() / MIB, r.load().millis(), r.load().heapAfterBytes() / MIB, r.errors()));
        }
        return md.toString();
    }

    private static String spread(BenchReport.Spread s, double unit) {
        return fmt("%,.0f (%,.0f-%,.0f)", s.median() / unit, s.min() / unit, s.max() / unit);
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

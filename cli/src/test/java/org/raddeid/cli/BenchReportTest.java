package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @TempDir
    Path dir;

    @Test
    void spreadTakesTheMiddleValueOfAnOddCountAndTheMeanOfTheMiddleTwoOfAnEvenCount() {
        assertThat(BenchReport.Spread.of(5, 1, 3)).isEqualTo(new BenchReport.Spread(3, 1, 5));
        assertThat(BenchReport.Spread.of(4, 1, 2, 10)).isEqualTo(new BenchReport.Spread(3, 1, 10));
        assertThat(BenchReport.Spread.of(7)).isEqualTo(new BenchReport.Spread(7, 7, 7));
    }

    @Test
    void latencyPercentilesUseTheNearestRank() {
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (200 - i) * 1_000_000L; // 200 ms down to 1 ms, unsorted on purpose
        }
        BenchReport.Latency latency = BenchReport.Latency.ofNanos(nanos);
        assertThat(latency.p50Ms()).isEqualTo(100.0);
        assertThat(latency.p99Ms()).isEqualTo(198.0);
        assertThat(latency.samples()).isEqualTo(200);
        assertThat(nanos[0]).as("input unchanged").isEqualTo(200_000_000L);
        assertThat(BenchReport.Latency.ofNanos(3_000_000L).p99Ms()).isEqualTo(3.0);
    }

    @Test
    void markdownHasTheMachineHeaderAndOneRowPerRow() {
        MachineInfo machine = new MachineInfo("Test CPU 9000", 4, 8L << 30, "Test JVM 17", 2L << 30,
                List.of("-Xmx2g"), "raddeid bench --reports 10");
        BenchReport.Load load = new BenchReport.Load(12.4, 10L << 20, 30L << 20);
        BenchReport.Row one = new BenchReport.Row("patterns", 1, load, new BenchReport.Spread(1500, 1400, 1600),
                new BenchReport.Spread(1_800_000, 1_700_000, 1_900_000), new BenchReport.Spread(0.61, 0.6, 0.7),
                new BenchReport.Latency(0.5, 2.25, 50), 64L << 20, 0, List.of());
        BenchReport.Row two = new BenchReport.Row("patterns", 4, load, new BenchReport.Spread(5000, 4000, 5100),
                new BenchReport.Spread(6_000_000, 5_000_000, 6_100_000), null, null, 100L << 20, 3,
                List.of("r1: x"));
        BenchReport report = new BenchReport("0.1.0 (commit abcdef1234)", "2026-11-23T10:00:00Z", machine,
                new BenchReport.Settings(List.of("patterns"), 10, 7, "all", List.of(1, 4), 2, 5), 1234.4,
                new BenchReport.LoadAverage(0.5, 1.5), List.of(one, two));

        String md = BenchMarkdown.render(report);

        assertThat(md).contains("- raddeid: 0.1.0 (commit abcdef1234)")
                .contains("- Command: `raddeid bench --reports 10`")
                .contains("Test CPU 9000, 4 available processors; memory 8.0 GiB")
                .contains("Test JVM 17; max heap 2,048 MiB; JVM options: `-Xmx2g`")
                .contains("10 from ReportGenerator seed 7 (all splits, writing styles: all), mean 1,234 chars/report")
                .contains("2 s warm-up", "5 timed runs")
                .contains("0.50 before the bench, 1.50 after")
                .contains("| patterns | 1 | 1,500 (1,400-1,600) | 1,800 (1,700-1,900) | 0.500 | 2.250 | 0.610 | 64 | 12 "
                        + "| 30 | 0 |\n")
                .contains("| patterns | 4 | 5,000 (4,000-5,100) | 6,000 (5,000-6,100) | - | - | - | 100 | 12 | 30 "
                        + "| 3 |\n");
        assertThat(report.totalErrors()).isEqualTo(3);
    }

    @Test
    void cpuModelComesFromCpuinfoOrFallsBackToTheArchitecture() throws Exception {
        Path cpuinfo = dir.resolve("cpuinfo");
        Files.writeString(cpuinfo, "processor\t: 0\nvendor_id\t: X\nmodel name\t: Example CPU @ 3.00GHz\n"
                + "processor\t: 1\nmodel name\t: Example CPU @ 3.00GHz\n");
        assertThat(MachineInfo.cpuModel(cpuinfo)).isEqualTo("Example CPU @ 3.00GHz");
        assertThat(MachineInfo.cpuModel(dir.resolve("missing"))).contains(System.getProperty("os.arch"))
                .contains("unknown");
    }

    @Test
    void detectDescribesTheRunningJvm() {
        MachineInfo m = MachineInfo.detect("raddeid bench");
        assertThat(m.availableProcessors()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(m.maxHeapBytes()).isEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(m.jvm()).contains(System.getProperty("java.vm.name"));
        assertThat(m.commandLine()).isEqualTo("raddeid bench");
    }
}

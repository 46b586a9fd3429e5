package org.raddeid.cli;

import java.util.Arrays;
import java.util.List;

/**
 * What {@code raddeid bench} measured: the machine, the settings and one row per (ensemble, thread count). Immutable;
 * serialised as JSON by Jackson and rendered as Markdown by {@link BenchMarkdown}.
 *
 * @param raddeidVersion the raddeid build measured ({@code BuildInfo})
 * @param date when the bench started, ISO-8601 UTC
 * @param machine the machine and JVM
 * @param settings the options the bench ran with
 * @param meanCharsPerReport mean length of the generated reports, in chars
 * @param loadAverage the system load average over the last minute before and after the bench (other processes
 *     compete for the cores; -1 where the OS does not tell)
 * @param rows one row per (ensemble, thread count), in the order measured
 */
record BenchReport(String raddeidVersion, String date, MachineInfo machine, Settings settings, double meanCharsPerReport,
        LoadAverage loadAverage, List<Row> rows) {

    BenchReport {
        rows = List.copyOf(rows);
    }

    /** Returns the errors of all rows. */
    long totalErrors() {
        return rows.stream().mapToLong(Row::errors).sum();
    }

    /**
     * The system load average over the last minute, as the OS reports it.
     *
     * @param before just before the first ensemble was loaded
     * @param after just after the last run
     */
    record LoadAverage(double before, double after) {

        /** Returns the current one-minute system load average, or -1 where the OS does not tell. */
        static double now() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    /**
     * The options of one bench.
     *
     * @param ensembles ensembles measured, in order
     * @param reports generated reports per run
     * @param seed generator seed
     * @param threads thread counts, ascending
     * @param warmupSeconds warm-up per ensemble, excluded from the figures
     * @param runs timed runs per thread count
     */
    record Settings(List<String> ensembles, int reports, long seed, String styles, List<Integer> threads,
            double warmupSeconds, int runs) {
        Settings {
            ensembles = List.copyOf(ensembles);
            threads = List.copyOf(threads);
        }
    }

    /**
     * One ensemble at one thread count.
     *
     * @param ensemble the ensemble's name
     * @param threads worker threads in the fixed pool
     * @param load model load time and heap, shared by the rows of one ensemble
     * @param reportsPerSecond successfully analysed reports per wall-clock second, over the runs
     * @param charsPerSecond chars of successfully analysed reports per wall-clock second, over the runs
     * @param cpuMsPerReport mean CPU time per analysis, over the runs; null where the JVM cannot measure it
     * @param latency per-report times of the single-thread runs; null on rows with more than one thread
     * @param peakHeapBytes sum of the peak usage of the heap pools during the runs (an upper bound, see the docs)
     * @param errors analyses that threw during the timed runs
     * @param errorSamples the first few errors (report id and failure, never report text)
     */
    record Row(String ensemble, int threads, Load load, Spread reportsPerSecond, Spread charsPerSecond,
            Spread cpuMsPerReport, Latency latency, long peakHeapBytes, long errors, List<String> errorSamples) {
        Row {
            errorSamples = List.copyOf(errorSamples);
        }
    }

    /**
     * Loading one ensemble.
     *
     * @param millis wall time of {@code Ensembles.create}; recognizers an earlier ensemble already loaded cost nothing
     * @param heapBeforeBytes heap used just before loading, after {@code System.gc()}
     * @param heapAfterBytes heap used just after loading, after {@code System.gc()}
     */
    record Load(double millis, long heapBeforeBytes, long heapAfterBytes) {
    }

    /**
     * Median, min and max of one figure over the timed runs.
     *
     * @param median the median (mean of the two middle values for an even count)
     * @param min the smallest value
     * @param max the largest value
     */
    record Spread(double median, double min, double max) {

        /** Returns the spread of {@code values}, which must not be empty. Does not change the array. */
        static Spread of(double... values) {
            if (values.length == 0) {
                throw new IllegalArgumentException("no values");
            }
            double[] v = values.clone();
            Arrays.sort(v);
            int mid = v.length / 2;
            double median = v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
            return new Spread(median, v[0], v[v.length - 1]);
        }
    }

    /**
     * Per-report latency percentiles (nearest rank).
     *
     * @param p50Ms median time per report, in milliseconds
     * @param p99Ms 99th percentile time per report, in milliseconds
     * @param samples number of timed analyses the percentiles come from
     */
    record Latency(double p50Ms, double p99Ms, int samples) {

        /** Returns the percentiles of {@code nanos}, which must not be empty. Does not change the array. */
        static Latency ofNanos(long... nanos) {
            if (nanos.length == 0) {
                throw new IllegalArgumentException("no samples");
            }
            long[] v = nanos.clone();
            Arrays.sort(v);
            return new Latency(nearestRank(v, 0.50) / 1e6, nearestRank(v, 0.99) / 1e6, v.length);
        }

        private static long nearestRank(long[] sorted, double p) {
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}

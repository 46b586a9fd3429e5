package org.raddeid.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.RecognitionException;

/**
 * Times {@link Deidentifier#analyze} over a fixed list of reports: a warm-up, then timed runs on a fixed thread pool
 * with one task per report. Wall-clock times come from {@link System#nanoTime()}. A report whose analysis throws is
 * counted as an error with its id and the failure class, never its text. Not thread-safe: one bench at a time.
 */
final class BenchRunner {

    /**
     * One report to analyse.
     *
     * @param id the report's id, used in error messages
     * @param text the report's text
     */
    record Report(String id, String text) {
        Report {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * One timed pass over every report.
     *
     * @param wallNanos wall time from the first submission to the last completion
     * @param succeeded reports analysed without error
     * @param succeededChars chars of those reports
     * @param reportNanos wall time of each analysis, by report index (failed ones included)
     * @param cpuNanos CPU time the worker threads spent in all analyses of the run, or -1 where the JVM cannot
     *     measure thread CPU time; it varies less than wall time when other processes compete for the cores
     * @param errors one line per failed report: its id and the failure
     */
    record Run(long wallNanos, int succeeded, long succeededChars, long[] reportNanos, long cpuNanos,
            List<String> errors) {
        Run {
            errors = List.copyOf(errors);
        }

        /** Returns successful reports per second. */
        double reportsPerSecond() {
            return succeeded / (wallNanos / 1e9);
        }

        /** Returns chars of successful reports per second. */
        double charsPerSecond() {
            return succeededChars / (wallNanos / 1e9);
        }

        /** Returns the mean CPU milliseconds per analysis, or -1 where CPU time is not measured. */
        double cpuMillisPerReport() {
            return cpuNanos < 0 ? -1 : cpuNanos / 1e6 / reportNanos.length;
        }
    }

    /**
     * What the warm-up did.
     *
     * @param analyses analyses run
     * @param errors analyses that threw
     */
    record WarmUp(long analyses, long errors) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME =
            THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    private final Deidentifier deid;
    private final List<Report> reports;

    /** Creates a runner over {@code reports} (copied; must not be empty). */
    BenchRunner(Deidentifier deid, List<Report> reports) {
        this.deid = Objects.requireNonNull(deid, "deid");
        this.reports = List.copyOf(reports);
        if (this.reports.isEmpty()) {
            throw new IllegalArgumentException("no reports to run");
        }
    }

    /**
     * Analyses the reports over and over on {@code threads} threads until {@code seconds} have passed, so the JIT has
     * compiled the hot paths before anything is timed. Each thread starts at a different report.
     */
    WarmUp warmUp(double seconds, int threads) throws InterruptedException {
        if (seconds <= 0) {
            return new WarmUp(0, 0);
        }
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong analyses = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = newPool(threads);
        try {
            CountDownLatch done = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                int start = (int) ((long) t * reports.size() / threads);
                pool.execute(() -> {
                    try {
                        for (int i = start; System.nanoTime() < deadline; i = (i + 1) % reports.size()) {
                            if (analyse(reports.get(i)) != null) {
                                errors.incrementAndGet();
                            }
                            analyses.incrementAndGet();
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        } finally {
            pool.shutdownNow();
        }
        return new WarmUp(analyses.get(), errors.get());
    }

    /** Runs {@code runs} timed passes over every report on a fixed pool of {@code threads} threads. */
    List<Run> timedRuns(int threads, int runs) throws InterruptedException {
        ExecutorService pool = newPool(threads);
        try {
            List<Run> result = new ArrayList<>(runs);
            for (int r = 0; r < runs; r++) {
                result.add(timedRun(pool));
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private Run timedRun(ExecutorService pool) throws InterruptedException {
        int n = reports.size();
        long[] nanos = new long[n];
        String[] failures = new String[n];
        AtomicInteger succeeded = new AtomicInteger();
        AtomicLong chars = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        CountDownLatch done = new CountDownLatch(n);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int index = i;
            pool.execute(() -> {
                try {
                    Report report = reports.get(index);
                    long cpuStart = cpuTime();
                    long start = System.nanoTime();
                    String failure = analyse(report);
                    nanos[index] = System.nanoTime() - start;
                    cpu.addAndGet(cpuTime() - cpuStart);
                    if (failure == null) {
                        succeeded.incrementAndGet();
                        chars.addAndGet(report.text().length());
                    } else {
                        failures[index] = failure;
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        long wall = System.nanoTime() - t0;
        List<String> errors = new ArrayList<>();
        for (String f : failures) {
            if (f != null) {
                errors.add(f);
            }
        }
        return new Run(wall, succeeded.get(), chars.get(), nanos, CPU_TIME ? cpu.get() : -1, errors);
    }

    /** Analyses one report; returns null on success or a line naming the report and the failure, never its text. */
    private String analyse(Report report) {
        try {
            deid.analyze(report.text());
            return null;
        } catch (RecognitionException e) {
            // Its message names the recognizer and the failure class only.
            return report.id() + ": " + e.getMessage();
        } catch (RuntimeException | Error e) {
            // Other messages may quote input: keep the class only. An Error is recorded too, so the run still ends.
            return report.id() + ": " + e.getClass().getSimpleName();
        }
    }

    /** Returns the current thread's CPU time in nanoseconds, or 0 where the JVM cannot measure it. */
    private static long cpuTime() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    private static ExecutorService newPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "raddeid-bench-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        // Start the threads now so the first timed run does not pay for creating them.
        pool.prestartAllCoreThreads();
        return pool;
    }
}

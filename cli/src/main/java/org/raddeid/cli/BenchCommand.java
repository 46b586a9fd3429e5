package org.raddeid.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.BuildInfo;
import org.raddeid.core.io.AtomicOutput;
import org.raddeid.corpora.LabelledDocument;
import org.raddeid.corpora.generator.ReportGenerator;
import org.raddeid.recognizers.Ensembles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code raddeid bench}: measures model load time, heap, throughput and latency of ensembles on synthetic reports
 * generated in memory, and prints a Markdown table (optionally JSON and Markdown files). Figures are wall-clock
 * ({@link System#nanoTime()}), the warm-up is not timed, and rates are medians over several runs because the JIT and
 * the machine vary. Exit code 1 when any analysis threw; every such failure is reported on stderr and in the table.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Measure load time, heap, throughput and latency of ensembles.")
final class BenchCommand implements Callable<Integer> {

    private static final int ERROR_SAMPLES = 5;
    private static final Pattern PLAIN_ARG = Pattern.compile("[A-Za-z0-9_./=,:+@%-]+");

    @Spec
    private CommandSpec spec;

    @Option(names = "--ensemble", paramLabel = "NAME",
            description = "Ensemble to measure; repeat for several (default: every ensemble except only-*).")
    List<String> ensembles;

    @Option(names = "--reports", paramLabel = "N", defaultValue = "1000",
            description = "Synthetic reports per run (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "7",
            description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    StyleOptions styleOptions;

    @Option(names = "--threads", paramLabel = "N", split = ",",
            description = "Thread counts to measure (default: 1 and the number of cores).")
    List<Integer> threads;

    @Option(names = "--warmup-seconds", paramLabel = "W", defaultValue = "5",
            description = "Untimed warm-up per ensemble, in seconds (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5",
            description = "Timed runs per thread count; rates are their median (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON.")
    Path json;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the Markdown to a file too.")
    Path markdown;

    private long warmupErrors;

    @Override
    public Integer call() throws IOException, InterruptedException {
        BenchReport.Settings settings = settings();
        PrintWriter err = spec.commandLine().getErr();
        String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        MachineInfo machine = MachineInfo.detect(commandLine());
        List<BenchRunner.Report> corpus = generate();
        double meanChars = corpus.stream().mapToLong(r -> r.text().length()).average().orElse(0);
        err.printf("bench: %,d reports generated (seed %d), mean %,.0f chars/report%n", corpus.size(), seed, meanChars);

        double loadBefore = BenchReport.LoadAverage.now();
        List<BenchReport.Row> rows = new ArrayList<>();
        for (String name : settings.ensembles()) {
            rows.addAll(measure(name, corpus, settings, err));
        }
        BenchReport.LoadAverage loadAverage = new BenchReport.LoadAverage(loadBefore, BenchReport.LoadAverage.now());
        BenchReport report = new BenchReport(BuildInfo.current().describe(), date, machine, settings, meanChars,
                loadAverage, rows);
        String md = BenchMarkdown.render(report);
        if (json != null) {
            AtomicOutput.writeString(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report) + "\n");
        }
        if (markdown != null) {
            AtomicOutput.writeString(markdown, md);
        }
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        return report.totalErrors() + warmupErrors == 0 ? ExitCodes.OK : ExitCodes.RECORD_ERRORS;
    }

    /** Checks the options; a bad value is a usage error (exit 2) naming the option. */
    private BenchReport.Settings settings() {
        if (reports < 1) {
            throw usage("--reports must be at least 1, was " + reports);
        }
        if (runs < 1) {
            throw usage("--runs must be at least 1, was " + runs);
        }
        if (!(warmupSeconds >= 0) || Double.isInfinite(warmupSeconds)) {
            throw usage("--warmup-seconds must be 0 or more, was " + warmupSeconds);
        }
        List<Integer> counts = threads == null || threads.isEmpty()
                ? List.of(1, Runtime.getRuntime().availableProcessors()) : threads;
        for (int t : counts) {
            if (t < 1) {
                throw usage("--threads values must be at least 1, was " + t);
            }
        }
        List<String> names = ensembles == null || ensembles.isEmpty()
                ? defaultEnsembles(Ensembles.names()) : ensembles.stream().distinct().toList();
        for (String name : names) {
            try {
                Ensembles.recognizersOf(name); // checks the name without loading any model
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        return new BenchReport.Settings(names, reports, seed, styleOptions.label(), List.copyOf(new TreeSet<>(counts)),
                warmupSeconds, runs);
    }

    /** Returns the ensembles measured by default: all of {@code names} but the single-recognizer "only-" ones. */
    static List<String> defaultEnsembles(Collection<String> names) {
        return names.stream().filter(n -> !n.startsWith("only-")).toList();
    }

    private List<BenchRunner.Report> generate() {
        List<BenchRunner.Report> out = new ArrayList<>(reports);
        for (LabelledDocument doc : new ReportGenerator(seed, styleOptions.resolve()).generate(reports)) {
            out.add(new BenchRunner.Report(doc.id(), doc.text())); // keep only the text: the labels are not needed
        }
        return out;
    }

    private List<BenchReport.Row> measure(String name, List<BenchRunner.Report> corpus, BenchReport.Settings settings,
            PrintWriter err) throws InterruptedException {
        long heapBefore = HeapGauge.usedAfterGc();
        long t0 = System.nanoTime();
        Ensemble ensemble = Ensembles.create(name);
        double loadMillis = (System.nanoTime() - t0) / 1e6;
        BenchReport.Load load = new BenchReport.Load(loadMillis, heapBefore, HeapGauge.usedAfterGc());
        err.printf("bench: %s loaded in %,.0f ms%n", name, loadMillis);

        BenchRunner runner = new BenchRunner(new Deidentifier(ensemble), corpus);
        List<Integer> counts = settings.threads();
        BenchRunner.WarmUp warmUp = runner.warmUp(settings.warmupSeconds(), counts.get(counts.size() - 1));
        err.printf("bench: %s warm-up: %,d analyses%n", name, warmUp.analyses());
        if (warmUp.errors() > 0) {
            warmupErrors += warmUp.errors();
            err.printf("bench: %s warm-up: %,d analyses failed (see the timed runs for which reports)%n", name,
                    warmUp.errors());
        }
        double loadBefore = BenchReport.LoadAverage.now();
        List<BenchReport.Row> rows = new ArrayList<>();
        for (int t : counts) {
            System.gc(); // start each thread count from a collected heap so its peak is not the last one's garbage
            HeapGauge.resetPeaks();
            List<BenchRunner.Run> timed = runner.timedRuns(t, settings.runs());
            long peak = HeapGauge.peakSum();
            BenchReport.Row row = row(name, t, load, timed, peak);
            err.printf("bench: %s, %d thread(s): median %,.0f reports/s%n", name, t, row.reportsPerSecond().median());
            if (row.errors() > 0) {
                err.printf("bench: %s, %d thread(s): %,d analyses failed, for example:%n", name, t, row.errors());
                row.errorSamples().forEach(e -> err.println("bench:   " + e));
            }
            rows.add(row);
        }
        return rows;
    }

    private static BenchReport.Row row(String name, int threads, BenchReport.Load load, List<BenchRunner.Run> timed,
            long peakHeap) {
        BenchReport.Spread reportsPerSecond = BenchReport.Spread.of(
                timed.stream().mapToDouble(BenchRunner.Run::reportsPerSecond).toArray());
        BenchReport.Spread charsPerSecond = BenchReport.Spread.of(
                timed.stream().mapToDouble(BenchRunner.Run::charsPerSecond).toArray());
        BenchReport.Spread cpuMsPerReport = timed.get(0).cpuNanos() < 0 ? null : BenchReport.Spread.of(
                timed.stream().mapToDouble(BenchRunner.Run::cpuMillisPerReport).toArray());
        BenchReport.Latency latency = threads != 1 ? null : BenchReport.Latency.ofNanos(
                timed.stream().flatMapToLong(r -> Arrays.stream(r.reportNanos())).toArray());
        List<String> errors = timed.stream().flatMap(r -> r.errors().stream()).toList();
        List<String> samples = errors.stream().distinct().limit(ERROR_SAMPLES).toList();
        return new BenchReport.Row(name, threads, load, reportsPerSecond, charsPerSecond, cpuMsPerReport, latency,
                peakHeap, errors.size(), samples);
    }

    /** Returns the command line as typed, quoted for a POSIX shell where needed. */
    private String commandLine() {
        StringBuilder sb = new StringBuilder("raddeid");
        for (String arg : spec.commandLine().getParseResult().originalArgs()) {
            sb.append(' ').append(PLAIN_ARG.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return sb.toString();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

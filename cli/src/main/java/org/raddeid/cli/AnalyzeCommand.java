package org.raddeid.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.io.AtomicOutput;
import org.raddeid.batch.BatchJob;
import org.raddeid.batch.ParallelBatches;
import org.raddeid.batch.table.FormatMismatchException;
import org.raddeid.batch.table.MissingColumnException;
import org.raddeid.batch.table.TableOptions;
import org.raddeid.batch.io.Line;
import org.raddeid.batch.io.LineReader;
import org.raddeid.cli.io.Progress;
import org.raddeid.core.Deidentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code raddeid analyze}: reads {@code {"id","text"}} JSON lines and writes {@code {"id","spans":[…]}} lines in input
 * order, offsets in code points. A bad line is reported by number (and in {@code OUTPUT.errors.jsonl}) while the
 * others are processed; the exit code is then 1. The output file appears only when the run completes.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Find PHI in JSON lines {\"id\",\"text\"}; write {\"id\",\"spans\"} lines.")
final class AnalyzeCommand implements java.util.concurrent.Callable<Integer> {

    private static final int MAX_PRINTED_ERRORS = 20;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSON lines input.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "JSON lines output.")
    Path output;

    @Mixin
    EnsembleOptions ensembleOptions;

    @Mixin
    BatchOptions batchOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(input)) {
            throw new UserError((Files.isDirectory(input) ? "input is a folder, not a file: " : "input file not found: ")
                    + input);
        }
        if (batchOptions.threads < 1) {
            throw new UserError("--threads must be at least 1");
        }
        try {
            BatchJob.check(input, BatchJob.Format.JSONL, new TableOptions(null, null, null, false, false, false,
                    batchOptions.maxChars, false));
        } catch (FormatMismatchException e) {
            throw new UserError(input + ": " + e.getMessage() + "; analyze reads JSON lines {\"id\",\"text\"} (for a "
                    + "CSV file, run deid with --spans)");
        } catch (MissingColumnException e) {
            throw new UserError(input + ": the first record has no field 'text'; analyze reads JSON lines "
                    + "{\"id\",\"text\"}");
        }
        Deidentifier deid = new Deidentifier(ensembleOptions.build(err, "analyze"), batchOptions.maxChars);
        RecordAnalyzer analyzer = new RecordAnalyzer(deid, new ObjectMapper());
        long size = Files.size(input);
        Progress progress = new Progress(err, Progress.isTerminal(), size, "analyze");
        List<RecordAnalyzer.Outcome> errors = new ArrayList<>();
        long records = 0;
        long spans = 0;
        long degraded = 0;
        String degradedReason = null;
        long t0 = System.nanoTime();
        int maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 64L, (long) batchOptions.maxChars * 4 + (1 << 20));
        try (ParallelBatches pool = new ParallelBatches(batchOptions.threads, "raddeid-analyze");
                InputStream in = Files.newInputStream(input);
                LineReader reader = new LineReader(in, maxLineBytes);
                AtomicOutput out = AtomicOutput.open(output)) {
            List<Line> batch = new ArrayList<>(ParallelBatches.BATCH);
            Line line;
            do {
                line = reader.next();
                if (line != null && !(line.text() != null && line.text().isBlank())) {
                    batch.add(line);
                }
                if (batch.size() == ParallelBatches.BATCH || (line == null && !batch.isEmpty())) {
                    for (RecordAnalyzer.Outcome o : pool.map(batch, analyzer::analyze)) {
                        if (o.json() != null) {
                            out.writer().write(o.json());
                            out.writer().write('\n');
                            records++;
                            spans += o.spanCount();
                            if (!o.degraded().isEmpty()) {
                                degraded++;
                                if (degradedReason == null) {
                                    degradedReason = o.degraded().get(0).recognizer() + ": "
                                            + o.degraded().get(0).reason();
                                }
                            }
                        } else {
                            errors.add(o);
                        }
                        if (o.warning() != null) {
                            err.println("analyze: line " + o.line() + ": " + o.warning());
                        }
                    }
                    batch.clear();
                    progress.update(reader.bytesRead(), records + errors.size());
                }
            } while (line != null);
            out.commit();
            progress.finish(reader.bytesRead(), records + errors.size());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        reportErrors(err, errors);
        if (degraded > 0) {
            err.printf("analyze: %,d record(s) DEGRADED, analysed without an optional recognizer (first: %s); "
                    + "they carry a \"degraded\" field%n", degraded, degradedReason);
        }
        err.printf("analyze: %,d records written, %,d spans, %,d errors%s, %.1f s (%,.0f records/s)%n",
                records, spans, errors.size(), degraded > 0 ? String.format(", %,d degraded", degraded) : "",
                seconds, records / Math.max(seconds, 1e-9));
        return errors.isEmpty() ? ExitCodes.OK : ExitCodes.RECORD_ERRORS;
    }

    private void reportErrors(PrintWriter err, List<RecordAnalyzer.Outcome> errors) throws IOException {
        if (errors.isEmpty()) {
            return;
        }
        Path errorsFile = output.resolveSibling(output.getFileName() + ".errors.jsonl");
        ObjectMapper mapper = new ObjectMapper();
        try (AtomicOutput out = AtomicOutput.open(errorsFile)) {
            Writer w = out.writer();
            for (RecordAnalyzer.Outcome o : errors) {
                w.write(mapper.writeValueAsString(java.util.Map.of("line", o.line(), "error", o.error())));
                w.write('\n');
            }
            out.commit();
        }
        ParallelBatches.printErrors(err, "analyze",
                errors.stream().map(o -> "line " + o.line() + ": " + o.error()).toList(), errors.size(),
                MAX_PRINTED_ERRORS);
        err.println("analyze: " + errors.size() + " record(s) not processed; listed in " + errorsFile);
    }

}

package org.raddeid.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.raddeid.batch.BatchJob;
import org.raddeid.batch.BatchJob.Format;
import org.raddeid.batch.DeidSummary;
import org.raddeid.batch.ParallelBatches;
import org.raddeid.batch.table.FormatMismatchException;
import org.raddeid.batch.table.MissingColumnException;
import org.raddeid.batch.table.TableOptions;
import org.raddeid.batch.table.UnreadableInputException;
import org.raddeid.cli.io.Progress;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.io.AtomicOutput;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.recognizers.Policies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code raddeid deid}: de-identifies the text column of a CSV or JSON lines file, keeping every other column, in
 * input order, in bounded memory (batches processed on every core). A row that fails gets an error and empty text;
 * the rest go on and the exit code is then 1. The output (and {@code --summary}) appear only when the run completes.
 */
@Command(name = "deid", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "De-identify the text column of a CSV or JSON lines file by a policy.")
final class DeidCommand implements java.util.concurrent.Callable<Integer> {

    private static final int MAX_PRINTED_ERRORS = 20;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV (with a header) or JSONL.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write, same format.")
    Path output;

    @Option(names = "--format", paramLabel = "csv|jsonl", converter = FormatConverter.class,
            description = "Input format (default: from the input's extension: .csv, .jsonl or .ndjson).")
    Format format;

    @Option(names = "--policy", paramLabel = "NAME|FILE", defaultValue = Policies.DEFAULT,
            description = "safe-harbor (default), surrogate, limited-data-set, or a .yaml/.yml/.json policy file.")
    String policy;

    @Mixin
    EnsembleOptions ensembleOptions;

    @Option(names = "--column", paramLabel = "NAME",
            description = "Text column (default: JSONL 'text'; CSV 'text' or 'report_text', whichever exists).")
    String column;

    @Option(names = "--id-column", paramLabel = "NAME",
            description = "Document id column (default: 'id' when present, else the row number).")
    String idColumn;

    @Option(names = "--patient-column", paramLabel = "NAME",
            description = "Patient key column: scopes surrogates and date shifts; written as a pseudonym.")
    String patientColumn;

    @Option(names = "--keep-patient-column", description = "Keep the raw patient key instead of its pseudonym.")
    boolean keepPatientColumn;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "The secret key (else env RADDEID_SECRET; else a random one for this run).")
    Path secretFile;

    @Option(names = "--spans", description = "Add raddeidSpans: what was replaced where, in code points.")
    boolean spans;

    @Option(names = "--audit", description = "Add raddeidAudit: counts per TYPE/operator.")
    boolean audit;

    @Option(names = "--recheck", description = "Run the ensemble again on each output and count what it finds.")
    boolean recheck;

    @Option(names = "--keep-formulas", description = "CSV: write cells starting with = + - @ as they are instead of "
            + "with a leading ' (a spreadsheet would run them as formulas).")
    boolean keepFormulas;

    @Option(names = "--summary", paramLabel = "FILE", description = "Write the JSON run summary here.")
    Path summary;

    @Option(names = "--max-errors", paramLabel = "N",
            description = "Stop, writing nothing, once more than N rows have failed (default: no limit).")
    long maxErrors = Long.MAX_VALUE;

    @Mixin
    BatchOptions batchOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        // Everything the command line can get wrong is checked before the models load (seconds for default).
        Format fmt = checkFiles();
        Policy chosen = policy();
        Secret secret = secret(err);
        TableOptions options = new TableOptions(column, idColumn, patientColumn, spans, audit, recheck,
                batchOptions.maxChars, keepFormulas);
        checkTable(fmt, options);
        ensembleOptions.check();
        BatchJob.Settings settings;
        try {
            settings = new BatchJob.Settings(input, output, fmt, chosen, secret, options, keepPatientColumn,
                    batchOptions.threads, maxErrors);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage().replace("threads", "--threads").replace("max errors", "--max-errors"));
        }
        Deidentifier deid = new Deidentifier(ensembleOptions.build(err, "deid"), batchOptions.maxChars);
        DeidSummary tally = new DeidSummary();
        Progress progress = new Progress(err, Progress.isTerminal(), Files.size(input), "deid");
        long t0 = System.nanoTime();
        try {
            BatchJob.run(deid, settings, tally, (done, total, s) -> progress.update(done, s.rows()), () -> false);
        } catch (UnreadableInputException | IllegalArgumentException e) {
            throw UserError.nothingProduced(input + ": " + e.getMessage());
        } catch (BatchJob.StoppedException e) {
            throw UserError.nothingProduced(e.getMessage());
        }
        progress.finish(Files.size(input), tally.rows());
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (summary != null) {
            AtomicOutput.writeString(summary, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    tally.toJson(seconds, deid.ensemble().name(), chosen.name(), recheck)) + "\n");
        }
        ParallelBatches.printErrors(err, "deid", tally.errorMessages(), tally.failed(), MAX_PRINTED_ERRORS);
        err.println(tally.line(seconds, recheck));
        return tally.failed() == 0 ? ExitCodes.OK : ExitCodes.RECORD_ERRORS;
    }

    private Format checkFiles() throws IOException {
        if (!Files.isRegularFile(input)) {
            throw new UserError((Files.isDirectory(input) ? "input is a folder, not a file: " : "input file not found: ")
                    + input);
        }
        if (Files.exists(output) && Files.isSameFile(input, output)) {
            throw new UserError("--output must not be the input file");
        }
        Format fmt = format != null ? format : Format.ofFileName(input.getFileName().toString()).orElseThrow(() ->
                new UserError("cannot tell the format of " + input + " from its name: give --format csv or jsonl"));
        Format written = Format.ofFileName(output.getFileName().toString()).orElse(fmt);
        if (written != fmt) {
            throw new UserError("--output " + output + " names a " + name(written) + " file, but deid writes the "
                    + "input's format, " + name(fmt) + ": name the output ." + ext(fmt));
        }
        return fmt;
    }

    /** The format sniffed from the first bytes and the columns, before any model is loaded. */
    private void checkTable(Format fmt, TableOptions options) throws IOException {
        try {
            BatchJob.check(input, fmt, options);
        } catch (FormatMismatchException e) {
            throw new UserError(input + ": " + e.getMessage() + "; give --format " + e.looksLike() + " (or name it ."
                    + e.looksLike() + ")");
        } catch (MissingColumnException e) {
            throw new UserError(input + ": " + e.getMessage());
        } catch (UnreadableInputException | IllegalArgumentException e) {
            // a header with two columns alike: the file, not the command line, is wrong (exit 3)
            throw UserError.nothingProduced(input + ": " + e.getMessage());
        }
    }

    private static String name(Format f) {
        return f == Format.CSV ? "CSV" : "JSON lines";
    }

    private static String ext(Format f) {
        return f == Format.CSV ? "csv" : "jsonl";
    }

    private Policy policy() {
        try {
            return Policies.resolve(policy);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private Secret secret(PrintWriter err) {
        return Secrets.loadOrRandom(secretFile, err, "deid", "surrogates, date shifts and pseudonyms", "within this run");
    }

    /** Accepts {@code csv} and {@code jsonl} in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.parse(value);
        }
    }
}

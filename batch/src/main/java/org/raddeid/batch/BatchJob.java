package org.raddeid.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.raddeid.batch.table.CsvTable;
import org.raddeid.batch.table.FormatMismatchException;
import org.raddeid.batch.table.InputRecord;
import org.raddeid.batch.table.JsonlTable;
import org.raddeid.batch.table.MissingColumnException;
import org.raddeid.batch.table.TableFile;
import org.raddeid.batch.table.TableOptions;
import org.raddeid.batch.table.UnreadableInputException;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.io.AtomicOutput;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Secret;

/**
 * De-identifies the text column of a CSV or JSON lines file into a new file of the same format: every other column
 * kept, input order kept, bounded memory (a batch of {@link ParallelBatches#BATCH} rows at a time, processed on every
 * thread). A row that fails gets an error and empty text, and the rest go on. The output appears only when the whole
 * input has been read and written; a fatal error, a cancel or too many failed rows leave no output file. The same
 * engine serves the command line and the server.
 */
public final class BatchJob {

    /** The file formats. */
    public enum Format {
        CSV, JSONL;

        /** Returns the format a file name implies ({@code .csv}, {@code .jsonl} or {@code .ndjson}), if any. */
        public static Optional<Format> ofFileName(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".csv")) {
                return Optional.of(CSV);
            }
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                return Optional.of(JSONL);
            }
            return Optional.empty();
        }

        /**
         * Parses {@code csv} or {@code jsonl} in any case.
         *
         * @throws IllegalArgumentException naming the known formats otherwise
         */
        public static Format parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + name + "'; known: csv, jsonl");
            }
        }
    }

    /**
     * What to run.
     *
     * @param input the file to read
     * @param output the file to write (replaced only on success)
     * @param format the format of both
     * @param policy the rewriting policy
     * @param secret the key for surrogates, shifts and pseudonyms
     * @param table columns and optional output columns
     * @param keepPatientColumn whether the patient column keeps its raw key instead of a pseudonym
     * @param threads worker threads, at least 1
     * @param maxErrors failed rows tolerated before the run stops with nothing written
     */
    public record Settings(Path input, Path output, Format format, Policy policy, Secret secret, TableOptions table,
            boolean keepPatientColumn, int threads, long maxErrors) {
        public Settings {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(table, "table");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            if (maxErrors < 0) {
                throw new IllegalArgumentException("max errors must be 0 or more, was " + maxErrors);
            }
        }
    }

    /** Told after each batch how far the run is. Called from the running thread. */
    @FunctionalInterface
    public interface Listener {
        /** {@code bytesRead} of {@code totalBytes} of input read, {@code summary} so far (thread-safe to read). */
        void progress(long bytesRead, long totalBytes, DeidSummary summary);
    }

    /** The run stopped before the end: too many failed rows, or cancelled. Nothing was written. */
    public static final class StoppedException extends Exception {
        private static final long serialVersionUID = 1L;

        StoppedException(String message) {
            super(message);
        }
    }

    private BatchJob() {
    }

    /** How much of the input {@link #check} reads to find the first record. */
    private static final int SNIFF_BYTES = 64 * 1024;

    /**
     * Checks, before any engine is built, that {@code input} is in {@code format} and has the columns {@code table}
     * names: the first bytes must look like the format (a JSON object for JSON lines, anything else for CSV), a CSV
     * header must hold the named (or a default) text column and the id and patient columns, and the first JSON line
     * that is an object must hold the text field. Reads the header or the first record only.
     *
     * @throws FormatMismatchException when the file looks like the other format
     * @throws MissingColumnException when a column is not in the header (or in the first JSON record)
     * @throws UnreadableInputException when the header cannot be read
     * @throws IOException when the file cannot be read
     */
    public static void check(Path input, Format format, TableOptions table) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(input)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        String start = new String(head, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("^\\uFEFF", "");
        String first = start.strip();
        boolean looksJson = first.startsWith("{");
        if (format == Format.JSONL && !first.isEmpty() && !looksJson) {
            throw new FormatMismatchException(false);
        }
        if (format == Format.CSV && looksJson) {
            throw new FormatMismatchException(true);
        }
        if (format == Format.CSV) {
            CsvTable.open(input, java.io.Writer.nullWriter(), table).close();
            return;
        }
        JsonlTable.checkFirstRecord(first.lines().findFirst().orElse(""), table);
    }

    /**
     * Runs the job, adding to {@code summary} as it goes (so another thread may watch it).
     *
     * @param cancelled polled between batches; when it returns true the run stops with nothing written
     * @throws UnreadableInputException when the input is not UTF-8 or not valid CSV/JSONL syntax (position given)
     * @throws MissingColumnException when the header lacks a named column (the columns present are listed)
     * @throws StoppedException when too many rows failed or the run was cancelled
     * @throws IOException when reading or writing fails
     */
    public static void run(Deidentifier deid, Settings s, DeidSummary summary, Listener listener,
            BooleanSupplier cancelled) throws IOException, InterruptedException, StoppedException {
        long total = Files.size(s.input());
        try (ParallelBatches pool = new ParallelBatches(s.threads(), "raddeid-batch");
                AtomicOutput out = AtomicOutput.open(s.output());
                TableFile<?> table = s.format() == Format.CSV ? CsvTable.open(s.input(), out.writer(), s.table())
                        : JsonlTable.open(s.input(), out.writer(), s.table())) {
            RowDeidentifier rows = new RowDeidentifier(deid, new RowDeidentifier.Settings(s.policy(), s.secret(),
                    table.textColumn(), s.keepPatientColumn(), s.table().recheck()));
            loop(table, rows, pool, summary, s.maxErrors(), () -> {
                listener.progress(table.bytesRead(), total, summary);
                return cancelled.getAsBoolean();
            });
            listener.progress(total, total, summary);
            out.commit();
        }
    }

    /** Reads, de-identifies and writes every record, a batch at a time, in input order. */
    private static <R> void loop(TableFile<R> table, RowDeidentifier rows, ParallelBatches pool, DeidSummary summary,
            long maxErrors, BooleanSupplier afterBatch) throws IOException, InterruptedException, StoppedException {
        List<InputRecord<R>> batch = new ArrayList<>(ParallelBatches.BATCH);
        InputRecord<R> next;
        do {
            next = table.next();
            if (next != null) {
                batch.add(next);
            }
            if (batch.size() == ParallelBatches.BATCH || next == null && !batch.isEmpty()) {
                List<RowDeidentifier.Result> results = pool.map(batch, rows::process);
                for (int i = 0; i < batch.size(); i++) {
                    RowDeidentifier.Result r = results.get(i);
                    table.write(batch.get(i), r.output());
                    summary.add(r);
                    if (summary.failed() > maxErrors) {
                        throw new StoppedException("more than " + maxErrors + " row(s) failed (the last: "
                                + r.output().error() + "); stopped, nothing was written");
                    }
                }
                batch.clear();
                if (afterBatch.getAsBoolean()) {
                    throw new StoppedException("cancelled; nothing was written");
                }
            }
        } while (next != null);
    }
}

package org.raddeid.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.recognizers.Ensembles;
import org.raddeid.recognizers.Policies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code deid-spark}: de-identifies one or more text columns of a CSV, JSON lines or Parquet input with a named
 * ensemble and policy on Apache Spark, row for row as {@code raddeid deid} does (the same {@code RowDeidentifier},
 * surrogates keyed by the same secret and patient column), keeping every other column. Writes Spark's output
 * directory (with {@code _SUCCESS}) and then, last, {@value #SUMMARY} in it: a directory without the summary is not a
 * complete result. Exit codes as the CLI's: 0 all rows done, 1 some rows failed (each marked), 2 usage, 3 fatal.
 */
@Command(name = "deid-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "De-identify text columns of CSV, JSON lines or Parquet on Apache Spark.")
public final class DeidJob implements Callable<Integer> {

    /** The summary's file name inside the output directory; Spark and Hadoop readers skip names starting with _. */
    public static final String SUMMARY = "_raddeid_summary.json";

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "Input file or directory.")
    String input;

    @Option(names = "--input-format", paramLabel = "csv|jsonl|parquet",
            description = "Input format (default: from the input's extension).")
    String inputFormat;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory (must not exist).")
    String output;

    @Option(names = "--output-format", paramLabel = "csv|jsonl|parquet",
            description = "Output format (default: the input's).")
    String outputFormat;

    @Option(names = "--column", paramLabel = "NAME", description = "Text column, repeatable (default: 'text'; CSV "
            + "and Parquet: 'text' or 'report_text', whichever exists).")
    List<String> columns;

    @Option(names = "--id-column", paramLabel = "NAME",
            description = "Document id column (default: 'id' when present, else the row number).")
    String idColumn;

    @Option(names = "--patient-column", paramLabel = "NAME",
            description = "Patient key column: scopes surrogates and date shifts; written as a pseudonym.")
    String patientColumn;

    @Option(names = "--keep-patient-column", description = "Keep the raw patient key instead of its pseudonym.")
    boolean keepPatient;

    @Option(names = "--policy", paramLabel = "NAME|FILE", defaultValue = Policies.DEFAULT,
            description = "safe-harbor (default), surrogate, limited-data-set, or a policy file on the driver.")
    String policy;

    @Option(names = "--ensemble", paramLabel = "NAME", defaultValue = Ensembles.DEFAULT,
            description = "patterns, fast or default (default: ${DEFAULT-VALUE}).")
    String ensemble;

    @Option(names = "--spans", description = "Add raddeidSpans: what was replaced where, in code points.")
    boolean spans;

    @Option(names = "--audit", description = "Add raddeidAudit: counts per TYPE/operator.")
    boolean audit;

    @Option(names = "--secret-file", paramLabel = "FILE", description = "The secret, readable at this path on the "
            + "driver and every executor (else env RADDEID_SECRET on each; never an argument).")
    String secretFile;

    @Option(names = "--max-chars", paramLabel = "N", description = "Longest text per cell (default: ${DEFAULT-VALUE}).")
    int maxChars = Deidentifier.DEFAULT_MAX_CHARS;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions to de-identify in (default: the "
            + "input's, or the cluster's cores when the input has fewer).")
    int partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: as spark-submit sets it, else local[*]).")
    String master;

    /** What a finished job reports. */
    public record Result(RunTally tally, double seconds, ObjectNode summary) {
    }

    /** Runs the job from the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Returns the command line with this project's exit codes and messages. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DeidJob());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("deid-spark: " + Failures.describe(e));
            return Failures.isUserError(e) ? 2 : 3;
        });
        return cl;
    }

    @Override
    public Integer call() throws IOException {
        JobOptions options = options();
        SparkConf conf = new SparkConf().setAppName("raddeid deid-spark");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]"); // run directly, not by spark-submit: this machine's cores
        }
        if (conf.get("spark.master", "").startsWith("local")) {
            // One machine: nothing listens beyond loopback, and no UI port is opened.
            conf.setIfMissing("spark.ui.enabled", "false").setIfMissing("spark.driver.host", "127.0.0.1")
                    .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            Result r = run(spark, options, System.getenv());
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            r.tally().errors().values().stream().limit(20).forEach(e -> err.println("deid-spark: " + e));
            if (r.tally().failed() > 20) {
                err.println("deid-spark: … and " + (r.tally().failed() - 20) + " more (see " + SUMMARY + ")");
            }
            err.println(r.tally().line(r.seconds()));
            return r.tally().failed() == 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

    private JobOptions options() {
        JobOptions.Format in = inputFormat != null ? JobOptions.Format.parse(inputFormat)
                : JobOptions.Format.ofFileName(input).orElseThrow(() -> new IllegalArgumentException(
                        "cannot tell the format of " + input + " from its name: give --input-format"));
        JobOptions.Format out = outputFormat != null ? JobOptions.Format.parse(outputFormat) : in;
        return new JobOptions(input, in, output, out, columns, idColumn, patientColumn, keepPatient, policy, ensemble,
                spans, audit, secretFile, maxChars, partitions);
    }

    /**
     * Runs the job on {@code spark}: reads, de-identifies and writes, then writes the summary last.
     *
     * @param env the driver's environment, where {@code RADDEID_SECRET} is looked for without a secret file
     * @throws IllegalArgumentException for a bad option, a missing column, an existing output
     * @throws IllegalStateException when there is no secret
     * @throws org.apache.spark.SparkException (undeclared) when the job fails; no summary is written then
     */
    public static Result run(SparkSession spark, JobOptions o, Map<String, String> env) throws IOException {
        long t0 = System.nanoTime();
        FileSystem fs = new org.apache.hadoop.fs.Path(o.output())
                .getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(new org.apache.hadoop.fs.Path(o.output()))) {
            throw new IllegalArgumentException("--output " + o.output() + " exists; give a new directory");
        }
        Ensembles.recognizersOf(o.ensemble()); // an unknown name fails here, before any Spark work
        Secret secret = Engines.loadSecret(o.secretFile(), env);
        // A preset by name, or a policy file read here and shipped as text: executors need no copy of it.
        String policyName = Policies.resolve(o.policy()).name(); // validated here, with the file's own messages
        boolean preset = Policies.names().contains(o.policy().strip().toLowerCase(Locale.ROOT));
        String policyText = preset ? null : Files.readString(Path.of(o.policy()), StandardCharsets.UTF_8);
        Dataset<Row> df = read(spark, o);
        TableLayout layout = new TableLayout(df.schema(), o);
        EngineConfig config = new EngineConfig(o.ensemble(), preset ? o.policy()
                : Path.of(o.policy()).getFileName().toString(), policyText, o.secretFile(),
                Engines.fingerprint(secret), o.maxChars(), layout.textColumns(), o.keepPatient());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<EngineConfig> shared = jsc.broadcast(config);
        RunTally tally = new RunTally();
        spark.sparkContext().register(tally, "raddeid-deid");

        RowNumbers.Numbered numbered = RowNumbers.number(df.javaRDD());
        int have = numbered.rows().getNumPartitions();
        int want = o.partitions() > 0 ? o.partitions() : Math.max(have, jsc.defaultParallelism());
        JavaRDD<Row> out = RowNumbers.spread(numbered, want)
                .mapPartitions(new PartitionDeidentifier(shared, layout, tally));
        long t1 = System.nanoTime();
        write(spark.createDataFrame(out, layout.output()), o);

        long t2 = System.nanoTime();
        double seconds = (t2 - t0) / 1e9;
        ObjectNode summary = tally.toJson(seconds, o.ensemble(), policyName);
        summary.put("partitions", want);
        // the fixed part (schema, row count) apart from the part that grows with the data and the cores
        summary.put("secondsPreparing", Math.round((t1 - t0) / 1e8) / 10.0);
        summary.put("secondsDeidentifying", Math.round((t2 - t1) / 1e8) / 10.0);
        summary.put("output", o.output());
        writeSummary(fs, new org.apache.hadoop.fs.Path(o.output()), summary);
        return new Result(tally, seconds, summary);
    }

    /** Reads the input: CSV and JSON lines keep records Spark cannot parse in {@link TableLayout#CORRUPT}. */
    static Dataset<Row> read(SparkSession spark, JobOptions o) {
        DataFrameReader r = spark.read().option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", TableLayout.CORRUPT);
        switch (o.inputFormat()) {
            case CSV -> {
                // RFC 4180 as raddeid deid reads it: a header, quoted cells with line breaks and doubled quotes,
                // every cell text.
                r = r.option("header", "true").option("multiLine", "true").option("escape", "\"");
                StructType header = spark.read().option("header", "true").option("multiLine", "true")
                        .option("escape", "\"").csv(o.input()).schema();
                return r.schema(header.add(TableLayout.CORRUPT, DataTypes.StringType, true)).csv(o.input());
            }
            case JSONL -> {
                return r.json(o.input());
            }
            default -> {
                return spark.read().parquet(o.input());
            }
        }
    }

    private static void write(Dataset<Row> df, JobOptions o) {
        var w = df.write().mode(org.apache.spark.sql.SaveMode.ErrorIfExists);
        switch (o.outputFormat()) {
            // Spark's CSV writer trims cells by default, which would drop a report's trailing line break.
            case CSV -> w.option("header", "true").option("escape", "\"").option("ignoreLeadingWhiteSpace", "false")
                    .option("ignoreTrailingWhiteSpace", "false").csv(o.output());
            case JSONL -> w.json(o.output());
            default -> w.parquet(o.output());
        }
    }

    /** Writes the summary under a hidden name, then renames it: it appears whole, and only after Spark's commit. */
    private static void writeSummary(FileSystem fs, org.apache.hadoop.fs.Path dir, ObjectNode summary)
            throws IOException {
        org.apache.hadoop.fs.Path tmp = new org.apache.hadoop.fs.Path(dir, "." + SUMMARY + ".tmp");
        try (OutputStream s = fs.create(tmp, false)) {
            s.write((new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (!fs.rename(tmp, new org.apache.hadoop.fs.Path(dir, SUMMARY))) {
            throw new IOException("cannot rename the summary into " + dir);
        }
    }
}

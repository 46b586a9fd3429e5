package org.raddeid.spark;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;
import org.raddeid.batch.RowDeidentifier;
import org.raddeid.core.BuildInfo;
import org.raddeid.core.rewrite.DeidResult.Replacement;

/**
 * The counts of a run, summed over every task by Spark: rows, failed rows, PHI per type and per operator, chars, and
 * the errors of the {@value #MAX_ERRORS} lowest-numbered failed rows (messages name rows and columns, never content).
 * Holds no text and no secret. A task adds to its own copy (not thread-safe, one task thread); Spark merges the copies
 * of successful tasks on the driver.
 *
 * <p>Like every Spark accumulator updated in a transformation, a stage that Spark recomputes (a lost executor) counts
 * its rows again; a task that fails and is retried does not.
 */
public final class RunTally extends AccumulatorV2<RowDeidentifier.Result, RunTally> {

    private static final long serialVersionUID = 1L;

    /** Errors kept; the rest are only counted. */
    public static final int MAX_ERRORS = 100;

    private long rows;
    private long failed;
    private long phi;
    private long chars;
    private long degraded;
    private TreeMap<String, Long> byType = new TreeMap<>();
    private TreeMap<String, Long> byOperator = new TreeMap<>();
    private TreeMap<Long, String> errors = new TreeMap<>();

    /** Adds one column's result of a row (counted as PHI and chars; the row itself by {@link #row}). */
    @Override
    public void add(RowDeidentifier.Result r) {
        chars += r.chars();
        for (Replacement rep : r.replacements()) {
            phi++;
            byType.merge(rep.span().type().name(), 1L, Long::sum);
            byOperator.merge(rep.operator(), 1L, Long::sum);
        }
    }

    /**
     * Counts row {@code row} (1-based), with {@code error} when it failed (null otherwise) and whether an optional
     * recognizer was left out of it.
     */
    public void row(long row, String error, boolean wasDegraded) {
        rows++;
        if (wasDegraded) {
            degraded++;
        }
        if (error != null) {
            failed++;
            errors.put(row, error);
            if (errors.size() > MAX_ERRORS) {
                errors.pollLastEntry();
            }
        }
    }

    @Override
    public void merge(AccumulatorV2<RowDeidentifier.Result, RunTally> other) {
        RunTally o = (RunTally) other;
        rows += o.rows;
        failed += o.failed;
        phi += o.phi;
        chars += o.chars;
        degraded += o.degraded;
        o.byType.forEach((k, v) -> byType.merge(k, v, Long::sum));
        o.byOperator.forEach((k, v) -> byOperator.merge(k, v, Long::sum));
        errors.putAll(o.errors);
        while (errors.size() > MAX_ERRORS) {
            errors.pollLastEntry();
        }
    }

    @Override
    public RunTally copy() {
        RunTally c = new RunTally();
        c.merge(this);
        return c;
    }

    @Override
    public void reset() {
        rows = 0;
        failed = 0;
        phi = 0;
        chars = 0;
        degraded = 0;
        byType = new TreeMap<>();
        byOperator = new TreeMap<>();
        errors = new TreeMap<>();
    }

    @Override
    public boolean isZero() {
        return rows == 0 && chars == 0 && phi == 0;
    }

    @Override
    public RunTally value() {
        return this;
    }

    public long rows() {
        return rows;
    }

    public long failed() {
        return failed;
    }

    public long phi() {
        return phi;
    }

    /** Returns the kept errors by row number, lowest first. */
    public Map<Long, String> errors() {
        return java.util.Collections.unmodifiableMap(errors);
    }

    /**
     * Returns the JSON summary, the same keys as {@code raddeid deid --summary} where they apply.
     *
     * @param seconds the job's wall time
     * @param ensemble the ensemble's name
     * @param policy the policy's name
     */
    public ObjectNode toJson(double seconds, String ensemble, String policy) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("rows", rows);
        o.put("rowsFailed", failed);
        o.put("phi", phi);
        byType.forEach(o.putObject("phiByType")::put);
        byOperator.forEach(o.putObject("phiByOperator")::put);
        if (degraded > 0) {
            o.putObject("degraded").put("rows", degraded);
        }
        var errs = o.putArray("errors");
        errors.forEach((row, error) -> errs.addObject().put("row", row).put("error", error));
        o.put("errorsNotListed", failed - errors.size());
        o.put("seconds", round(seconds));
        o.put("rowsPerSecond", round(rows / Math.max(seconds, 1e-9)));
        o.put("charsPerSecond", round(chars / Math.max(seconds, 1e-9)));
        o.put("ensemble", ensemble);
        o.put("policy", policy);
        o.put("raddeidVersion", BuildInfo.current().describe());
        return o;
    }

    /** Counts only (Spark prints accumulators by their value, which is this). */
    @Override
    public String toString() {
        return "RunTally[rows=" + rows + ", failed=" + failed + ", phi=" + phi + "]";
    }

    /** Returns the one-line human summary. */
    public String line(double seconds) {
        return String.format("deid-spark: %,d rows, %,d failed, %,d PHI replaced, %.1f s (%,.0f rows/s)", rows,
                failed, phi, seconds, rows / Math.max(seconds, 1e-9));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}

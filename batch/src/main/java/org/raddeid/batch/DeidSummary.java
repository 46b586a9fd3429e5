package org.raddeid.batch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.raddeid.core.BuildInfo;
import org.raddeid.core.residual.Residual;
import org.raddeid.core.rewrite.DeidResult.Replacement;

/**
 * The tally of a {@code deid} run: rows, failures, PHI per type and operator, recheck hits, errors (capped). Holds no
 * text and no secret, only counts, row numbers and error messages (which name places, never content). Not
 * thread-safe: fed by the one thread that writes the output.
 */
public final class DeidSummary {

    /** Errors kept in the summary; the rest are only counted. */
    public static final int MAX_ERRORS = 100;

    private long rows;
    private long failed;
    private long chars;
    private long phi;
    private final Map<String, Long> byType = new TreeMap<>();
    private final Map<String, Long> byOperator = new TreeMap<>();
    private final Map<String, Long> refound = new TreeMap<>();
    private final Map<String, Long> leftovers = new TreeMap<>();
    private final Map<String, Long> medicalTerms = new TreeMap<>();
    private long rowsWithLeftovers;
    private long rowsDegraded;
    private final Map<String, Long> degradedBy = new TreeMap<>();
    private String firstDegradation;
    private final List<RowError> errors = new ArrayList<>();

    /** A failed row, without its content. */
    private record RowError(long row, long line, String error) {
    }

    /** Adds one row's result. */
    public synchronized void add(RowDeidentifier.Result r) {
        rows++;
        chars += r.chars();
        if (r.failed()) {
            failed++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new RowError(r.record().row(), r.record().line(), r.output().error()));
            }
        }
        for (Replacement rep : r.replacements()) {
            phi++;
            byType.merge(rep.span().type().name(), 1L, Long::sum);
            byOperator.merge(rep.operator(), 1L, Long::sum);
        }
        if (!r.degraded().isEmpty()) {
            rowsDegraded++;
            r.degraded().stream().map(d -> d.recognizer()).distinct()
                    .forEach(name -> degradedBy.merge(name, 1L, Long::sum));
            if (firstDegradation == null) {
                firstDegradation = r.degraded().get(0).recognizer() + ": " + r.degraded().get(0).reason();
            }
        }
        boolean leftover = false;
        for (Residual h : r.recheck()) {
            Map<String, Long> counts = switch (h.verdict()) {
                case LEFTOVER -> leftovers;
                case REPLACEMENT -> refound;
                case MEDICAL_TERM -> medicalTerms;
            };
            counts.merge(h.type().name(), 1L, Long::sum);
            leftover |= h.leftover();
        }
        if (leftover) {
            rowsWithLeftovers++;
        }
    }

    public synchronized long rows() {
        return rows;
    }

    public synchronized long failed() {
        return failed;
    }

    /** Returns the rows de-identified without some optional recognizer (see {@code Degradation}). */
    public synchronized long degraded() {
        return rowsDegraded;
    }

    /** Returns the kept errors, in row order. */
    public synchronized List<String> errorMessages() {
        return errors.stream().map(RowError::error).toList();
    }

    /**
     * Returns the JSON summary.
     *
     * @param seconds the run's wall time
     * @param ensemble the ensemble's name
     * @param policy the policy's name
     * @param recheck whether the recheck ran (its counts are included only then)
     */
    public synchronized ObjectNode toJson(double seconds, String ensemble, String policy, boolean recheck) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("rows", rows);
        o.put("rowsFailed", failed);
        o.put("phi", phi);
        byType.forEach(o.putObject("phiByType")::put);
        byOperator.forEach(o.putObject("phiByOperator")::put);
        if (recheck) {
            ObjectNode rc = o.putObject("recheck");
            rc.put("rowsWithLeftovers", rowsWithLeftovers);
            leftovers.forEach(rc.putObject("leftoversByType")::put);
            refound.forEach(rc.putObject("refoundByType")::put);
            medicalTerms.forEach(rc.putObject("medicalTermsByType")::put);
        }
        if (rowsDegraded > 0) {
            // Never silently: rows rewritten without an optional recognizer (the LLM in degrade mode).
            ObjectNode dg = o.putObject("degraded");
            dg.put("rows", rowsDegraded);
            degradedBy.forEach(dg.putObject("rowsByRecognizer")::put);
            dg.put("firstReason", firstDegradation);
        }
        var errs = o.putArray("errors");
        for (RowError e : errors) {
            errs.addObject().put("row", e.row()).put("line", e.line()).put("error", e.error());
        }
        o.put("errorsNotListed", failed - errors.size());
        o.put("seconds", round(seconds));
        o.put("rowsPerSecond", round(rows / Math.max(seconds, 1e-9)));
        o.put("charsPerSecond", round(chars / Math.max(seconds, 1e-9)));
        o.put("ensemble", ensemble);
        o.put("policy", policy);
        o.put("raddeidVersion", BuildInfo.current().describe());
        return o;
    }

    /** Returns the one-line human summary. */
    public synchronized String line(double seconds, boolean recheck) {
        StringBuilder b = new StringBuilder(String.format("deid: %,d rows, %,d failed, %,d PHI replaced, %.1f s "
                + "(%,.0f rows/s)", rows, failed, phi, seconds, rows / Math.max(seconds, 1e-9)));
        if (rowsDegraded > 0) {
            b.append(String.format("; %,d row(s) DEGRADED (first: %s)", rowsDegraded, firstDegradation));
        }
        if (recheck) {
            b.append(String.format("; recheck: %,d leftover(s) in %,d row(s), %,d surrogate(s) re-found",
                    sum(leftovers), rowsWithLeftovers, sum(refound)));
        }
        return b.toString();
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}

package org.raddeid.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.raddeid.batch.DeidSummary;

/**
 * One batch job as the server knows it: options, state and progress. Thread-safe: the job's thread updates it while
 * request threads read its {@link #status()}.
 */
final class Job {

    private final String id;
    private final Path dir;
    private final JobOptions options;
    private final Instant createdAt;
    private final DeidSummary tally = new DeidSummary();
    private JobState state;
    private Instant startedAt;
    private Instant finishedAt;
    private Instant downloadedAt;
    private String error;
    private JsonNode summary;
    private long rowsDone;
    private long rowsFailed;
    private long bytesRead;
    private long bytesTotal;
    private String stopReason;
    private volatile String owner;

    /** A new, queued job. */
    Job(String id, Path dir, JobOptions options, long bytesTotal) {
        this(id, dir, options, Instant.now(), JobState.QUEUED);
        this.bytesTotal = bytesTotal;
    }

    private Job(String id, Path dir, JobOptions options, Instant createdAt, JobState state) {
        this.id = id;
        this.dir = dir;
        this.options = options;
        this.createdAt = createdAt;
        this.state = state;
    }

    /** Returns the digest of the key that made the job, or null when it was made with keys off. */
    String owner() {
        return owner;
    }

    /** Sets the owner (before the job is shared). */
    Job ownedBy(String owner) {
        this.owner = owner;
        return this;
    }

    /**
     * Returns whether a caller acting as {@code caller} may see the job: always with keys off (a null caller), else
     * only the key that made it.
     */
    boolean visibleTo(String caller) {
        return caller == null || caller.equals(owner);
    }

    /** A job read back from its {@code job.json}. */
    static Job restored(Path dir, JobStatus s) {
        Job j = new Job(s.id(), dir, s.options(), parse(s.createdAt()), s.state());
        j.startedAt = parse(s.startedAt());
        j.finishedAt = parse(s.finishedAt());
        j.downloadedAt = parse(s.downloadedAt());
        j.error = s.error();
        j.summary = s.summary();
        j.rowsDone = s.rowsDone();
        j.rowsFailed = s.rowsFailed();
        j.bytesRead = s.bytesRead();
        j.bytesTotal = s.bytesTotal();
        return j;
    }

    String id() {
        return id;
    }

    Path dir() {
        return dir;
    }

    JobOptions options() {
        return options;
    }

    DeidSummary tally() {
        return tally;
    }

    synchronized JobState state() {
        return state;
    }

    synchronized Instant finishedAt() {
        return finishedAt;
    }

    synchronized Instant downloadedAt() {
        return downloadedAt;
    }

    synchronized void started() {
        state = JobState.RUNNING;
        startedAt = Instant.now();
    }

    synchronized void progress(long read, long total) {
        bytesRead = read;
        bytesTotal = total;
    }

    /** Ends the job in {@code end}, with {@code reason} when it failed; keeps the tally's counts. */
    synchronized void finish(JobState end, String reason, JsonNode runSummary) {
        state = end;
        error = reason;
        summary = runSummary;
        finishedAt = Instant.now();
        rowsDone = tally.rows();
        rowsFailed = tally.failed();
    }

    /** Notes the first download. */
    synchronized void downloaded() {
        if (downloadedAt == null) {
            downloadedAt = Instant.now();
        }
    }

    /** Asks a queued or running job to stop; {@code reason} says why (the first reason wins). */
    synchronized void requestStop(String reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
    }

    /** Returns why the job was asked to stop, or null. */
    synchronized String stopReason() {
        return stopReason;
    }

    boolean stopRequested() {
        return stopReason() != null;
    }

    /** Returns the job's status now. */
    synchronized JobStatus status() {
        long rows = state == JobState.RUNNING ? tally.rows() : rowsDone;
        long failed = state == JobState.RUNNING ? tally.failed() : rowsFailed;
        double rate = 0;
        if (summary != null && summary.path("rowsPerSecond").isNumber()) {
            rate = summary.get("rowsPerSecond").asDouble(); // one figure for a done job: the summary's
        } else if (startedAt != null) {
            Instant end = finishedAt != null ? finishedAt : Instant.now();
            double seconds = Duration.between(startedAt, end).toNanos() / 1e9;
            rate = Math.round(rows / Math.max(seconds, 1e-3) * 10) / 10.0;
        }
        return new JobStatus(id, state, rows, failed, bytesRead, bytesTotal, rate, text(createdAt),
                text(startedAt), text(finishedAt), text(downloadedAt), error, options, summary,
                JobStatus.Links.of(id));
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    private static Instant parse(String t) {
        return t == null ? null : Instant.parse(t);
    }
}

package org.raddeid.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.raddeid.batch.BatchJob;
import org.raddeid.batch.table.MissingColumnException;
import org.raddeid.batch.table.TableOptions;
import org.raddeid.batch.table.UnreadableInputException;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.recognizers.Policies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job through {@link BatchJob} and turns how it ended into a state and a reason that names places and
 * columns, never content. Stateless.
 */
final class JobRun {

    private static final Logger LOG = LoggerFactory.getLogger(JobRun.class);

    /** How a run ended: its state, the reason when it failed, and the summary when done. */
    record Outcome(JobState state, String reason, JsonNode summary) {
    }

    private JobRun() {
    }

    /** Runs {@code job} with {@code threads} workers; {@code cancelled} is the stop reason of a user's cancel. */
    static Outcome run(Job job, Jobs.Engine engine, int threads, String cancelled) {
        long t0 = System.nanoTime();
        try {
            JobOptions o = job.options();
            Deidentifier deid = engine.engines().get(o.ensemble());
            Policy policy = Policies.named(o.policy());
            TableOptions table = o.table(engine.maxTextChars());
            BatchJob.Settings s = new BatchJob.Settings(JobFiles.input(job), JobFiles.output(job), o.fileFormat(),
                    policy, engine.secret(), table, o.keepPatientColumn(), threads,
                    o.maxErrors() == null ? Long.MAX_VALUE : o.maxErrors());
            BatchJob.run(deid, s, job.tally(), (read, total, tally) -> job.progress(read, total),
                    job::stopRequested);
            return new Outcome(JobState.DONE, null, job.tally().toJson((System.nanoTime() - t0) / 1e9,
                    o.ensemble(), policy.name(), o.recheck()));
        } catch (BatchJob.StoppedException e) {
            String stop = job.stopReason();
            if (cancelled.equals(stop)) {
                return new Outcome(JobState.CANCELLED, null, null);
            }
            return failed(stop == null ? e.getMessage() : stop);
        } catch (UnreadableInputException e) {
            return failed("unreadable input: " + e.getMessage());
        } catch (MissingColumnException e) {
            return failed(e.withoutNames(JobOptions.field(e.option())));
        } catch (IllegalArgumentException e) {
            return failed("not run (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(job.stopReason() != null ? job.stopReason() : Jobs.SERVER_STOPPED);
        } catch (IOException e) {
            return failed("cannot read or write the job's files (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            LOG.error("job {} failed: {}", job.id(), e.getClass().getName());
            return failed("internal error (" + e.getClass().getSimpleName() + "); nothing was written");
        }
    }

    private static Outcome failed(String reason) {
        return new Outcome(JobState.FAILED, reason, null);
    }
}

package org.raddeid.server.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code GET /api/v1/jobs/{id}} answers and {@code job.json} holds: state, progress, times, options and, when
 * done, the run summary. Counts, column names and reasons only: never report text, never the secret. Immutable.
 *
 * @param id the job's random id
 * @param state queued, running, done, failed or cancelled
 * @param rowsDone rows processed so far
 * @param rowsFailed rows that failed so far
 * @param bytesRead bytes of the upload read so far
 * @param bytesTotal the upload's size in bytes
 * @param rowsPerSecond the rate since the job started
 * @param createdAt when it was accepted (ISO-8601)
 * @param startedAt when it started, or null
 * @param finishedAt when it ended, or null
 * @param downloadedAt when its result was first downloaded, or null
 * @param error why it failed, or null: a reason, never input text
 * @param options what it runs with
 * @param summary the {@code deid} summary JSON once done
 * @param links where to poll and download
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JobStatus(String id, JobState state, long rowsDone, long rowsFailed, long bytesRead, long bytesTotal,
        double rowsPerSecond, String createdAt, String startedAt, String finishedAt, String downloadedAt, String error,
        JobOptions options, JsonNode summary, Links links) {

    /**
     * The job's resources.
     *
     * @param self its status
     * @param result its result (available once done)
     */
    public record Links(String self, String result) {

        /** Returns the links of job {@code id}. */
        public static Links of(String id) {
            return new Links("/api/v1/jobs/" + id, "/api/v1/jobs/" + id + "/result");
        }
    }
}

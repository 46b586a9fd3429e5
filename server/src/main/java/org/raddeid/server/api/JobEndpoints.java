package org.raddeid.server.api;

import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raddeid.batch.BatchJob;
import org.raddeid.batch.table.FormatMismatchException;
import org.raddeid.batch.table.MissingColumnException;
import org.raddeid.batch.table.UnreadableInputException;
import org.raddeid.core.io.PrivateFiles;
import org.raddeid.recognizers.Policies;
import org.raddeid.server.ServerSetup;
import org.raddeid.server.job.JobOptions;
import org.raddeid.server.job.JobState;
import org.raddeid.server.job.JobStatus;
import org.raddeid.server.job.Jobs;

/**
 * {@code POST /api/v1/batch} and the {@code /api/v1/jobs} routes. The upload streams to disk (the multipart parser
 * keeps at most {@value #IN_MEMORY} bytes of a part in memory) and then into the job's directory. Thread-safe.
 */
public final class JobEndpoints {

    /** The most of one part held in memory before the parser spills it to disk. */
    static final int IN_MEMORY = 64 * 1024;

    /** The request attribute holding who the request acts for (see {@code ApiKeys#owner}). */
    public static final String OWNER = "raddeid.owner";

    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    private static final int MAX_FIELD_BYTES = 1024;

    private final Jobs jobs;
    private final long maxUpload;
    private final int maxTextChars;
    private final JobOptions.Choices choices;

    /** Creates the endpoints over {@code jobs}. */
    public JobEndpoints(ServerSetup setup, Jobs jobs) {
        this.jobs = jobs;
        this.maxUpload = setup.config().jobs().maxUploadBytes();
        this.maxTextChars = setup.config().limits().maxTextChars();
        this.choices = new JobOptions.Choices(setup.engines().names(), setup.engines().defaultName(),
                List.copyOf(Policies.names()), setup.config().defaultPolicy());
    }

    /**
     * The answer of {@code POST /api/v1/batch}.
     *
     * @param jobId the new job's id
     * @param state its state ({@code queued})
     * @param links where to poll it and download its result
     */
    public record Accepted(String jobId, JobState state, JobStatus.Links links) {
    }

    /**
     * The answer of {@code GET /api/v1/jobs}.
     *
     * @param jobs every job the caller's key made (with keys off: every job), newest first
     */
    public record JobList(List<JobStatus> jobs) {
    }

    /** Accepts an upload as a new job: 202 with its id, or 400, 413, 503. */
    public void submit(Context ctx) throws IOException {
        long length = ctx.req().getContentLengthLong();
        if (length > maxUpload) {
            throw ApiException.tooLarge("file", "upload is larger than the limit of " + maxUpload + " bytes");
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
            throw ApiException.badField("file", "send multipart/form-data with the CSV or JSONL file in the field "
                    + "'file'");
        }
        if (!jobs.hasRoom()) {
            throw new ApiException(503, null, "the job queue is full; try again later");
        }
        ctx.req().setAttribute(MULTIPART_CONFIG, new MultipartConfigElement(jobs.uploadDirectory().toString(),
                maxUpload, maxUpload, IN_MEMORY));
        Collection<Part> parts = parts(ctx, length);
        try {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            Part file = null;
            for (Part p : parts) {
                if (p.getName().equals("file")) {
                    if (file != null || p.getSubmittedFileName() == null) {
                        throw ApiException.badField("file", "give exactly one file in the field 'file'");
                    }
                    file = p;
                } else {
                    fields.computeIfAbsent(p.getName(), k -> new ArrayList<>()).add(field(p));
                }
            }
            if (file == null) {
                throw ApiException.badField("file", "missing: upload the CSV or JSONL file in the field 'file'");
            }
            JobOptions options = JobOptions.from(fields, file.getSubmittedFileName(), choices);
            Jobs.Draft draft = jobs.draft();
            try (InputStream in = file.getInputStream()) {
                PrivateFiles.copy(in, draft.input(options));
                check(draft, options);
            } catch (IOException | RuntimeException e) {
                jobs.discard(draft);
                throw e;
            }
            JobStatus s = jobs.submit(draft, options, owner(ctx))
                    .orElseThrow(() -> new ApiException(503, null, "the job queue is full; try again later"));
            ctx.status(202).header("Location", s.links().self()).json(new Accepted(s.id(), s.state(), s.links()));
        } finally {
            for (Part p : parts) {
                p.delete();
            }
        }
    }

    /**
     * Refuses, before the job is accepted, an upload that is not in its format or lacks a named column: a 400 that
     * counts the header's columns but never repeats them (a header may hold PHI).
     */
    private void check(Jobs.Draft draft, JobOptions options) throws IOException {
        try {
            BatchJob.check(draft.input(options), options.fileFormat(), options.table(maxTextChars));
        } catch (MissingColumnException e) {
            String field = JobOptions.field(e.option());
            throw ApiException.badField(field, e.withoutNames(field));
        } catch (FormatMismatchException e) {
            throw ApiException.badField("file", e.getMessage() + ": upload it named ." + e.looksLike() + " or send "
                    + "format=" + e.looksLike());
        } catch (UnreadableInputException e) {
            throw ApiException.badField("file", "unreadable: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // a header with two columns alike or both default text columns: positions, never names (issue 17)
            throw ApiException.badField("file", e.getMessage().replace("--column", "column"));
        }
    }

    private static Collection<Part> parts(Context ctx, long length) {
        try {
            return ctx.req().getParts();
        } catch (IOException | ServletException | IllegalStateException e) {
            if (tooLarge(e)) {
                throw ApiException.tooLarge("file", "upload is larger than the limit");
            }
            throw ApiException.badField("file", "unreadable multipart body (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Whether the parser refused the body for its size: Jetty reports a declared length over the limit as a 413
     * somewhere in the causes, and a chunked body that runs past it (no length declared) as an
     * {@link IllegalStateException} under its 400, the type its multipart parser uses for its limits only.
     */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() == 413
                    || t instanceof IllegalStateException && t != e) {
                return true;
            }
        }
        return false;
    }

    private static String field(Part p) {
        // A field name is named back only when it is one of ours: a client may put anything in a name.
        String name = JobOptions.FIELDS.contains(p.getName()) ? p.getName() : null;
        if (p.getSize() > MAX_FIELD_BYTES) {
            throw ApiException.badField(name, (name == null ? "a form field" : "field '" + name + "'") + " is longer "
                    + "than " + MAX_FIELD_BYTES + " bytes");
        }
        try (InputStream in = p.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ApiException.badField(name, "a form field is unreadable (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String owner(Context ctx) {
        return ctx.attribute(OWNER);
    }

    /** Answers a job's status, or 404. */
    public void status(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(jobs.status(id, owner(ctx)).orElseThrow(() -> noSuchJob(id)));
    }

    /** Answers every job's status. */
    public void list(Context ctx) {
        ctx.json(new JobList(jobs.list(owner(ctx))));
    }

    /** Streams a done job's result; 409 before it is done, 404 when there is no such job. */
    public void result(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Jobs.Result r = jobs.result(id, owner(ctx)).orElseThrow(() -> noSuchJob(id));
        if (r.file() == null) {
            JobState state = jobs.status(id, owner(ctx)).map(JobStatus::state).orElse(JobState.FAILED);
            throw new ApiException(409, null, "job is " + state.json() + "; its result can be downloaded when it is "
                    + "done");
        }
        boolean csv = r.options().format().equals("csv");
        ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"raddeid-" + id.substring(0, 8) + "-deid"
                + r.options().extension() + "\"");
        ctx.result(Files.newInputStream(r.file()));
    }

    /** Cancels and removes a job with its files: 204, or 404 when there is no such job. */
    public void delete(Context ctx) {
        String id = ctx.pathParam("id");
        jobs.delete(id, owner(ctx)).orElseThrow(() -> noSuchJob(id));
        ctx.status(204);
    }

    /** A 404 that says why the job is not there: deleted, expired, or never made. */
    private ApiException noSuchJob(String id) {
        String why = switch (jobs.gone(id).orElse(Jobs.Gone.UNKNOWN)) {
            case DELETED -> "no such job: it was deleted";
            case EXPIRED -> "no such job: it expired (a finished job is deleted after its time to live, or soon after "
                    + "its result was first downloaded)";
            case UNKNOWN -> "no such job";
        };
        return new ApiException(404, "id", why);
    }
}

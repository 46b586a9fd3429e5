package org.raddeid.server.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.server.Engines;
import org.raddeid.server.config.ServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's batch jobs: a small bounded executor (so many running, so many waiting), the work directory, a
 * sweeper that deletes expired jobs, and an orderly stop. Each job runs {@link BatchJob}, the engine of {@code
 * ./raddeid deid}. Logs ids, states, counts and exception classes only. Thread-safe.
 */
public final class Jobs implements AutoCloseable {

    /** The reason a job gets when the server stopped while it ran or waited. */
    public static final String SERVER_STOPPED = "server stopped";

    /** The reason a job gets when the server process ended while it ran or waited. */
    public static final String SERVER_RESTARTED = "server restarted";

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    private static final String CANCELLED = "cancelled";

    /** What jobs run with besides their options. */
    public record Engine(Engines engines, Secret secret, int maxTextChars) {
    }

    /** Told of finished jobs and processed rows, for the metrics. */
    public interface Listener {
        /** A job ended in {@code state} after {@code rows} rows. */
        void finished(JobState state, long rows);
    }

    private final ServerConfig.Jobs config;
    private final Engine engine;
    private final Listener listener;
    private final JobFiles files;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, Runnable> queued = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService sweeper;
    private final Map<String, Gone> gone = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Gone> eldest) {
            return size() > GONE_REMEMBERED;
        }
    });

    /** Why a job id is no longer known, for the 404 that answers it. */
    public enum Gone {
        /** Removed by {@code DELETE}. */
        DELETED,
        /** Removed by the sweeper after its time to live or keep time. */
        EXPIRED,
        /** Never made, or removed before this process started. */
        UNKNOWN
    }

    /** How many removed job ids are remembered (ids only, 32 bytes each). */
    private static final int GONE_REMEMBERED = 10_000;

    private Jobs(ServerConfig.Jobs config, Engine engine, Listener listener, JobFiles files) {
        this.config = config;
        this.engine = engine;
        this.listener = listener;
        this.files = files;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(config.concurrent(), config.concurrent(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.queue())), r -> {
                    Thread t = new Thread(r, "raddeid-job-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "raddeid-job-sweeper");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the work directory, lists the jobs a previous run left there (a job that was queued or running is
     * {@code failed}, reason {@value #SERVER_RESTARTED}) and starts the sweeper.
     *
     * @throws UncheckedIOException when the work directory cannot be made or read
     */
    public static Jobs open(ServerConfig.Jobs config, Engine engine, Listener listener) {
        try {
            Jobs j = new Jobs(config, engine, listener, new JobFiles(config.workDir()));
            j.restore();
            long every = config.sweepEvery().toMillis();
            j.sweeper.scheduleWithFixedDelay(j::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
            return j;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the job work directory " + config.workDir(), e);
        }
    }

    private void restore() throws IOException {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(files.root())) {
            for (Path dir : dirs) {
                String id = dir.getFileName().toString();
                if (!JobFiles.isId(id) || !Files.isRegularFile(dir.resolve(JobFiles.STATUS))) {
                    continue;
                }
                try {
                    Job job = Job.restored(dir, files.read(dir)).ownedBy(JobFiles.readOwner(dir));
                    if (!job.id().equals(id)) {
                        continue;
                    }
                    if (!job.state().finished()) {
                        job.finish(JobState.FAILED, SERVER_RESTARTED, null);
                        files.save(job);
                    }
                    jobs.put(id, job);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("job {}: unreadable {} ({}), left for the sweeper", id, JobFiles.STATUS,
                            e.getClass().getSimpleName());
                }
            }
        }
        if (!jobs.isEmpty()) {
            LOG.info("{} job(s) from a previous run in {}", jobs.size(), files.root());
        }
    }

    /** Returns where uploads may spill to disk before they become a job's input. */
    public Path uploadDirectory() {
        return files.uploads();
    }

    /** Returns true when one more job could wait or run now. */
    public boolean hasRoom() {
        return executor.getActiveCount() + queued.size() < config.concurrent() + config.queue();
    }

    /** Returns the number of jobs waiting for a free slot. */
    public int queueLength() {
        return queued.size();
    }

    /** Returns the number of known jobs in each state. */
    public Map<JobState, Long> countByState() {
        Map<JobState, Long> m = new EnumMap<>(JobState.class);
        for (JobState s : JobState.values()) {
            m.put(s, 0L);
        }
        jobs.values().forEach(j -> m.merge(j.state(), 1L, Long::sum));
        return m;
    }

    /** A new job's directory, where its upload goes before {@link #submit}. */
    public record Draft(String id, Path dir) {
        /** Returns where the upload must be written for a job of {@code options}. */
        public Path input(JobOptions options) {
            return dir.resolve("input" + options.extension());
        }
    }

    /** Makes a directory for a new job. */
    public Draft draft() throws IOException {
        String id = files.create();
        return new Draft(id, files.dir(id));
    }

    /** Forgets a draft that was never submitted, deleting its files. */
    public void discard(Draft draft) {
        deleteQuietly(draft.dir(), draft.id());
    }

    /**
     * Queues the job whose upload is in {@code draft}, owned by {@code owner} (a key digest, or null with keys off).
     *
     * @return its status, or empty when the queue is full (the draft is then discarded)
     * @throws IOException when its {@code job.json} cannot be written
     */
    public Optional<JobStatus> submit(Draft draft, JobOptions options, String owner) throws IOException {
        Job job = new Job(draft.id(), draft.dir(), options, Files.size(draft.input(options))).ownedBy(owner);
        JobFiles.saveOwner(draft.dir(), owner);
        files.save(job);
        jobs.put(job.id(), job);
        Runnable task = () -> {
            queued.remove(job.id());
            run(job);
        };
        queued.put(job.id(), task);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException full) {
            queued.remove(job.id());
            jobs.remove(job.id());
            discard(draft);
            return Optional.empty();
        }
        LOG.info("job {} queued ({}, {}, {}, {} bytes)", job.id(), options.format(), options.ensemble(),
                options.policy(), job.status().bytesTotal());
        return Optional.of(job.status());
    }

    /** Returns why job {@code id} is gone, when this process removed it; empty when it never knew it. */
    public Optional<Gone> gone(String id) {
        return Optional.ofNullable(gone.get(id));
    }

    /** Returns the status of job {@code id}, or empty when there is none that {@code caller} may see. */
    public Optional<JobStatus> status(String id, String caller) {
        return find(id, caller).map(Job::status);
    }

    /** Returns the status of every job {@code caller} may see (with keys off: every job), newest first. */
    public List<JobStatus> list(String caller) {
        List<JobStatus> all = new ArrayList<>(jobs.values().stream().filter(j -> j.visibleTo(caller))
                .map(Job::status).toList());
        all.sort(Comparator.comparing(JobStatus::createdAt).reversed());
        return all;
    }

    /** A finished job's result file. */
    public record Result(Path file, JobOptions options) {
    }

    /**
     * Returns job {@code id}'s result file, noting the download (the sweeper deletes it some time after).
     *
     * @return empty when there is no such job that {@code caller} may see; a result whose file is null when the job
     *     is not done
     */
    public Optional<Result> result(String id, String caller) {
        return find(id, caller).map(job -> {
            if (job.state() != JobState.DONE || !Files.isRegularFile(JobFiles.output(job))) {
                return new Result(null, job.options());
            }
            job.downloaded();
            saveQuietly(job);
            return new Result(JobFiles.output(job), job.options());
        });
    }

    /**
     * Cancels job {@code id} if it waits or runs and removes it with its files (a running job stops after its
     * current batch and then deletes its files).
     *
     * @return the job's last status (state {@code cancelled} if it had not finished), or empty when there is none
     *     that {@code caller} may see
     */
    public Optional<JobStatus> delete(String id, String caller) {
        Optional<Job> found = find(id, caller);
        found.ifPresent(job -> {
            jobs.remove(job.id());
            gone.put(job.id(), Gone.DELETED);
            Runnable task = queued.remove(job.id());
            job.requestStop(CANCELLED);
            if (task != null && executor.remove(task)) {
                job.finish(JobState.CANCELLED, null, null);
                listener.finished(JobState.CANCELLED, 0);
            }
            if (job.state() != JobState.RUNNING) {
                deleteQuietly(job.dir(), job.id());
            }
            LOG.info("job {} deleted", job.id());
        });
        return found.map(j -> {
            JobStatus s = j.status();
            return s.state().finished() ? s : withState(s, JobState.CANCELLED);
        });
    }

    private static JobStatus withState(JobStatus s, JobState state) {
        return new JobStatus(s.id(), state, s.rowsDone(), s.rowsFailed(), s.bytesRead(), s.bytesTotal(),
                s.rowsPerSecond(), s.createdAt(), s.startedAt(), s.finishedAt(), s.downloadedAt(), s.error(),
                s.options(), s.summary(), s.links());
    }

    /** The job {@code id} when {@code caller} may see it: another key's job is as absent as no job at all. */
    private Optional<Job> find(String id, String caller) {
        return JobFiles.isId(id) ? Optional.ofNullable(jobs.get(id)).filter(j -> j.visibleTo(caller))
                : Optional.empty();
    }

    /** Runs one job on an executor thread, then keeps its status (or, when cancelled, deletes its files). */
    private void run(Job job) {
        if (job.stopRequested()) {
            return;
        }
        job.started();
        saveQuietly(job);
        LOG.info("job {} running", job.id());
        JobRun.Outcome o = JobRun.run(job, engine, config.threads(), CANCELLED);
        job.finish(o.state(), o.reason(), o.summary());
        listener.finished(o.state(), job.tally().rows());
        LOG.info("job {} {} after {} row(s), {} failed", job.id(), o.state().json(), job.tally().rows(),
                job.tally().failed());
        if (CANCELLED.equals(job.stopReason())) {
            deleteQuietly(job.dir(), job.id());
        } else {
            saveQuietly(job);
        }
    }

    /** Deletes finished jobs past their TTL and downloaded ones past their keep time. Returns how many. */
    public int sweep() {
        Instant now = Instant.now();
        int n = 0;
        for (Job job : List.copyOf(jobs.values())) {
            Instant finished = job.finishedAt();
            Instant downloaded = job.downloadedAt();
            boolean expired = finished != null && job.state().finished()
                    && (!finished.plus(config.ttl()).isAfter(now)
                            || downloaded != null && !downloaded.plus(config.keepAfterDownload()).isAfter(now));
            if (expired && jobs.remove(job.id(), job)) {
                gone.put(job.id(), Gone.EXPIRED);
                deleteQuietly(job.dir(), job.id());
                LOG.info("job {} expired and deleted", job.id());
                n++;
            }
        }
        return n;
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("job sweep failed ({})", e.getClass().getSimpleName());
        }
    }

    /**
     * Stops: waiting jobs fail at once, running ones get the configured grace period to finish and are then stopped
     * and marked {@code failed}, reason {@value #SERVER_STOPPED}. Finished jobs stay in the work directory.
     */
    @Override
    public void close() {
        sweeper.shutdownNow();
        List<Runnable> waiting = new ArrayList<>();
        executor.getQueue().drainTo(waiting);
        executor.shutdown();
        for (Map.Entry<String, Runnable> e : Map.copyOf(queued).entrySet()) {
            if (waiting.contains(e.getValue())) {
                Job job = jobs.get(e.getKey());
                queued.remove(e.getKey());
                if (job != null) {
                    job.requestStop(SERVER_STOPPED);
                    job.finish(JobState.FAILED, SERVER_STOPPED, null);
                    saveQuietly(job);
                }
            }
        }
        try {
            if (!executor.awaitTermination(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                jobs.values().forEach(j -> j.requestStop(SERVER_STOPPED));
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                    executor.awaitTermination(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jobs.values().forEach(j -> j.requestStop(SERVER_STOPPED));
            executor.shutdownNow();
        }
    }

    private void saveQuietly(Job job) {
        try {
            files.save(job);
        } catch (IOException e) {
            LOG.warn("job {}: cannot write {} ({})", job.id(), JobFiles.STATUS, e.getClass().getSimpleName());
        }
    }

    private static void deleteQuietly(Path dir, String id) {
        try {
            JobFiles.delete(dir);
        } catch (IOException e) {
            LOG.warn("job {}: cannot delete its files ({})", id, e.getClass().getSimpleName());
        }
    }
}

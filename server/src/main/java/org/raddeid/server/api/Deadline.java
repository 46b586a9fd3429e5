package org.raddeid.server.api;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs PHI work on a pool of worker threads and gives up waiting after the request timeout (a 503). The work itself is
 * interrupted and stops at its next checkpoint ({@link org.raddeid.core.WorkInterruptedException#check()}: between
 * the engine's steps, between messages, records and files), so a request past its deadline stops holding a worker; a
 * single recognizer call runs to its end, which the per-request size limits keep short. Thread-safe.
 */
public final class Deadline implements AutoCloseable {

    private final ExecutorService pool;
    private final Duration timeout;

    /** Creates a pool of {@code threads} workers waiting at most {@code timeout} per task. */
    public Deadline(int threads, Duration timeout) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "raddeid-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.timeout = timeout;
    }

    /**
     * Runs {@code work} and returns its result.
     *
     * @throws ApiException 503 when it takes longer than the timeout
     * @throws RuntimeException whatever the work threw (fail closed: nothing is returned)
     */
    public <T> T run(Callable<T> work) {
        Future<T> f = pool.submit(work);
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ApiException(503, null, "the request took longer than the timeout of " + timeout.toMillis()
                    + " ms; nothing was returned");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the worker");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("worker failed with " + e.getCause().getClass().getName());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

package org.raddeid.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A fixed pool of daemon worker threads that maps a batch of records in parallel and returns the results in input
 * order, so batch commands read a bounded batch, process it on every core and write it in order. Use from one thread.
 */
public final class ParallelBatches implements AutoCloseable {

    /** Records read and processed at a time: enough to keep every core busy, few enough to bound memory. */
    public static final int BATCH = 256;

    private final ExecutorService pool;

    /**
     * Starts {@code threads} workers named {@code name}.
     *
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public ParallelBatches(int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Applies {@code work} to every item of {@code batch} in parallel; returns the results in the same order.
     * {@code work} must turn every per-record failure into a result: anything it throws is a bug, and fails the run.
     */
    public <I, O> List<O> map(List<I> batch, Function<I, O> work) throws InterruptedException {
        List<Future<O>> futures = new ArrayList<>(batch.size());
        for (I item : batch) {
            futures.add(pool.submit(() -> work.apply(item)));
        }
        List<O> results = new ArrayList<>(batch.size());
        for (Future<O> f : futures) {
            try {
                results.add(f.get());
            } catch (ExecutionException e) {
                // Fail closed; the cause's message may quote input, so only its class is named.
                throw new IllegalStateException("worker failed: " + e.getCause().getClass().getName());
            }
        }
        return results;
    }

    /** Prints the first {@code max} of {@code messages} to {@code err}, then how many more there were. */
    public static void printErrors(java.io.PrintWriter err, String command, List<String> messages, long total, int max) {
        for (int i = 0; i < Math.min(max, messages.size()); i++) {
            err.println(command + ": " + messages.get(i));
        }
        if (total > Math.min(max, messages.size())) {
            err.println(command + ": … and " + (total - Math.min(max, messages.size())) + " more");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

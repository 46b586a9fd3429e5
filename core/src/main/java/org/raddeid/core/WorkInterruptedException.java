package org.raddeid.core;

/**
 * The thread doing the work was interrupted (its caller gave up waiting, past a request's deadline), so the work
 * stops at the next checkpoint instead of running on and holding a worker. Carries no content.
 */
public final class WorkInterruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private WorkInterruptedException() {
        super("interrupted: the caller stopped waiting for this work");
    }

    /**
     * A checkpoint: throws when the current thread has been interrupted (keeping its interrupt flag set), else
     * returns at once. Call it between chunks, segments and records.
     *
     * @throws WorkInterruptedException when interrupted
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new WorkInterruptedException();
        }
    }
}

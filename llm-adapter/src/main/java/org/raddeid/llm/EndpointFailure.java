package org.raddeid.llm;

import java.time.Duration;

/**
 * One failed call: why (a status, a timeout, a connection error, an unreadable reply; never report text), whether
 * trying again may help, and how long the server asked us to wait.
 */
final class EndpointFailure extends Exception {

    private final boolean retriable;
    private final transient Duration retryAfter;

    EndpointFailure(String reason, boolean retriable, Duration retryAfter) {
        super(reason, null, false, false);
        this.retriable = retriable;
        this.retryAfter = retryAfter;
    }

    /** Returns true for 429, 5xx, timeouts and connection errors. */
    boolean retriable() {
        return retriable;
    }

    /** Returns the server's Retry-After, or null. */
    Duration retryAfter() {
        return retryAfter;
    }
}

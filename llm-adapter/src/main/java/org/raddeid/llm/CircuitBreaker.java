package org.raddeid.llm;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops calling an endpoint that keeps failing. Closed: calls pass, and {@code threshold} consecutive failures open
 * it. Open: calls are refused at once until {@code cooldown} has passed; then it is half-open and lets one trial call
 * through, whose success closes it and whose failure opens it again for another cool-down. Thread-safe.
 */
final class CircuitBreaker {

    /** The breaker's state. */
    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long cooldownNanos;
    private final LongSupplier clock;
    private State state = State.CLOSED;
    private int failures;
    private long openedAt;
    private boolean trialInFlight;
    private long opened;

    CircuitBreaker(int threshold, Duration cooldown, LongSupplier nanoClock) {
        this.threshold = threshold;
        this.cooldownNanos = cooldown.toNanos();
        this.clock = nanoClock;
    }

    /** Returns true when a call may go ahead now; a true in half-open state reserves the one trial call. */
    synchronized boolean tryAcquire() {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (clock.getAsLong() - openedAt < cooldownNanos) {
                    return false;
                }
                state = State.HALF_OPEN;
                trialInFlight = true;
                return true;
            default:
                if (trialInFlight) {
                    return false;
                }
                trialInFlight = true;
                return true;
        }
    }

    /** Records a successful call: closes the breaker. */
    synchronized void success() {
        state = State.CLOSED;
        failures = 0;
        trialInFlight = false;
    }

    /** Records a failed call: opens the breaker at the threshold, or again after a failed trial. */
    synchronized void failure() {
        trialInFlight = false;
        failures++;
        if (state == State.HALF_OPEN || (state == State.CLOSED && failures >= threshold)) {
            state = State.OPEN;
            openedAt = clock.getAsLong();
            opened++;
        }
    }

    synchronized State state() {
        return state;
    }

    /** Returns how many times the breaker has opened. */
    synchronized long timesOpened() {
        return opened;
    }
}

package org.raddeid.llm;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import org.raddeid.core.RecognizerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls an endpoint with a bound on calls in flight (a semaphore shared by every thread), retries with exponential
 * backoff and jitter (half to all of the doubled delay) on retriable failures (waiting a server's Retry-After instead, capped), and a circuit breaker.
 * Logs reasons and counts, never text. Thread-safe.
 */
final class ResilientCalls {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientCalls.class);

    private final ChatEndpoint endpoint;
    private final LlmLimits limits;
    private final Semaphore inFlight;
    private final CircuitBreaker breaker;
    private final LlmStats stats;

    ResilientCalls(ChatEndpoint endpoint, LlmLimits limits, LlmStats stats) {
        this.endpoint = endpoint;
        this.limits = limits;
        this.inFlight = new Semaphore(limits.concurrency(), true);
        this.breaker = new CircuitBreaker(limits.breakerFailures(), limits.breakerCooldown(), System::nanoTime);
        this.stats = stats;
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    /**
     * Returns the reply about {@code chunk}.
     *
     * @throws RecognizerUnavailableException when every attempt failed, a failure was not retriable, or the circuit
     *     is open; the message says which, without text
     */
    String call(String chunk) {
        EndpointFailure last = null;
        int attempt = 0;
        while (attempt < limits.maxAttempts()) {
            attempt++;
            if (!breaker.tryAcquire()) {
                stats.refusedByBreaker.incrementAndGet();
                stats.failedCalls.incrementAndGet();
                throw new RecognizerUnavailableException("circuit open after " + limits.breakerFailures()
                        + " consecutive failures" + (last == null ? "" : ", last: " + last.getMessage()));
            }
            if (attempt > 1) {
                stats.retries.incrementAndGet();
            }
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                breaker.failure();
                throw new RecognizerUnavailableException("interrupted while waiting for the endpoint");
            }
            try {
                stats.calls.incrementAndGet();
                String reply = endpoint.ask(chunk);
                breaker.success();
                return reply;
            } catch (EndpointFailure f) {
                breaker.failure();
                last = f;
                LOG.warn("llm call failed: {} (attempt {}/{}, {} chars)", f.getMessage(), attempt,
                        limits.maxAttempts(), chunk.length());
                if (!f.retriable()) {
                    break;
                }
            } finally {
                inFlight.release();
            }
            if (attempt < limits.maxAttempts()) {
                sleep(delay(attempt, last.retryAfter()));
            }
        }
        stats.failedCalls.incrementAndGet();
        throw new RecognizerUnavailableException(last.getMessage() + " after " + attempt + " attempt(s)");
    }

    /** A random delay between half and all of {@code backoff * 2^(attempt-1)}, or the server's Retry-After; both capped at maxBackoff. */
    Duration delay(int attempt, Duration retryAfter) {
        long cap = limits.maxBackoff().toMillis();
        if (retryAfter != null) {
            return Duration.ofMillis(Math.min(retryAfter.toMillis(), cap));
        }
        long exp = Math.min(cap, limits.backoff().toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(exp / 2, exp + 1));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecognizerUnavailableException("interrupted while backing off");
        }
    }
}

package org.raddeid.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;

/**
 * The endpoint answered with a status other than 2xx. Carries the status and the server's Retry-After, never the
 * response body (which may echo report text).
 */
final class EndpointStatusException extends HttpException {

    private final transient Duration retryAfter;

    EndpointStatusException(int status, Duration retryAfter) {
        super(status, "HTTP " + status);
        this.retryAfter = retryAfter;
    }

    /** Returns the server's Retry-After, or null when it gave none. */
    Duration retryAfter() {
        return retryAfter;
    }
}

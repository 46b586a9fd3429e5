package org.raddeid.core;

/**
 * An optional recognizer could not answer (an endpoint down, slow or refusing), as opposed to a bug. Thrown from
 * {@link Recognizer#recognize}; when the recognizer is {@link Recognizer#optional() optional} the
 * {@link org.raddeid.core.ensemble.Ensemble} goes on without it and records a {@link Degradation}; otherwise the whole
 * analysis fails as for any other failure.
 *
 * <p>The message is the reason shown to users and written to outputs: it must name the failure (status, timeout,
 * circuit open), never text from a report.
 */
public class RecognizerUnavailableException extends RuntimeException {

    /** A failure described by {@code reason}, which must hold no report text. */
    public RecognizerUnavailableException(String reason) {
        super(reason);
    }

    /** A failure described by {@code reason}, which must hold no report text, caused by {@code cause}. */
    public RecognizerUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

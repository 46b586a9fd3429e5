package org.raddeid.core;

/**
 * A recognizer failed, so the text could not be analysed. The message names the recognizer and the failure class,
 * never the text (for a
 * {@link RecognizerUnavailableException} also its reason, which holds no text). Callers must treat the document as not de-identified (fail closed).
 */
public final class RecognitionException extends RuntimeException {

    private final String recognizer;

    /** Wraps the failure of {@code recognizer}; the cause's message is copied only from a {@link RecognizerUnavailableException}. */
    public RecognitionException(String recognizer, Throwable cause) {
        super("recognizer '" + recognizer + "' failed: " + cause.getClass().getSimpleName()
                + (cause instanceof RecognizerUnavailableException ? ": " + cause.getMessage() : ""), cause);
        this.recognizer = recognizer;
    }

    /** Returns the name of the recognizer that failed. */
    public String recognizer() {
        return recognizer;
    }
}

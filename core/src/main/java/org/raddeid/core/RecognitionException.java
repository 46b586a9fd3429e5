package org.raddeid.core;

/**
 * A recognizer failed, so the text could not be analysed. The message names the recognizer and the failure class,
 * never the text. Callers must treat the document as not de-identified (fail closed).
 */
public final class RecognitionException extends RuntimeException {

    private final String recognizer;

    /** Wraps the failure of {@code recognizer}; the cause's message is not copied. */
    public RecognitionException(String recognizer, Throwable cause) {
        super("recognizer '" + recognizer + "' failed: " + cause.getClass().getSimpleName(), cause);
        this.recognizer = recognizer;
    }

    /** Returns the name of the recognizer that failed. */
    public String recognizer() {
        return recognizer;
    }
}

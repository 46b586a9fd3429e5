package org.raddeid.server.api;

/**
 * A request the server refuses, with the HTTP status and a message for the caller. The message names the field and
 * the problem, never a value from the request. Immutable.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;

    /**
     * Creates the refusal.
     *
     * @param status the HTTP status (4xx or 503)
     * @param field the offending field, or null
     * @param message what is wrong, without any request value
     */
    public ApiException(int status, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
    }

    /** A 400 naming {@code field}. */
    public static ApiException badField(String field, String message) {
        return new ApiException(400, field, message);
    }

    /** A 400 about the request as a whole. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, null, message);
    }

    /** A 413. */
    public static ApiException tooLarge(String field, String message) {
        return new ApiException(413, field, message);
    }

    /** Returns the HTTP status. */
    public int status() {
        return status;
    }

    /** Returns the offending field, or null. */
    public String field() {
        return field;
    }
}

package org.raddeid.recognizers;

/**
 * A policy file that cannot be read or is invalid. The message names the file, the line and the setting, and never
 * quotes more of the file than the offending key or value.
 */
public final class PolicyFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    PolicyFileException(String message) {
        super(message);
    }

    PolicyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

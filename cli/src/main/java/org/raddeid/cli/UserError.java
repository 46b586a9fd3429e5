package org.raddeid.cli;

/**
 * A problem the user can fix (a missing file, a bad option value). Printed as one line without a stack trace. The
 * message must never contain report text.
 */
public final class UserError extends RuntimeException {

    /** Creates the error with a message for the user. */
    public UserError(String message) {
        super(message);
    }
}

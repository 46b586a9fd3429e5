package org.raddeid.batch.table;

import java.io.IOException;

/**
 * The input cannot be read further (bad UTF-8, a CSV syntax error, a runaway record), so the run must stop without
 * output. The message names a place (line, byte offset), never content.
 */
public final class UnreadableInputException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates the error with a message naming the place. */
    public UnreadableInputException(String message) {
        super(message);
    }
}

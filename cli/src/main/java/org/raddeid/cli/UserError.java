package org.raddeid.cli;

/**
 * A problem the user can fix, printed as one line without a stack trace. The message must never contain report text.
 * Most are mistakes in the command line (an unknown policy, a missing input file, a column the file lacks): exit code
 * {@value ExitCodes#USAGE}, found before anything is processed. {@link #nothingProduced} marks the rest: the command
 * line was right but the run could not produce its output (exit code {@value ExitCodes#FATAL}). Immutable.
 */
public final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** A mistake in the command line: exit code {@value ExitCodes#USAGE}. */
    public UserError(String message) {
        this(message, ExitCodes.USAGE);
    }

    private UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A run that could not produce its output although the command line was right: {@value ExitCodes#FATAL}. */
    public static UserError nothingProduced(String message) {
        return new UserError(message, ExitCodes.FATAL);
    }

    /** Returns the exit code this error ends the command with. */
    public int exitCode() {
        return exitCode;
    }
}

package org.raddeid.cli;

/** Exit codes of every subcommand. */
public final class ExitCodes {
    /** Everything was processed. */
    public static final int OK = 0;
    /** Some records or documents could not be processed; the rest were, and each problem was reported. */
    public static final int RECORD_ERRORS = 1;
    /** The command line was wrong (picocli's own code for usage errors). */
    public static final int USAGE = 2;
    /** Nothing usable was produced (unreadable input, output not writable, internal failure). */
    public static final int FATAL = 3;
    /**
     * Every file was written, but the residual check found PHI-like text in values kept as they were ({@code dicom}):
     * the output is complete and needs a person's review before release.
     */
    public static final int REVIEW = 4;

    private ExitCodes() {
    }
}

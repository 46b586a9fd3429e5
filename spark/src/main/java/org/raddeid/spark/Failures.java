package org.raddeid.spark;

import org.raddeid.recognizers.PolicyFileException;

/**
 * What the command line says about an exception. raddeid's own messages name options, files, rows and lengths, never
 * content, so they are shown; any other exception (Spark's, a parser's) may quote input and is named by class only.
 */
final class Failures {

    private Failures() {
    }

    /** Returns true when {@code e} is a usage error: a bad option, column, format, policy or missing secret. */
    static boolean isUserError(Throwable e) {
        return e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof picocli.CommandLine.ParameterException;
    }

    /** Returns a message for {@code e} that quotes no input. */
    static String describe(Throwable e) {
        if (isUserError(e) || e instanceof PolicyFileException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root instanceof IllegalStateException || root instanceof PolicyFileException
                ? root.getMessage() : root.getClass().getName();
        return "the job failed (" + why + "); the output directory, if any, has no " + DeidJob.SUMMARY
                + " and is not a complete result";
    }
}

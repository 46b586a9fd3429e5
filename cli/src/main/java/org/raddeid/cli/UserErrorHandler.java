package org.raddeid.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns exceptions escaping a subcommand into one line on stderr and an exit code. User errors get no stack trace;
 * anything else is logged with its class only (exception messages from libraries may quote input).
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        String cmd = cl.getCommandName();
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (t instanceof UserError) {
            cl.getErr().println(cmd + ": " + t.getMessage());
            return ExitCodes.FATAL;
        }
        if (t instanceof NoSuchFileException f) {
            cl.getErr().println(cmd + ": no such file: " + f.getFile());
            return ExitCodes.FATAL;
        }
        if (t instanceof AccessDeniedException f) {
            cl.getErr().println(cmd + ": permission denied: " + f.getFile());
            return ExitCodes.FATAL;
        }
        if (t instanceof FileAlreadyExistsException f) {
            cl.getErr().println(cmd + ": already exists: " + f.getFile());
            return ExitCodes.FATAL;
        }
        if (t instanceof IOException io) {
            cl.getErr().println(cmd + ": I/O error (" + io.getClass().getSimpleName() + ")");
            return ExitCodes.FATAL;
        }
        LOG.error("{} failed with {}", cmd, t.getClass().getName());
        cl.getErr().println(cmd + ": internal error (" + t.getClass().getSimpleName()
                + "); nothing was written. Set RADDEID_LOG_LEVEL=DEBUG for details.");
        LOG.debug("stack of the internal error", t);
        return ExitCodes.FATAL;
    }
}

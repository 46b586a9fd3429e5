package org.raddeid.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
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
        String message = describe(t);
        if (message == null) {
            LOG.error("{} failed with {}", cmd, t.getClass().getName());
            LOG.debug("stack of the internal error", t);
            // Not "nothing was written": dicom and hl7 write each output as it is done. No run report or summary
            // is written, though, so a stopped run never looks complete.
            message = "internal error (" + t.getClass().getSimpleName() + "); the run stopped before its end and "
                    + "wrote no report: outputs it finished, if any, are incomplete as a set. Set "
                    + "RADDEID_LOG_LEVEL=DEBUG for details.";
        }
        cl.getErr().println(cmd + ": " + message);
        return t instanceof UserError u ? u.exitCode() : ExitCodes.FATAL;
    }

    /** Returns a one-line message for a problem the user can act on, or null for an internal error. */
    private static String describe(Throwable t) {
        if (t instanceof UserError) {
            return t.getMessage();
        }
        if (t instanceof FileSystemException f && f.getFile() != null) {
            String what = t instanceof NoSuchFileException ? "no such file"
                    : t instanceof AccessDeniedException ? "permission denied"
                    : t instanceof FileAlreadyExistsException ? "already exists"
                    : t instanceof DirectoryNotEmptyException ? "directory not empty"
                    : "file system error (" + t.getClass().getSimpleName() + ")";
            return what + ": " + f.getFile();
        }
        if (t instanceof IOException) {
            return "I/O error (" + t.getClass().getSimpleName() + ")";
        }
        return null;
    }
}

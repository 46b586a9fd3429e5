package org.raddeid.cli;

import org.raddeid.core.Deidentifier;
import picocli.CommandLine.Option;

/** The {@code --threads} and {@code --max-chars} options shared by the commands that process a file of records. */
final class BatchOptions {

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Longest text accepted per record, in chars (default: ${DEFAULT-VALUE}).")
    int maxChars = Deidentifier.DEFAULT_MAX_CHARS;
}

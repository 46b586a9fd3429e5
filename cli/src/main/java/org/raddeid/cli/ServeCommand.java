package org.raddeid.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code raddeid serve}: the HTTP server is not part of this build yet, so this prints its help and says what works
 * today instead of pretending to start.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Start the HTTP server (JSON API and playground). Not in this build yet.")
final class ServeCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", description = "Port to listen on (default ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        spec.commandLine().getOut().println();
        spec.commandLine().getOut().println("The server is not part of this build yet. What works today:");
        spec.commandLine().getOut().println("  raddeid analyze   --input reports.jsonl --output spans.jsonl");
        spec.commandLine().getOut().println("  raddeid generate  --n 1000 --seed 7 --out corpus --format jsonl");
        spec.commandLine().getOut().println("  raddeid evaluate  --corpus corpus/test.jsonl --format jsonl --html report.html");
    }
}

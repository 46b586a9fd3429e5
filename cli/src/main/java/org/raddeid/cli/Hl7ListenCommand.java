package org.raddeid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.raddeid.core.Deidentifier;
import org.raddeid.hl7.Hl7Deidentifier;
import org.raddeid.hl7.mllp.MllpListener;
import org.raddeid.hl7.mllp.Sinks;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code raddeid hl7-listen}: an MLLP listener that de-identifies each HL7 message it receives and forwards it to the
 * next MLLP system or writes it to a folder, answering the sender AA once delivered and AE (with the place, never the
 * content) otherwise. Runs until stopped.
 */
@Command(name = "hl7-listen", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Listen for HL7 v2 over MLLP, de-identify each message, forward it or write it out.")
final class Hl7ListenCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "P", description = "Port to listen on.")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where messages go: exactly one. */
    static final class Target {
        @Option(names = "--forward", paramLabel = "HOST:PORT", description = "The next MLLP system.")
        String forward;

        @Option(names = "--out", paramLabel = "DIR", description = "A folder, one file per message.")
        Path out;
    }

    @Mixin
    EnsembleOptions ensembleOptions;

    @Mixin
    Hl7Options hl7Options;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "16777216",
            description = "Longest message accepted, in bytes (default: ${DEFAULT-VALUE}).")
    int maxBytes;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "16",
            description = "Connections served at once (default: ${DEFAULT-VALUE}).")
    int connections;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Hl7Deidentifier engine;
        MllpListener.Sink sink;
        try {
            engine = new Hl7Deidentifier(new Deidentifier(ensembleOptions.build(err, "hl7-listen")),
                    hl7Options.settings(err, "hl7-listen", "until it stops"));
            sink = target.out != null ? Sinks.folder(target.out) : forward(target.forward);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        MllpListener listener = MllpListener.start(InetAddress.getByName(host), port, engine, sink, maxBytes,
                connections);
        err.println("hl7-listen: listening on " + host + ":" + listener.port() + ", "
                + (target.out != null ? "writing to " + target.out : "forwarding to " + target.forward));
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                listener.close();
            } catch (IOException e) {
                // stopping anyway
            }
            stop.countDown();
        }));
        stop.await();
        return ExitCodes.OK;
    }

    private static MllpListener.Sink forward(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || !hostPort.substring(colon + 1).matches("\\d{1,5}")) {
            throw new UserError("--forward must be HOST:PORT, was '" + hostPort + "'");
        }
        return Sinks.forward(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)), 30_000);
    }
}

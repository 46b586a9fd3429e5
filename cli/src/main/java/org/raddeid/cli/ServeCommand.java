package org.raddeid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.raddeid.recognizers.Ensembles;
import org.raddeid.server.Engines;
import org.raddeid.server.RaddeidServer;
import org.raddeid.server.ServerSecret;
import org.raddeid.core.BuildInfo;
import org.raddeid.server.ServerSetup;
import org.raddeid.server.config.ConfigFileException;
import org.raddeid.server.config.ConfigFiles;
import org.raddeid.server.config.ServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.raddeid.llm.FullEnsemble;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code raddeid serve}: loads the chosen ensembles once, starts the HTTP server (JSON API, playground, OpenAPI,
 * metrics), prints its URL and serves until Ctrl-C. Flags beat the config file, which beats the defaults.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Start the HTTP server: JSON API under /api/v1/, the playground at /, docs at /docs.")
final class ServeCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    /** The running server and its stop signal, so tests can stop it; null when none runs. */
    static final AtomicReference<Running> RUNNING = new AtomicReference<>();

    /** A started server and the latch that ends the command. */
    record Running(RaddeidServer server, CountDownLatch stop) {
        void shutdown() {
            server.close();
            stop.countDown();
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default 8080; 0: any free port).")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to bind (default 127.0.0.1: this machine only).")
    String host;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML config file (see docs/API.md).")
    Path config;

    @Option(names = "--ensemble", paramLabel = "NAME",
            description = "Ensemble to load, repeatable; the first is the default (default: default). Known: "
                    + "patterns, fast, default, full (default + an LLM: needs --llm-base-url and --llm-model).")
    List<String> ensembles;

    @Mixin
    LlmOptions llm;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "Secret for keyed operators (else RADDEID_SECRET, else a random one for this run).")
    Path secretFile;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        ServerConfig c = settings();
        ServerSecret secret;
        try {
            secret = ServerSecret.load(c.secretFile(), System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        out.println("raddeid: loading ensemble(s) " + String.join(", ", c.ensembles()) + "…");
        out.flush();
        Engines engines;
        try {
            engines = Engines.load(c.ensembles(), llm.config());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        RaddeidServer server;
        try {
            server = RaddeidServer.start(new ServerSetup(c, engines, secret, BuildInfo.current().describe()));
        } catch (IllegalStateException e) {
            throw UserError.nothingProduced(e.getMessage() + "; is the port in use?");
        }
        Running running = new Running(server, new CountDownLatch(1));
        RUNNING.set(running);
        Thread hook = new Thread(running::shutdown, "raddeid-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("raddeid: serving on " + server.url() + "/  (API " + server.url() + "/api/v1/, docs "
                + server.url() + "/docs); Ctrl-C stops");
        if (secret.ephemeral()) {
            out.println("raddeid: no secret configured (--secret-file or RADDEID_SECRET): a random one is used, so "
                    + "surrogates are consistent only until the server stops");
            LOG.warn("no secret configured: using a random secret for this run");
        }
        out.flush();
        try {
            running.stop().await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.shutdown();
        } finally {
            RUNNING.compareAndSet(running, null);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is stopping: the hook runs anyway
            }
        }
    }

    /** The defaults, then the config file, then the flags. */
    private ServerConfig settings() {
        ServerConfig c = ServerConfig.defaults();
        if (config != null) {
            try {
                c = ConfigFiles.load(config, c);
            } catch (ConfigFileException e) {
                throw new UserError(e.getMessage());
            }
        }
        if (host != null || port != null) {
            if (port != null && (port < 0 || port > 65535)) {
                throw new UserError("--port must be 0..65535, was " + port);
            }
            c = c.withAddress(host != null ? host : c.host(), port != null ? port : c.port());
        }
        if (ensembles != null && !ensembles.isEmpty()) {
            for (String e : ensembles) {
                if (!Ensembles.names().contains(e) && !FullEnsemble.NAME.equals(e)) {
                    throw new UserError("--ensemble: unknown ensemble '" + e + "'; known: "
                            + String.join(", ", Ensembles.names()) + ", " + FullEnsemble.NAME);
                }
            }
            c = c.withEnsembles(ensembles.stream().distinct().toList());
        }
        if (secretFile != null) {
            c = c.withSecretFile(secretFile);
        }
        return c;
    }
}

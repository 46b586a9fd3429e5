package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void servesOnAFreePortPrintsTheUrlAndStopsCleanly() throws Exception {
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
                () -> CliRun.of("serve", "--port", "0", "--ensemble", "fast"));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ServeCommand.RUNNING.get() == null && System.nanoTime() < until && !run.isDone()) {
            Thread.sleep(20);
        }
        ServeCommand.Running running = ServeCommand.RUNNING.get();
        assertThat(running).as("the server started").isNotNull();
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(running.server().url() + "/api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        running.shutdown();
        CliRun done = run.get(30, TimeUnit.SECONDS);
        assertThat(done.exitCode()).isZero();
        assertThat(done.out()).contains("serving on http://127.0.0.1:").contains("random one is used");
    }

    @Test
    void whenTheEnsembleIsUnknown_thenOneLineNamingTheKnownOnes() {
        CliRun run = CliRun.of("serve", "--ensemble", "nope");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown ensemble 'nope'").contains("fast");
    }

    @Test
    void whenTheConfigFileIsWrong_thenTheFileAndLineAreNamed() throws Exception {
        Path cfg = dir.resolve("server.yaml");
        Files.writeString(cfg, "host: 127.0.0.1\nport: 99999\n");
        CliRun run = CliRun.of("serve", "--config", cfg.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("server.yaml line 2").contains("port");
    }
}

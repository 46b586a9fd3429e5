package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerBenchCommandTest {

    @Test
    void reportsRateLatencyAndNoErrorsAgainstARunningServer() throws Exception {
        CompletableFuture<CliRun> serve = CompletableFuture.supplyAsync(
                () -> CliRun.of("serve", "--port", "0", "--ensemble", "fast"));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ServeCommand.RUNNING.get() == null && System.nanoTime() < until && !serve.isDone()) {
            Thread.sleep(20);
        }
        ServeCommand.Running running = ServeCommand.RUNNING.get();
        assertThat(running).as("the server started").isNotNull();
        try {
            CliRun run = CliRun.of("bench-server", "--url", running.server().url(), "--ensemble", "fast",
                    "--clients", "2", "--seconds", "1", "--warmup", "0", "--chars", "500");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("| ensemble | requests | req/s | p50 | p95 | p99 | errors |");
            assertThat(run.out().lines().filter(l -> l.startsWith("| `fast` |")).findFirst()).get().asString()
                    .endsWith("| 0 |");
        } finally {
            running.shutdown();
            serve.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void reportsHaveTheAskedSize() {
        List<String> r = ServerBenchCommand.reports(5, 2000);
        assertThat(r).hasSize(5).allSatisfy(t -> assertThat(t).hasSize(2000));
    }

    @Test
    void whenTheServerIsDown_thenEveryRequestIsAnError() {
        CliRun run = CliRun.of("bench-server", "--url", "http://127.0.0.1:9", "--ensemble", "fast", "--clients", "1",
                "--seconds", "1", "--warmup", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORD_ERRORS);
    }
}

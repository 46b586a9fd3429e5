package org.raddeid.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.server.TestRecognizers;
import org.raddeid.server.TestServer;
import org.raddeid.server.config.ServerConfig;
import org.slf4j.LoggerFactory;

/** A job's life across sweeps, stops and restarts, and what it leaves in logs and job.json. */
class JobLifecycleTest {

    @TempDir
    Path work;

    ServerConfig config(Duration ttl, Duration keepAfterDownload, Duration grace) {
        return ServerConfig.defaults().withJobs(new ServerConfig.Jobs(work, 1, 4, 2, 1 << 20, ttl,
                keepAfterDownload, grace, Duration.ofMillis(100)));
    }

    static String upload(TestServer s, String csv, String... fields) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            f.put(fields[i], fields[i + 1]);
        }
        TestServer.Answer a = s.upload("/api/v1/batch", f, "r.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        return a.json().get("jobId").asText();
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    @Test
    void whenTheServerRestarts_thenPreviousJobsAreListed_aRunningOneFailed_aDoneOneStillDownloadable()
            throws Exception {
        String done = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        String running = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
        leftBehind(done, "done", "id,text\n1,[NAME]\n");
        leftBehind(running, "running", null);
        Files.createDirectories(work.resolve("not-a-job"));
        try (TestServer s = TestServer.start(config(Duration.ofHours(1), Duration.ofMinutes(1), Duration.ZERO))) {
            JsonNode list = s.get("/api/v1/jobs").json().get("jobs");
            assertThat(list).hasSize(2);
            JsonNode dead = s.get("/api/v1/jobs/" + running).json();
            assertThat(dead.get("state").asText()).isEqualTo("failed");
            assertThat(dead.get("error").asText()).isEqualTo("server restarted");
            assertThat(s.get("/api/v1/jobs/" + done).json().get("state").asText()).isEqualTo("done");
            TestServer.Answer r = s.get("/api/v1/jobs/" + done + "/result");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("id,text\n1,[NAME]\n");
        }
        JsonNode stored = new ObjectMapper().readTree(work.resolve(running).resolve("job.json").toFile());
        assertThat(stored.get("state").asText()).isEqualTo("failed");
    }

    @Test
    void whenAJobJsonOfRaddeid01HasSnakeCaseSummaryKeys_thenTheJobIsServedWithCamelCaseOnes() throws Exception {
        String done = "cccccccccccccccccccccccccccccccc";
        leftBehind(done, "done", "id,text\n1,[NAME]\n", """
                {"rows":1,"rows_failed":0,"phi":1,"phi_by_type":{"NAME":1},"phi_by_operator":{"redact":1},
                 "recheck":{"rows_with_leftovers":0,"leftovers_by_type":{},"refound_by_type":{"NAME":1}},
                 "errors":[],"errors_not_listed":0,"seconds":0.5,"rows_per_second":2.0,"chars_per_second":36.0,
                 "ensemble":"fast","policy":"safe-harbor"}""");
        try (TestServer s = TestServer.start(config(Duration.ofHours(1), Duration.ofMinutes(1), Duration.ZERO))) {
            JsonNode job = s.get("/api/v1/jobs/" + done).json();
            JsonNode summary = job.get("summary");
            assertThat(summary.get("rowsFailed").asInt()).isZero();
            assertThat(summary.get("phiByType").get("NAME").asInt()).isEqualTo(1);
            assertThat(summary.get("phiByOperator").get("redact").asInt()).isEqualTo(1);
            assertThat(summary.get("recheck").get("refoundByType").get("NAME").asInt()).isEqualTo(1);
            assertThat(summary.get("rowsPerSecond").asDouble()).isEqualTo(2.0);
            assertThat(summary.has("rows_failed")).isFalse();
            assertThat(job.get("rowsPerSecond").asDouble()).as("the job's rate is the summary's").isEqualTo(2.0);
        }
    }

    private void leftBehind(String id, String state, String output) throws Exception {
        leftBehind(id, state, output, "null");
    }

    private void leftBehind(String id, String state, String output, String summary) throws Exception {
        Path dir = Files.createDirectories(work.resolve(id));
        Files.writeString(dir.resolve("input.csv"), "id,text\n1,Seen by Dr. Okafor\n");
        if (output != null) {
            Files.writeString(dir.resolve("output.csv"), output);
        }
        String now = Instant.now().toString();
        Files.writeString(dir.resolve("job.json"), """
                {"id":"%s","state":"%s","rowsDone":1,"rowsFailed":0,"bytesRead":10,"bytesTotal":30,
                 "rowsPerSecond":1.0,"createdAt":"%s","startedAt":"%s","finishedAt":%s,"downloadedAt":null,
                 "error":null,"options":{"format":"csv","ensemble":"fast","policy":"safe-harbor",
                 "keepPatientColumn":false,"spans":false,"audit":false,"recheck":false},"summary":%s,
                 "links":{"self":"x","result":"y"}}
                """.formatted(id, state, now, now, output != null ? "\"" + now + "\"" : "null", summary));
    }

    @Test
    void whenTheTtlPasses_thenTheSweeperDeletesTheJobAndItsFiles() throws Exception {
        try (TestServer s = TestServer.start(config(Duration.ofMillis(300), Duration.ofHours(1), Duration.ZERO))) {
            String id = upload(s, "id,text\n1,Seen by Dr. Okafor.\n");
            assertThat(s.awaitJob(id).get("state").asText()).isEqualTo("done");
            waitFor(() -> s.get("/api/v1/jobs/" + id).status() == 404);
            // the sweeper claims the job, then deletes its files: the 404 may come a moment before they are gone
            waitFor(() -> !Files.exists(work.resolve(id)));
            assertThat(s.get("/api/v1/jobs/" + id).json().get("error").asText()).startsWith("no such job: it expired");
        }
    }

    @Test
    void whenTheResultIsDownloaded_thenItIsDeletedAfterTheKeepTime() throws Exception {
        try (TestServer s = TestServer.start(config(Duration.ofHours(1), Duration.ofMillis(300), Duration.ZERO))) {
            String id = upload(s, "id,text\n1,Seen by Dr. Okafor.\n");
            assertThat(s.awaitJob(id).get("state").asText()).isEqualTo("done");
            Thread.sleep(500);
            assertThat(s.get("/api/v1/jobs/" + id).status()).as("not downloaded: kept").isEqualTo(200);
            assertThat(s.get("/api/v1/jobs/" + id + "/result").status()).isEqualTo(200);
            assertThat(s.get("/api/v1/jobs/" + id).json().get("downloadedAt").isNull()).isFalse();
            waitFor(() -> s.get("/api/v1/jobs/" + id).status() == 404);
            // the sweeper claims the job, then deletes its files: the 404 may come a moment before they are gone
            waitFor(() -> !Files.exists(work.resolve(id)));
        }
    }

    @Test
    void whenTheServerStopsDuringAJob_thenAfterTheGraceItIsFailedWithAReason() throws Exception {
        String id;
        String waiting;
        TestServer s = TestServer.start(config(Duration.ofHours(1), Duration.ofHours(1), Duration.ofMillis(200)),
                TestRecognizers.SLOW);
        try {
            String csv = "id,text\n" + "1,Seen by Dr. Okafor.\n".repeat(100);
            id = upload(s, csv, "ensemble", "slow");
            waiting = upload(s, csv, "ensemble", "slow");
            waitFor(() -> s.get("/api/v1/jobs/" + id).json().get("state").asText().equals("running"));
        } finally {
            s.close();
        }
        ObjectMapper json = new ObjectMapper();
        for (String job : new String[] {id, waiting}) {
            JsonNode stored = json.readTree(work.resolve(job).resolve("job.json").toFile());
            assertThat(stored.get("state").asText()).as(job).isEqualTo("failed");
            assertThat(stored.get("error").asText()).as(job).isEqualTo("server stopped");
        }
        assertThat(Files.exists(work.resolve(id).resolve("output.csv"))).isFalse();
    }

    @Test
    void noPhiReachesTheLogsOrJobJson() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Level before = root.getLevel();
        root.setLevel(Level.DEBUG);
        java.util.List<Logger> libraries = java.util.List.of((Logger) LoggerFactory.getLogger("org.eclipse.jetty"),
                (Logger) LoggerFactory.getLogger("io.javalin"));
        libraries.forEach(l -> l.setLevel(Level.INFO));
        root.addAppender(captured);
        String id;
        String bad;
        try (TestServer s = TestServer.start(config(Duration.ofHours(1), Duration.ofHours(1), Duration.ZERO))) {
            id = upload(s, JobEndpointsTest.CSV, "patientColumn", "patient", "policy", "surrogate", "recheck",
                    "true", "spans", "true");
            assertThat(s.awaitJob(id).get("state").asText()).isEqualTo("done");
            bad = upload(s, "id,text\n1,\"Zebulon Quartermaine, seen by Okafor\n");
            assertThat(s.awaitJob(bad).get("state").asText()).isEqualTo("failed");
            s.upload("/api/v1/batch", Map.of("policy", "Quartermaine"), "Zebulon.csv",
                    JobEndpointsTest.CSV.getBytes(StandardCharsets.UTF_8));
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
            libraries.forEach(l -> l.setLevel(Level.WARN));
        }
        assertThat(captured.list).anyMatch(e -> e.getFormattedMessage().contains("job " + id));
        for (ILoggingEvent e : captured.list) {
            for (String phi : JobEndpointsTest.PHI) {
                assertThat(e.getFormattedMessage()).as("log line of %s", e.getLoggerName()).doesNotContain(phi);
            }
        }
        for (String job : new String[] {id, bad}) {
            String stored = Files.readString(work.resolve(job).resolve("job.json"));
            for (String phi : JobEndpointsTest.PHI) {
                assertThat(stored).as("job.json").doesNotContain(phi);
            }
            assertThat(stored).doesNotContain("0123456789abcdef");
        }
    }
}

package org.raddeid.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raddeid.server.TestRecognizers;
import org.raddeid.server.TestServer;
import org.raddeid.server.config.ServerConfig;

/** The batch routes on a real server: uploads, polling, download, cancel, and every bad input. */
class JobEndpointsTest {

    static final String CSV = """
            id,patient,report_text
            1,p-1,"PATIENT: QUARTERMAINE, ZEBULON  MRN: 88812345. Seen by Dr. Okafor on 03/14/2021."
            2,p-1,"Zebulon Quartermaine returns. Call 617-555-0142."
            3,p-2,"No PHI here: mild degenerative change at L4-L5."
            """;
    static final List<String> PHI = List.of("Zebulon", "ZEBULON", "Quartermaine", "QUARTERMAINE", "88812345",
            "Okafor", "617-555-0142", "03/14/2021", "p-1", "p-2");

    static TestServer server;

    @BeforeAll
    static void start() {
        ServerConfig.Jobs j = ServerConfig.Jobs.defaults();
        ServerConfig.Jobs small = new ServerConfig.Jobs(j.workDir(), 1, 1, 2, 64 * 1024, j.ttl(),
                j.keepAfterDownload(), Duration.ofMillis(100), j.sweepEvery());
        server = TestServer.start(ServerConfig.defaults().withJobs(small), TestRecognizers.SLOW);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static TestServer.Answer upload(String name, String content, String... fields) {
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            f.put(fields[i], fields[i + 1]);
        }
        return server.upload("/api/v1/batch", f, name, content == null ? null
                : content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whenACsvIsUploaded_thenTheJobRunsAndTheResultHasEveryRowWithoutThePhi() {
        TestServer.Answer a = upload("reports.csv", CSV, "policy", "surrogate", "patientColumn", "patient",
                "audit", "true");
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        String id = a.json().get("jobId").asText();
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(a.json().get("state").asText()).isIn("queued", "running");
        assertThat(a.json().get("links").get("result").asText()).isEqualTo("/api/v1/jobs/" + id + "/result");
        assertThat(a.headers().firstValue("Location")).contains("/api/v1/jobs/" + id);

        JsonNode s = server.awaitJob(id);
        assertThat(s.get("state").asText()).as(s.toString()).isEqualTo("done");
        assertThat(s.get("rowsDone").asLong()).isEqualTo(3);
        assertThat(s.get("rowsFailed").asLong()).isZero();
        assertThat(s.get("bytesRead").asLong()).isEqualTo(s.get("bytesTotal").asLong()).isPositive();
        assertThat(s.get("startedAt").isNull()).isFalse();
        assertThat(s.get("finishedAt").isNull()).isFalse();
        assertThat(s.get("error").isNull()).isTrue();
        assertThat(s.get("summary").get("rows").asLong()).isEqualTo(3);
        assertThat(s.get("summary").get("policy").asText()).isEqualTo("surrogate");
        assertThat(s.get("options").get("patientColumn").asText()).isEqualTo("patient");

        TestServer.Answer r = server.get("/api/v1/jobs/" + id + "/result");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition")).get().asString()
                .startsWith("attachment; filename=\"raddeid-").endsWith(".csv\"");
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("id,patient,report_text,raddeidAudit");
        for (String phi : PHI) {
            assertThat(r.body()).as("result").doesNotContain(phi);
        }
        assertThat(lines.get(3)).contains("L4-L5");
        assertThat(server.get("/api/v1/jobs").json().get("jobs").toString()).contains(id);
    }

    @Test
    void whenTheFormatFieldSaysJsonl_thenAnyFileNameWorks() {
        String jsonl = "{\"id\":\"a\",\"text\":\"Seen by Dr. Okafor on 03/14/2021.\"}\n";
        TestServer.Answer a = upload("upload.txt", jsonl, "format", "jsonl");
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        String id = a.json().get("jobId").asText();
        assertThat(server.awaitJob(id).get("state").asText()).isEqualTo("done");
        TestServer.Answer r = server.get("/api/v1/jobs/" + id + "/result");
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/x-ndjson");
        assertThat(r.body()).contains("\"id\":\"a\"").doesNotContain("Okafor", "03/14/2021");
    }

    @Test
    void whenTheFileIsMissing_then400NamingIt() {
        TestServer.Answer a = upload(null, null, "policy", "surrogate");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("field").asText()).isEqualTo("file");
    }

    @Test
    void whenTheBodyIsNotMultipart_then400NamingTheFile() {
        TestServer.Answer a = server.post("/api/v1/batch", "{\"text\":\"Okafor\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("field").asText()).isEqualTo("file");
        assertThat(a.body()).doesNotContain("Okafor");
    }

    @Test
    void whenAnOptionIsBad_then400NamingTheField() {
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("reports.csv", "policy", "made-up"), "policy");
        cases.put(List.of("reports.csv", "policy", "/etc/passwd"), "policy");
        cases.put(List.of("reports.csv", "ensemble", "huge"), "ensemble");
        cases.put(List.of("reports.csv", "format", "xml"), "format");
        cases.put(List.of("reports.xlsx", "policy", "surrogate"), "format");
        cases.put(List.of("reports.csv", "maxErrors", "many"), "maxErrors");
        cases.put(List.of("reports.csv", "recheck", "perhaps"), "recheck");
        cases.put(List.of("reports.csv", "Zebulon", "1"), ""); // a field name is never echoed: it may be PHI
        cases.forEach((c, field) -> {
            TestServer.Answer a = upload(c.get(0), CSV, c.get(1), c.get(2));
            assertThat(a.status()).as("%s: %s", c, a.body()).isEqualTo(400);
            assertThat(a.json().path("field").asText("")).as("%s", c).isEqualTo(field);
            assertThat(a.body()).doesNotContain("Quartermaine", "Okafor", "Zebulon");
        });
    }

    @Test
    void whenTheColumnIsWrong_then400BeforeTheJobIsAccepted_countingTheColumnsWithoutNamingThem() throws Exception {
        int jobsBefore = server.get("/api/v1/jobs").json().get("jobs").size();
        String headerless = "Zebulon Quartermaine,seen by Dr. Okafor\n";
        TestServer.Answer a = upload("reports.csv", headerless, "column", "report_body");
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.json().get("field").asText()).isEqualTo("column");
        assertThat(a.json().get("error").asText()).contains("header row has 2 columns")
                .doesNotContain("Zebulon", "Okafor", "report_body");
        TestServer.Answer patient = upload("reports.csv", CSV, "patientColumn", "mrn");
        assertThat(patient.status()).isEqualTo(400);
        assertThat(patient.json().get("field").asText()).isEqualTo("patientColumn");
        assertThat(server.get("/api/v1/jobs").json().get("jobs")).as("no job was kept").hasSize(jobsBefore);
    }

    @Test
    void whenTheFileIsInTheOtherFormat_then400SayingWhatItLooksLike() {
        TestServer.Answer jsonAsCsv = upload("reports.csv", "{\"id\":\"a\",\"text\":\"Seen by Dr. Okafor\"}\n");
        assertThat(jsonAsCsv.status()).isEqualTo(400);
        assertThat(jsonAsCsv.json().get("field").asText()).isEqualTo("file");
        assertThat(jsonAsCsv.json().get("error").asText()).contains("looks like JSON lines").contains("send format=jsonl")
                .doesNotContain("Okafor");
        TestServer.Answer csvAsJsonl = upload("reports.jsonl", CSV);
        assertThat(csvAsJsonl.status()).isEqualTo(400);
        assertThat(csvAsJsonl.json().get("error").asText()).contains("not JSON lines");
    }

    @Test
    void whenTheUploadIsTooLarge_then413() {
        String big = "id,text\n" + "1,\"Seen by Dr. Okafor.\"\n".repeat(5000);
        TestServer.Answer a = upload("reports.csv", big);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.body()).doesNotContain("Okafor");
    }

    @Test
    void whenTheQueueIsFull_then503_andAResultBeforeDoneIs409_andCancelStopsAndRemoves() throws Exception {
        String slowCsv = "id,text\n1,\"Seen by Dr. Okafor.\"\n2,\"Seen by Dr. Okafor.\"\n";
        String running = upload("a.csv", slowCsv, "ensemble", "slow").json().get("jobId").asText();
        String waiting = upload("b.csv", slowCsv, "ensemble", "slow").json().get("jobId").asText();
        TestServer.Answer full = upload("c.csv", slowCsv, "ensemble", "slow");
        assertThat(full.status()).isEqualTo(503);
        assertThat(full.json().get("error").asText()).contains("queue is full");

        assertThat(server.get("/api/v1/jobs/" + waiting).json().get("state").asText()).isEqualTo("queued");
        TestServer.Answer early = server.get("/api/v1/jobs/" + running + "/result");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("error").asText()).contains("when it is done");
        assertThat(server.get("/metrics").body()).contains("raddeid_jobs_queue_length 1.0")
                .contains("raddeid_jobs{state=\"queued\"} 1.0");

        TestServer.Answer cancelQueued = server.delete("/api/v1/jobs/" + waiting);
        assertThat(cancelQueued.status()).isEqualTo(204);
        assertThat(cancelQueued.body()).isEmpty();
        assertThat(Files.exists(server.workDir().resolve(waiting))).isFalse();
        TestServer.Answer gone = server.get("/api/v1/jobs/" + waiting);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("error").asText()).isEqualTo("no such job: it was deleted");
        assertThat(server.delete("/api/v1/jobs/" + waiting).status()).as("deleting twice").isEqualTo(404);

        long until = System.currentTimeMillis() + 10_000;
        while (!server.get("/api/v1/jobs/" + running).json().get("state").asText().equals("running")
                && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        TestServer.Answer cancelRunning = server.delete("/api/v1/jobs/" + running);
        assertThat(cancelRunning.status()).isEqualTo(204);
        assertThat(server.get("/api/v1/jobs/" + running).status()).isEqualTo(404);
        until = System.currentTimeMillis() + 15_000;
        while (Files.exists(server.workDir().resolve(running)) && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertThat(Files.exists(server.workDir().resolve(running))).as("a cancelled job's files").isFalse();
    }

    @Test
    void whenTheJobIsUnknown_then404() {
        for (String id : List.of("0123456789abcdef0123456789abcdef", "..%2F..%2Fetc", "ZZZ")) {
            assertThat(server.get("/api/v1/jobs/" + id).status()).as(id).isEqualTo(404);
            assertThat(server.get("/api/v1/jobs/" + id).json().get("error").asText()).as(id).isEqualTo("no such job");
            assertThat(server.get("/api/v1/jobs/" + id + "/result").status()).as(id).isEqualTo(404);
            assertThat(server.delete("/api/v1/jobs/" + id).status()).as(id).isEqualTo(404);
        }
    }
}

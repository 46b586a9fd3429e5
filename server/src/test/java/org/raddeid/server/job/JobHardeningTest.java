package org.raddeid.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raddeid.server.TestServer;
import org.raddeid.server.config.ServerConfig;

/** Batch jobs on a shared server, as an adversarial probe used them (issue 17, findings 1, 4, 5 and 6). */
class JobHardeningTest {

    static final String PHI = "Zebulon Quartermaine";
    static final String ALICE = "alice-key-0123456789";
    static final String BOB = "bob-key-0123456789ab";

    static TestServer server;

    @BeforeAll
    static void start() {
        ServerConfig.Jobs j = ServerConfig.Jobs.defaults();
        ServerConfig.Jobs big = new ServerConfig.Jobs(j.workDir(), j.concurrent(), j.queue(), j.threads(),
                16L << 20, j.ttl(), j.keepAfterDownload(), j.shutdownGrace(), j.sweepEvery());
        server = TestServer.start(ServerConfig.defaults().withApiKeys(List.of(ALICE, BOB)).withJobs(big)
                .withLimits(new ServerConfig.Limits(2L << 20, 500_000)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String submit(String key, String csv) {
        TestServer.Answer a = server.upload("/api/v1/batch", Map.of(), "r.csv", csv.getBytes(StandardCharsets.UTF_8),
                "X-API-Key", key);
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        return a.json().get("jobId").asText();
    }

    private static JsonNode await(String id, String key) {
        return server.awaitJob(id, "X-API-Key", key);
    }

    @Test
    void whenAnotherKeyAsksForAJob_thenItIsAsAbsentAsNoJobAtAll() {
        String id = submit(ALICE, "id,text\n1,Seen by Dr. Okafor.\n");
        assertThat(await(id, ALICE).get("state").asText()).isEqualTo("done");

        assertThat(server.get("/api/v1/jobs", "X-API-Key", BOB).json().get("jobs").findValuesAsText("id"))
                .doesNotContain(id);
        assertThat(server.get("/api/v1/jobs/" + id, "X-API-Key", BOB).status()).isEqualTo(404);
        assertThat(server.get("/api/v1/jobs/" + id + "/result", "X-API-Key", BOB).status()).isEqualTo(404);
        assertThat(server.delete("/api/v1/jobs/" + id, "X-API-Key", BOB).status()).isEqualTo(404);

        assertThat(server.get("/api/v1/jobs", "X-API-Key", ALICE).json().get("jobs").findValuesAsText("id"))
                .contains(id);
        assertThat(server.get("/api/v1/jobs/" + id + "/result", "X-API-Key", ALICE).status()).isEqualTo(200);
        assertThat(server.delete("/api/v1/jobs/" + id, "X-API-Key", ALICE).status()).isEqualTo(204);
    }

    @Test
    void whenAJobHoldsItsUpload_thenTheOriginalIs0600InA0700DirectoryAndGoesWithTheJob() throws Exception {
        String id = submit(ALICE, "id,text\n1,Seen by " + PHI + ".\n");
        await(id, ALICE);
        Path dir = server.workDir().resolve(id);
        assertThat(Files.getPosixFilePermissions(server.workDir())).isEqualTo(PosixFilePermissions.fromString(
                "rwx------"));
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("input.csv")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(dir.resolve("owner"))).doesNotContain(ALICE);
        server.delete("/api/v1/jobs/" + id, "X-API-Key", ALICE);
        assertThat(dir).doesNotExist();
    }

    @Test
    void whenTheHeaderHasTwoTextColumns_thenTheUploadIsRefusedWithAReasonWithoutValues() {
        TestServer.Answer a = server.upload("/api/v1/batch", Map.of(), "r.csv", ("id,text,text\n1,Seen by " + PHI
                + ",Copy to " + PHI + "\n").getBytes(StandardCharsets.UTF_8), "X-API-Key", ALICE);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("error").asText()).contains("columns 2 and 3");
        assertThat(a.body()).doesNotContain("Zebulon");
    }

    @Test
    void whenOneCellIsFiveMegabytesOrJustOverTheTextLimit_thenOnlyThoseRowsFail() {
        String csv = "id,text\n1,Seen by " + PHI + ".\n2," + "x".repeat(5 << 20) + "\n3," + "y".repeat(652_500)
                + "\n4,Seen by " + PHI + ".\n";
        String id = submit(ALICE, csv);
        JsonNode s = await(id, ALICE);
        assertThat(s.get("state").asText()).as(s.toString()).isEqualTo("done");
        assertThat(s.get("rowsFailed").asLong()).isEqualTo(2);
        String result = server.get("/api/v1/jobs/" + id + "/result", "X-API-Key", ALICE).body();
        assertThat(result).doesNotContain("Zebulon", "yyyyyyyy").contains("longer than the limit of 500000");
    }

    @Test
    void whenAChunkedUploadIsOverTheLimit_then413() throws Exception {
        byte[] big = ("id,text\n1," + "x".repeat(17 << 20) + "\n").getBytes(StandardCharsets.UTF_8);
        String boundary = "----raddeid-chunked";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(big);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.url() + "/api/v1/batch")).header("X-API-Key", ALICE)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        bytes))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    }
}

package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.recognizers.Ensembles;
import org.raddeid.server.Engines;
import org.raddeid.server.RaddeidServer;
import org.raddeid.server.ServerSecret;
import org.raddeid.server.ServerSetup;
import org.raddeid.server.config.ServerConfig;

/**
 * One naming style for every JSON raddeid writes: each command's output files and reports, each HTTP answer (errors
 * and job files included) and the OpenAPI document are walked, and no key may be snake_case. Run reports must also
 * say which build wrote them.
 */
class JsonNamingTest {

    /** A key shaped like a snake_case identifier; data keys such as {@code NAME} or {@code DATE/shift} are not. */
    static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)+");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORTS = "id,patient,text\n"
            + "1,P1,\"Patient: John Smith, MRN 12345678. Seen by Dr. Maria Gonzalez on 03/14/2021.\"\n"
            + "2,P2,\"Dr. Okafor called 555-123-4567 on 04/02/2022.\"\n"
            + "3,P3\n";

    @TempDir
    Path dir;

    private final Map<String, JsonNode> written = new LinkedHashMap<>();

    @Test
    void whenEveryCommandWritesItsFiles_thenNoKeyIsSnakeCase_andRunReportsNameTheBuild() throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"), REPORTS);
        Path jsonl = Files.writeString(dir.resolve("in.jsonl"),
                "{\"id\":\"1\",\"text\":\"Patient: John Smith seen 03/14/2021.\",\"known\":{\"names\":[\"John Smith\"]}}\n"
                        + "{\"id\":\"2\"}\n");
        run("analyze", "--input", jsonl.toString(), "--output", dir.resolve("spans.jsonl").toString(), "--ensemble",
                "fast");
        lines("analyze output", dir.resolve("spans.jsonl"));
        lines("analyze errors", dir.resolve("spans.jsonl.errors.jsonl"));

        run("deid", "--input", jsonl.toString(), "--output", dir.resolve("out.jsonl").toString(), "--ensemble",
                "fast", "--spans", "--audit", "--recheck");
        lines("deid JSONL output", dir.resolve("out.jsonl"));
        run("deid", "--input", csv.toString(), "--output", dir.resolve("out.csv").toString(), "--ensemble", "fast",
                "--patient-column", "patient", "--spans", "--audit", "--recheck", "--summary",
                dir.resolve("summary.json").toString());
        file("deid summary", dir.resolve("summary.json"));
        csvCells("deid CSV output", dir.resolve("out.csv"));

        Path corpus = dir.resolve("corpus");
        run("generate", "--n", "12", "--seed", "3", "--out", corpus.toString(), "--format", "jsonl");
        lines("generated corpus", corpus.resolve("train.jsonl"));
        run("evaluate", "--corpus", corpus.resolve("test.jsonl").toString(), "--ensemble", "patterns", "--json",
                dir.resolve("eval.json").toString());
        file("evaluation report", dir.resolve("eval.json"));
        Path free = Files.writeString(dir.resolve("free.txt"), "Chest CT. No acute findings. Murphy sign negative.\n");
        run("evaluate", "--corpus", corpus.resolve("test.jsonl").toString(), "--unlabelled", free.toString(),
                "--variants", "original,upper", "--ensemble", "patterns", "--json",
                dir.resolve("robust.json").toString());
        file("robustness report", dir.resolve("robust.json"));

        run("bench", "--ensemble", "patterns", "--reports", "10", "--runs", "1", "--warmup-seconds", "0",
                "--threads", "1", "--json", dir.resolve("bench.json").toString());
        file("bench report", dir.resolve("bench.json"));

        Path dicomIn = dir.resolve("dicom-in");
        run("generate-dicom", "--n", "1", "--seed", "5", "--out", dicomIn.toString());
        run("dicom", "--in", dicomIn.toString(), "--out", dir.resolve("dicom-out").toString(), "--ensemble", "fast",
                "--report", dir.resolve("dicom.json").toString());
        file("DICOM run report", dir.resolve("dicom.json"));

        Path hl7 = Files.writeString(dir.resolve("msg.hl7"), "MSH|^~\\&|RIS|General Hospital|PACS|X|20240310120000||"
                + "ORU^R01|CTRL0001|P|2.5.1\rPID|1||MRN4471234^^^HOSP^MR||Hartmann^Lucinda||19610415|F\r"
                + "OBX|1|TX|IMP^Impression||Lucinda Hartmann was examined on 03/07/2024.||||||F\r");
        run("hl7", "--input", hl7.toString(), "--output", dir.resolve("msg-deid.hl7").toString(), "--ensemble",
                "fast", "--report", dir.resolve("hl7.json").toString());
        file("HL7 run report", dir.resolve("hl7.json"));

        assertNoSnakeCase();
        for (String report : List.of("deid summary", "evaluation report", "robustness report", "bench report",
                "DICOM run report", "HL7 run report")) {
            assertThat(written.get(report).path("raddeidVersion").asText()).as(report).contains("(commit ");
        }
    }

    @Test
    void whenEveryRouteAnswers_thenNoKeyIsSnakeCase() throws Exception {
        Path work = Files.createDirectories(dir.resolve("jobs"));
        ServerConfig.Jobs j = ServerConfig.Jobs.defaults();
        ServerConfig config = ServerConfig.defaults().withAddress("127.0.0.1", 0).withEnsembles(List.of("fast"))
                .withJobs(new ServerConfig.Jobs(work, 1, 2, 1, j.maxUploadBytes(), j.ttl(), j.keepAfterDownload(),
                        Duration.ZERO, j.sweepEvery()));
        ServerSetup setup = new ServerSetup(config, Engines.of(List.of(Ensembles.create("fast"))),
                new ServerSecret(Secret.of("json-naming-test-secret-0123456".getBytes(StandardCharsets.UTF_8)), false),
                "test");
        HttpClient client = HttpClient.newHttpClient();
        try (RaddeidServer server = RaddeidServer.start(setup)) {
            String url = server.url();
            for (String path : List.of("/api/v1/health", "/api/v1/info", "/api/v1/sample", "/openapi.json",
                    "/api/v1/nowhere")) {
                body("GET " + path, client.send(get(url + path), HttpResponse.BodyHandlers.ofString()));
            }
            String report = "{\"text\":\"Seen by Dr. Okafor on 03/14/2021.\",\"policy\":\"surrogate\"}";
            body("POST analyze", client.send(post(url + "/api/v1/analyze", report, "application/json"),
                    HttpResponse.BodyHandlers.ofString()));
            body("POST deidentify", client.send(post(url + "/api/v1/deidentify", report, "application/json"),
                    HttpResponse.BodyHandlers.ofString()));
            body("400", client.send(post(url + "/api/v1/analyze", "{\"text\":\" \"}", "application/json"),
                    HttpResponse.BodyHandlers.ofString()));
            body("415", client.send(post(url + "/api/v1/analyze", report, "text/plain"),
                    HttpResponse.BodyHandlers.ofString()));
            body("405", client.send(get(url + "/api/v1/analyze"), HttpResponse.BodyHandlers.ofString()));

            String boundary = "----raddeid-naming";
            String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"spans\"\r\n\r\ntrue\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"recheck\"\r\n\r\ntrue\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"audit\"\r\n\r\ntrue\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n" + REPORTS + "\r\n--" + boundary + "--\r\n";
            JsonNode accepted = body("POST batch", client.send(post(url + "/api/v1/batch", form,
                    "multipart/form-data; boundary=" + boundary), HttpResponse.BodyHandlers.ofString()));
            String id = accepted.get("jobId").asText();
            JsonNode status = awaitDone(client, url + "/api/v1/jobs/" + id);
            body("GET job", status);
            assertThat(status.get("summary").isObject()).as(status.toString()).isTrue();
            body("GET jobs", client.send(get(url + "/api/v1/jobs"), HttpResponse.BodyHandlers.ofString()));
            file("job.json", work.resolve(id).resolve("job.json"));
            HttpResponse<String> result = client.send(get(url + "/api/v1/jobs/" + id + "/result"),
                    HttpResponse.BodyHandlers.ofString());
            Path downloaded = Files.writeString(dir.resolve("job-result.csv"), result.body());
            csvCells("job result", downloaded);
            client.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/jobs/" + id)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            body("GET deleted job", client.send(get(url + "/api/v1/jobs/" + id), HttpResponse.BodyHandlers.ofString()));

            Path dicomIn = dir.resolve("dicom-in");
            run("generate-dicom", "--n", "1", "--seed", "5", "--out", dicomIn.toString());
            Path ct;
            try (Stream<Path> files = Files.walk(dicomIn)) {
                ct = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            }
            HttpResponse<byte[]> dicom = client.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/dicom"))
                    .header("Content-Type", "application/dicom").POST(HttpRequest.BodyPublishers.ofFile(ct)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            written.put("X-Raddeid-Report", JSON.readTree(dicom.headers().firstValue("X-Raddeid-Report").orElseThrow()));
        }
        assertNoSnakeCase();
    }

    @Test
    void theCheckFindsSnakeCaseKeysAtAnyDepth_butNotDataKeys() throws IOException {
        JsonNode doc = JSON.readTree("{\"rows\":1,\"phiByType\":{\"NAME\":1,\"DATE/shift\":2},"
                + "\"recheck\":{\"rows_with_leftovers\":0},\"errors\":[{\"row_number\":3}]}");
        assertThat(snakeCaseKeys(doc, "doc")).containsExactly("doc.recheck.rows_with_leftovers",
                "doc.errors[0].row_number");
    }

    /** Returns the JSON paths of the snake_case keys in {@code node}. */
    static List<String> snakeCaseKeys(JsonNode node, String path) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (SNAKE.matcher(e.getKey()).matches()) {
                    found.add(path + "." + e.getKey());
                }
                found.addAll(snakeCaseKeys(e.getValue(), path + "." + e.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(snakeCaseKeys(node.get(i), path + "[" + i + "]"));
            }
        }
        return found;
    }

    private void assertNoSnakeCase() {
        assertThat(written).isNotEmpty();
        List<String> bad = new ArrayList<>();
        written.forEach((what, json) -> bad.addAll(snakeCaseKeys(json, what)));
        assertThat(bad).as("snake_case keys").isEmpty();
    }

    private void run(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isIn(ExitCodes.OK,
                ExitCodes.RECORD_ERRORS, ExitCodes.REVIEW);
    }

    private void file(String what, Path p) throws IOException {
        written.put(what, JSON.readTree(p.toFile()));
    }

    private void lines(String what, Path p) throws IOException {
        List<String> all = Files.readAllLines(p);
        assertThat(all).as(what).isNotEmpty();
        for (int i = 0; i < all.size(); i++) {
            written.put(what + " line " + (i + 1), JSON.readTree(all.get(i)));
        }
    }

    /** The CSV header and every cell that holds JSON (spans, audit, recheck). */
    private void csvCells(String what, Path p) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(Files.readString(p))).getRecords();
        com.fasterxml.jackson.databind.node.ObjectNode header = JSON.createObjectNode();
        records.get(0).toList().stream().filter(c -> c.startsWith("raddeid")).forEach(c -> header.put(c, true));
        assertThat(header.size()).as(what + ": the extra columns").isPositive();
        written.put(what + " header", header);
        for (CSVRecord r : records.subList(1, records.size())) {
            for (String cell : r) {
                if (cell.startsWith("{") || cell.startsWith("[")) {
                    written.put(what + " row " + r.getRecordNumber() + " cell", JSON.readTree(cell));
                }
            }
        }
    }

    private JsonNode body(String what, HttpResponse<String> r) throws IOException {
        return body(what, JSON.readTree(r.body()));
    }

    private JsonNode body(String what, JsonNode json) {
        written.put(what, json);
        return json;
    }

    private JsonNode awaitDone(HttpClient client, String url) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        JsonNode s;
        do {
            Thread.sleep(50);
            s = JSON.readTree(client.send(get(url), HttpResponse.BodyHandlers.ofString()).body());
        } while (!s.path("state").asText().equals("done") && !s.path("state").asText().equals("failed")
                && System.currentTimeMillis() < until);
        return s;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static HttpRequest post(String url, String body, String type) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}

package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.server.Engines;
import org.raddeid.server.RaddeidServer;
import org.raddeid.server.ServerSecret;
import org.raddeid.server.ServerSetup;
import org.raddeid.server.config.ServerConfig;

/**
 * The examples a newcomer copies work against a default {@code ./raddeid serve}: a server with the defaults (ensemble
 * {@code default}, policy {@code safe-harbor}) runs every {@code curl} line of README.md and docs/API.md and every
 * request example of {@code /openapi.json}, and each answer must be a success holding the keys the docs show.
 */
class DocsExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The repository: tests run in the module's folder. */
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*)\":");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static RaddeidServer server;
    static Path dir;

    @BeforeAll
    static void startADefaultServer() throws IOException {
        dir = Files.createTempDirectory("raddeid-docs");
        ServerConfig.Jobs j = ServerConfig.Jobs.defaults();
        ServerConfig config = ServerConfig.defaults().withAddress("127.0.0.1", 0)
                .withJobs(new ServerConfig.Jobs(dir.resolve("jobs"), j.concurrent(), j.queue(), j.threads(),
                        j.maxUploadBytes(), j.ttl(), j.keepAfterDownload(), Duration.ZERO, j.sweepEvery()));
        assertThat(config.ensembles()).as("what a default serve loads").containsExactly("default");
        server = RaddeidServer.start(new ServerSetup(config, Engines.load(config.ensembles()),
                new ServerSecret(Secret.of("docs-examples-secret-0123456789ab".getBytes(StandardCharsets.UTF_8)),
                        true), "test"));
        Files.writeString(dir.resolve("reports.csv"), "id,mrn,report_text\n"
                + "1,88812345,\"PATIENT: GOMEZ, RAFAEL  MRN: 88812345. Discussed with Dr. Okafor on 03/14/2021.\"\n"
                + "2,88812345,Follow-up CT for Rafael Gomez on 04/02/2021.\n");
        Files.writeString(dir.resolve("msg.hl7"), "MSH|^~\\&|RIS|General Hospital|PACS|X|20240310120000||ORU^R01|"
                + "CTRL0001|P|2.5.1\rPID|1||MRN4471234^^^HOSP^MR||Hartmann^Lucinda||19610415|F\r"
                + "OBX|1|TX|IMP^Impression||Lucinda Hartmann was examined on 03/07/2024.||||||F\r");
        Path dicom = dir.resolve("dicom");
        assertThat(CliRun.of("generate-dicom", "--n", "1", "--seed", "3", "--out", dicom.toString()).exitCode())
                .isZero();
        try (Stream<Path> files = Files.walk(dicom)) {
            Files.copy(files.filter(Files::isRegularFile).findFirst().orElseThrow(), dir.resolve("ct.dcm"));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyCurlLineOfTheReadmeAndApiMd_succeedsAndAnswersTheKeysShown() throws Exception {
        int run = 0;
        for (String doc : List.of("README.md", "docs/API.md")) {
            String job = null;
            for (Example e : examples(Files.readString(ROOT.resolve(doc)))) {
                Curl c = Curl.parse(e.command().replace("JOB_ID", String.valueOf(job))
                        .replace("4f9c…", String.valueOf(job)));
                Answer a = c.send();
                assertThat(a.status()).as("%s: %s\n%s", doc, e.command(), a.text()).isBetween(200, 299);
                for (String key : e.keys()) {
                    assertThat(a.text()).as("%s: %s answers the key %s", doc, e.command(), key)
                            .contains("\"" + key + "\"");
                }
                if (c.path.endsWith("/batch")) {
                    job = JSON.readTree(a.body()).get("jobId").asText();
                    awaitDone(job);
                }
                run++;
            }
        }
        assertThat(run).as("curl examples run").isGreaterThanOrEqualTo(8);
    }

    @Test
    void everyRequestExampleOfTheOpenApiDocument_succeeds_andEveryResponseHasAnExampleOfItsShape() throws Exception {
        JsonNode doc = JSON.readTree(send(HttpRequest.newBuilder(uri("/openapi.json")).build()).body());
        int run = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                for (Iterator<Map.Entry<String, JsonNode>> rs = op.getValue().get("responses").fields();
                        rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    JsonNode resp = resolve(doc, r.getValue());
                    if (!r.getKey().equals("204")) {
                        assertThat(resp.path("content").findValues("example")).as("%s %s: an example", where,
                                r.getKey()).isNotEmpty();
                    }
                }
                JsonNode example = op.getValue().path("requestBody").path("content").path("application/json")
                        .path("example");
                if (example.isMissingNode()) {
                    continue;
                }
                HttpResponse<String> a = send(HttpRequest.newBuilder(uri(path.getKey()))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(example.toString())).build());
                assertThat(a.statusCode()).as("%s: %s", where, a.body()).isEqualTo(200);
                JsonNode shown = resolve(doc, op.getValue().get("responses").get("200")).get("content")
                        .get("application/json").get("example");
                assertThat(keys(JSON.readTree(a.body()))).as(where).containsAll(keys(shown));
                run++;
            }
        }
        assertThat(run).as("request examples run").isGreaterThanOrEqualTo(2);
    }

    /** One command of a code block and the keys the docs show for its answer. */
    record Example(String command, Set<String> keys) {
    }

    /**
     * The {@code curl} commands of the {@code sh} blocks of a Markdown page ({@code \} continuations joined, {@code ;}
     * split), each with the keys of the answer the page shows: its {@code # } comment lines, or the {@code json} block
     * that follows.
     */
    static List<Example> examples(String markdown) {
        List<Example> out = new ArrayList<>();
        Matcher blocks = Pattern.compile("```sh\n(.*?)```(?:\n```json\n(.*?)```)?", Pattern.DOTALL).matcher(markdown);
        while (blocks.find()) {
            String[] lines = blocks.group(1).replace("\\\n", " ").split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.startsWith("curl ")) {
                    continue;
                }
                StringBuilder shown = new StringBuilder(Curl.comment(line));
                for (int k = i + 1; k < lines.length && lines[k].strip().startsWith("#"); k++) {
                    shown.append(lines[k]);
                }
                if (blocks.group(2) != null && i == lastCurl(lines)) {
                    shown.append(blocks.group(2));
                }
                for (String command : Curl.code(line).split(";")) {
                    if (!command.isBlank()) {
                        out.add(new Example(command.strip(), keysIn(shown.toString())));
                        shown.setLength(0);
                    }
                }
            }
        }
        return out;
    }

    private static int lastCurl(String[] lines) {
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("curl ")) {
                last = i;
            }
        }
        return last;
    }

    private static Set<String> keysIn(String shown) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = KEY.matcher(shown);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new LinkedHashSet<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(keys::add);
            node.elements().forEachRemaining(v -> keys.addAll(keys(v)));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(v -> keys.addAll(keys(v)));
        }
        return keys;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref")) {
            n = doc.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }

    private static void awaitDone(String job) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        String state;
        do {
            Thread.sleep(100);
            state = JSON.readTree(send(HttpRequest.newBuilder(uri("/api/v1/jobs/" + job)).build()).body())
                    .path("state").asText();
        } while (!state.equals("done") && !state.equals("failed") && System.currentTimeMillis() < until);
        assertThat(state).isEqualTo("done");
    }

    private static URI uri(String path) {
        return URI.create(server.url() + path);
    }

    private static HttpResponse<String> send(HttpRequest r) throws Exception {
        return CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
    }

    /** An answer: status, headers as text, and body. */
    record Answer(int status, String headers, String body) {
        String text() {
            return headers + "\n" + body;
        }
    }

    /** The few curl options the docs use, turned into one request to the test server. */
    static final class Curl {
        String method;
        String path;
        final List<String[]> headers = new ArrayList<>();
        String data;
        Path dataFile;
        final List<String[]> form = new ArrayList<>();

        /** The command without its trailing {@code # comment}. */
        static String code(String line) {
            return split(line)[0];
        }

        /** The trailing {@code # comment} of a command line, or "". */
        static String comment(String line) {
            return split(line)[1];
        }

        private static String[] split(String line) {
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote == 0 && (c == '\'' || c == '"')) {
                    quote = c;
                } else if (c == quote) {
                    quote = 0;
                } else if (quote == 0 && c == '#' && i > 0 && line.charAt(i - 1) == ' ') {
                    return new String[] {line.substring(0, i), line.substring(i)};
                }
            }
            return new String[] {line, ""};
        }

        static Curl parse(String command) {
            List<String> words = words(command);
            assertThat(words.get(0)).isEqualTo("curl");
            Curl c = new Curl();
            for (int i = 1; i < words.size(); i++) {
                String w = words.get(i);
                switch (w) {
                    case "-s", "-OJ" -> { }
                    case "-H" -> c.headers.add(words.get(++i).split(":\\s*", 2));
                    case "-d" -> c.data = words.get(++i);
                    case "--data-binary" -> c.dataFile = dir.resolve(words.get(++i).substring(1));
                    case "-F" -> c.form.add(words.get(++i).split("=", 2));
                    case "-X" -> c.method = words.get(++i);
                    case "-D", "-o" -> i++;
                    default -> {
                        assertThat(w).as("a URL in: %s", command).startsWith("localhost:8080/");
                        c.path = w.substring("localhost:8080".length());
                    }
                }
            }
            return c;
        }

        /** Splits a shell command into words, honouring single and double quotes. */
        private static List<String> words(String command) {
            List<String> out = new ArrayList<>();
            StringBuilder w = new StringBuilder();
            char quote = 0;
            boolean inWord = false;
            for (char c : command.toCharArray()) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        w.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    inWord = true;
                } else if (Character.isWhitespace(c)) {
                    if (inWord) {
                        out.add(w.toString());
                        w.setLength(0);
                        inWord = false;
                    }
                } else {
                    w.append(c);
                    inWord = true;
                }
            }
            if (inWord) {
                out.add(w.toString());
            }
            return out;
        }

        Answer send() throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
            headers.forEach(h -> b.header(h[0], h[1]));
            if (!form.isEmpty()) {
                String boundary = "----raddeid-docs";
                b.header("Content-Type", "multipart/form-data; boundary=" + boundary);
                b.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary)));
            } else if (dataFile != null) {
                b.POST(HttpRequest.BodyPublishers.ofFile(dataFile));
            } else if (data != null) {
                b.POST(HttpRequest.BodyPublishers.ofString(data));
            } else {
                b.method(method == null ? "GET" : method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            StringBuilder h = new StringBuilder();
            r.headers().map().forEach((k, v) -> h.append(k).append(": ").append(String.join(",", v)).append('\n'));
            return new Answer(r.statusCode(), h.toString(), new String(r.body(), StandardCharsets.UTF_8));
        }

        private byte[] multipart(String boundary) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (String[] f : form) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"")
                        .getBytes(StandardCharsets.UTF_8));
                if (f[1].startsWith("@")) {
                    Path file = dir.resolve(f[1].substring(1));
                    body.writeBytes(("; filename=\"" + file.getFileName() + "\"\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = Files.newInputStream(file)) {
                        in.transferTo(body);
                    }
                } else {
                    body.writeBytes(("\r\n\r\n" + f[1]).getBytes(StandardCharsets.UTF_8));
                }
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return body.toByteArray();
        }
    }
}

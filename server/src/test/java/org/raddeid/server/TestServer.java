package org.raddeid.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.recognizers.Ensembles;
import org.raddeid.server.config.ServerConfig;

/** A real server on a free loopback port with the {@code fast} ensemble (no models), and a small HTTP client. */
public final class TestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RaddeidServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    /** One answer: status, headers and body. */
    public record Answer(int status, java.net.http.HttpHeaders headers, String body) {
        /** The body as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Path workDir;

    private TestServer(RaddeidServer server, Path workDir) {
        this.server = server;
        this.workDir = workDir;
    }

    /** Starts with {@code config} (its port is replaced by 0) and the {@code fast} ensemble plus {@code extra}. */
    public static TestServer start(ServerConfig config, Recognizer... extra) {
        List<Ensemble> ensembles = new ArrayList<>();
        ensembles.add(Ensembles.create("fast"));
        ensembles.add(Ensembles.create("patterns"));
        for (Recognizer r : extra) {
            ensembles.add(new Ensemble(r.name(), List.of(r)));
        }
        ServerConfig c = config.withAddress("127.0.0.1", 0).withEnsembles(List.of("fast"));
        if (c.jobs().workDir().equals(ServerConfig.Jobs.defaults().workDir())) {
            c = c.withJobs(jobsIn(tempDir(), c.jobs()));
        }
        ServerSetup setup = new ServerSetup(c, Engines.of(ensembles),
                new ServerSecret(Secret.of("0123456789abcdef0123456789abcdef".getBytes()), false), "test");
        return new TestServer(RaddeidServer.start(setup), c.jobs().workDir());
    }

    /** Returns {@code j} with its work directory at {@code dir}. */
    public static ServerConfig.Jobs jobsIn(Path dir, ServerConfig.Jobs j) {
        return new ServerConfig.Jobs(dir, j.concurrent(), j.queue(), j.threads(), j.maxUploadBytes(), j.ttl(),
                j.keepAfterDownload(), j.shutdownGrace(), j.sweepEvery());
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("raddeid-test-jobs");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts with the defaults. */
    public static TestServer start() {
        return start(ServerConfig.defaults());
    }

    /** Returns the base URL. */
    public String url() {
        return server.url();
    }

    /** GETs {@code path}. */
    public Answer get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** POSTs {@code body} as JSON to {@code path}. */
    public Answer post(String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POSTs {@code body} serialised as JSON. */
    public Answer postJson(String path, Map<String, ?> body, String... headers) {
        try {
            return post(path, JSON.writeValueAsString(body), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DELETEs {@code path}. */
    public Answer delete(String path, String... headers) {
        return send(request(path, headers).DELETE().build());
    }

    /**
     * POSTs a multipart form: {@code fields} as text parts and, when {@code fileName} is not null, {@code content}
     * as the part {@code file}.
     */
    public Answer upload(String path, Map<String, String> fields, String fileName, byte[] content,
            String... headers) {
        String boundary = "----raddeid" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + k + "\"\r\n\r\n" + v + "\r\n").getBytes(utf8)));
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(utf8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        return send(request(path, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Polls job {@code id} (sending {@code headers}) until it has finished (at most 60 s); returns its last status. */
    public JsonNode awaitJob(String id, String... headers) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode s = get("/api/v1/jobs/" + id, headers).json();
            String state = s.path("state").asText();
            if (state.equals("done") || state.equals("failed") || state.equals("cancelled")
                    || System.currentTimeMillis() > until) {
                return s;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return s;
            }
        }
    }

    /** Returns the server's job work directory. */
    public Path workDir() {
        return workDir;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private Answer send(HttpRequest req) {
        try {
            HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}

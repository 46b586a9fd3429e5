package org.raddeid.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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

    private TestServer(RaddeidServer server) {
        this.server = server;
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
        ServerSetup setup = new ServerSetup(c, Engines.of(ensembles),
                new ServerSecret(Secret.of("0123456789abcdef0123456789abcdef".getBytes()), false), "test");
        return new TestServer(RaddeidServer.start(setup));
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

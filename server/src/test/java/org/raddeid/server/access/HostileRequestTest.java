package org.raddeid.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.server.TestServer;
import org.raddeid.server.config.ServerConfig;

/**
 * Requests as an adversarial probe sent them, planting one patient's name everywhere (issue 17, finding 8): nothing
 * runs before the request is known to be acceptable, and no refusal echoes what the client sent.
 */
class HostileRequestTest {

    static final String PHI = "Zebulon Quartermaine";
    static final String ALLOWED = "https://ris.example.org";
    static final AtomicInteger CALLS = new AtomicInteger();

    /** Counts every analysis it is asked for, so a test can tell whether a request reached an engine. */
    static final Recognizer COUNTING = new Recognizer() {
        public String name() {
            return "counting";
        }

        public Set<PhiType> types() {
            return Set.of(PhiType.NAME);
        }

        public List<PhiSpan> recognize(AnalyzedText text) {
            CALLS.incrementAndGet();
            return List.of();
        }
    };

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(ServerConfig.defaults().withCorsOrigins(List.of(ALLOWED))
                .withLimits(new ServerConfig.Limits(4096, 1000)), COUNTING);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String body() {
        return "{\"text\":\"Seen by " + PHI + "\",\"ensemble\":\"counting\"}";
    }

    @Test
    void whenAPageOfAnotherOriginPosts_thenItIsRefusedBeforeAnyWork() {
        int before = CALLS.get();
        TestServer.Answer evil = server.post("/api/v1/deidentify", body(), "Origin", "https://evil.example.com");
        assertThat(evil.status()).isEqualTo(403);
        assertThat(evil.body()).doesNotContain("evil", "Zebulon");
        assertThat(CALLS.get()).as("the engine never ran").isEqualTo(before);
        TestServer.Answer ok = server.post("/api/v1/deidentify", body(), "Origin", ALLOWED);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(CALLS.get()).isEqualTo(before + 1);
        TestServer.Answer own = server.post("/api/v1/deidentify", body(), "Origin", server.url());
        assertThat(own.status()).as(own.body()).isEqualTo(200);
    }

    @Test
    void whenTheBodyIsPlainTextOrAForm_thenItIsRefusedWith415BeforeAnyWork() throws Exception {
        int before = CALLS.get();
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/deidentify"))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body())).build());
            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertThat(r.body()).doesNotContain("Zebulon");
        }
        HttpResponse<String> none = send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/analyze"))
                .POST(HttpRequest.BodyPublishers.ofString(body())).build());
        assertThat(none.statusCode()).isEqualTo(415);
        assertThat(CALLS.get()).isEqualTo(before);
    }

    @Test
    void whenTheCharsetIsBogus_then415NotA500() throws Exception {
        for (String charset : List.of("BOGUS", "latin1", "\"utf-16\"")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/deidentify"))
                    .header("Content-Type", "application/json; charset=" + charset)
                    .POST(HttpRequest.BodyPublishers.ofString(body())).build());
            assertThat(r.statusCode()).as(charset).isEqualTo(415);
            assertThat(r.body()).contains("charset").doesNotContain("BOGUS", "latin1");
        }
        HttpResponse<String> utf8 = send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/deidentify"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body())).build());
        assertThat(utf8.statusCode()).isEqualTo(200);
    }

    @Test
    void whenAChunkedBodyIsOverTheLimit_then413() throws Exception {
        byte[] big = ("{\"text\":\"" + PHI + " ".repeat(8000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> json = send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/deidentify"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
        assertThat(json.statusCode()).isEqualTo(413);
        assertThat(json.body()).doesNotContain("Zebulon");
    }

    @Test
    void whenContentFollowsTheJsonObject_then400() {
        TestServer.Answer a = server.post("/api/v1/deidentify", body() + " {\"text\":\"" + PHI + "\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("error").asText()).contains("after the JSON object");
        assertThat(a.body()).doesNotContain("Zebulon");
        assertThat(server.post("/api/v1/deidentify", body() + " garbage").status()).isEqualTo(400);
        assertThat(server.post("/api/v1/deidentify", body() + " \n").status()).isEqualTo(200);
    }

    @Test
    void whenTheTextHoldsALoneSurrogate_then400NamingItsOffset() {
        TestServer.Answer a = server.post("/api/v1/deidentify", "{\"text\":\"Seen by " + PHI + " \\ud800\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("error").asText()).contains("unpaired surrogate").contains("offset 29");
        assertThat(a.body()).doesNotContain("Zebulon");
    }

    @Test
    void whenAFieldNameHoldsPhi_thenNeitherTheErrorNorItsFieldEchoesIt() {
        TestServer.Answer a = server.post("/api/v1/deidentify", "{\"text\":\"x\",\"" + PHI + " 1950-03-07\":1}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).doesNotContain("Zebulon", "1950").contains("1 unknown field");
        assertThat(a.json().path("field").asText("")).isEmpty();
        TestServer.Answer known = server.post("/api/v1/deidentify",
                "{\"text\":\"x\",\"known\":{\"" + PHI + "\":\"1950-03-07\"}}");
        assertThat(known.status()).isEqualTo(400);
        assertThat(known.body()).doesNotContain("Zebulon", "1950");
        assertThat(known.json().get("field").asText()).isEqualTo("known");
        TestServer.Answer form = server.upload("/api/v1/batch", Map.of(PHI, "1950-03-07"), "r.csv",
                "id,text\n1,x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.body()).doesNotContain("Zebulon", "1950");
    }

    private static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }
}

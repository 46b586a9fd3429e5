package org.raddeid.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.server.TestServer;

/** The status codes a newcomer expects: 405 with {@code Allow} for a wrong method, 415 for a body that is not JSON. */
class HttpConventionsTest {

    private static final String REPORT = "{\"text\":\"Seen by Dr. Zebulon Quartermaine.\"}";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v1/analyze, POST",
        "PUT, /api/v1/deidentify, POST",
        "POST, /api/v1/health, 'GET, HEAD'",
        "DELETE, /api/v1/jobs, 'GET, HEAD'",
        "POST, /api/v1/jobs/0123456789abcdef0123456789abcdef, 'GET, HEAD, DELETE'",
        "GET, /api/v1/batch, POST"})
    void whenTheMethodIsWrong_then405ListingTheAllowedOnes(String method, String path, String allow) throws Exception {
        HttpResponse<String> r = send(method, path, null, null);
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue(allow);
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertThat(body.get("status").asInt()).isEqualTo(405);
        assertThat(body.get("error").asText()).isEqualTo("method not allowed; this resource allows " + allow);
    }

    @org.junit.jupiter.api.Test
    void whenHeadIsAsked_thenTheGetRouteAnswersWithoutABody() throws Exception {
        HttpResponse<String> r = send("HEAD", "/api/v1/health", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(value = {"text/plain", "application/x-www-form-urlencoded", "NONE", "application/xml"},
            nullValues = "NONE")
    void whenTheBodyIsNotDeclaredJson_then415(String type) throws Exception {
        for (String path : new String[] {"/api/v1/analyze", "/api/v1/deidentify"}) {
            HttpResponse<String> r = send("POST", path, type, REPORT);
            assertThat(r.statusCode()).as("%s %s", path, type).isEqualTo(415);
            JsonNode body = new ObjectMapper().readTree(r.body());
            assertThat(body.get("error").asText()).contains("Content-Type: application/json");
            assertThat(r.body()).doesNotContain("Zebulon", "Quartermaine");
        }
    }

    @ParameterizedTest
    @CsvSource({"application/json", "application/json; charset=utf-8", "Application/JSON", "application/merge+json"})
    void whenTheBodyIsDeclaredJson_thenItIsRead(String type) throws Exception {
        assertThat(send("POST", "/api/v1/analyze", type, REPORT).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/analyze", type, "{\"text\": ").statusCode()).as("malformed")
                .isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/nowhere", "/nowhere", "/api/v1/jobs/0123456789abcdef0123456789abcdef/else"})
    void whenNoRouteHasThePath_then404WithoutAllow(String path) throws Exception {
        HttpResponse<String> r = send("POST", path, "application/json", "{}");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Allow")).isEmpty();
    }
}

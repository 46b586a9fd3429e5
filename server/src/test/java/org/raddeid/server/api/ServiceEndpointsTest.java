package org.raddeid.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raddeid.server.RaddeidServer;
import org.raddeid.server.TestServer;

class ServiceEndpointsTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthSaysOk() {
        TestServer.Answer a = server.get("/api/v1/health");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void infoListsVersionEnsemblesPoliciesLimitsAndTheSecretKind() {
        JsonNode info = server.get("/api/v1/info").json();
        assertThat(info.get("version").asText()).isEqualTo("test");
        assertThat(info.get("defaultEnsemble").asText()).isEqualTo("fast");
        List<String> names = new ArrayList<>();
        info.get("ensembles").forEach(e -> names.add(e.get("name").asText()));
        assertThat(names).containsExactly("fast", "patterns");
        assertThat(info.get("ensembles").get(0).get("recognizers").toString()).contains("pattern");
        assertThat(info.get("knownEnsembles").toString()).as("what serve --ensemble can load")
                .isEqualTo("[\"patterns\",\"fast\",\"default\",\"full\"]");
        assertThat(info.get("policies").toString()).contains("safe-harbor", "surrogate", "limited-data-set");
        assertThat(info.get("defaultPolicy").asText()).isEqualTo("safe-harbor");
        assertThat(info.get("limits").get("maxTextChars").asInt()).isEqualTo(500_000);
        assertThat(info.get("limits").get("maxBodyBytes").asLong()).isEqualTo(2L * 1024 * 1024);
        assertThat(info.get("limits").get("requestTimeoutMs").asLong()).isEqualTo(30_000);
        assertThat(info.get("secret").get("ephemeral").asBoolean()).isFalse();
        assertThat(info.get("apiKeyRequired").asBoolean()).isFalse();
    }

    @Test
    void sampleIsAFreshSyntheticReport() {
        JsonNode a = server.get("/api/v1/sample").json();
        JsonNode b = server.get("/api/v1/sample").json();
        assertThat(a.get("text").asText()).hasSizeGreaterThan(200);
        assertThat(a.get("seed").asLong()).isNotEqualTo(b.get("seed").asLong());
    }

    @Test
    void everyRouteIsDescribedInTheOpenApiDocument() {
        TestServer.Answer a = server.get("/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        JsonNode doc = a.json();
        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        for (RaddeidServer.Route r : RaddeidServer.routes()) {
            JsonNode path = doc.get("paths").get(r.path());
            assertThat(path).as("path %s in openapi.json", r.path()).isNotNull();
            assertThat(path.get(r.method().toLowerCase())).as("%s %s", r.method(), r.path()).isNotNull();
        }
        List<String> documented = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (!m.equals("parameters")) {
                documented.add(m + " " + p.getKey());
            }
        }));
        assertThat(documented).hasSameSizeAs(RaddeidServer.routes());
    }

    /**
     * Job routes (a path parameter or a multipart upload) are exercised in {@code JobEndpointsTest}, the DICOM route
     * (application/dicom, not JSON) in {@code DicomEndpointsTest}, the HL7 route (an HL7 body) in {@code Hl7EndpointTest}.
     */
    @Test
    void everyDocumentedRouteAnswers() {
        for (RaddeidServer.Route r : RaddeidServer.routes()) {
            if (r.path().contains("{") || r.path().endsWith("/batch") || r.path().endsWith("/dicom")
                    || r.path().endsWith("/hl7")) {
                continue;
            }
            TestServer.Answer a = r.method().equals("GET") ? server.get(r.path())
                    : server.postJson(r.path(), Map.of("text", "Seen by Dr. Okafor."));
            assertThat(a.status()).as("%s %s", r.method(), r.path()).isEqualTo(200);
        }
    }

    @Test
    void docsPageIsSelfHosted() {
        TestServer.Answer a = server.get("/docs");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(a.body()).contains("/docs.js").doesNotContain("cdn", "unpkg", "jsdelivr");
        assertThat(server.get("/docs.js").status()).isEqualTo(200);
    }

    @Test
    void playgroundIsServedWithItsOwnAssetsOnly() {
        TestServer.Answer page = server.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"report\"", "/app.js", "/style.css")
                .doesNotContain("https://", "http://");
        assertThat(server.get("/app.js").status()).isEqualTo(200);
        assertThat(server.get("/style.css").status()).isEqualTo(200);
    }

    @Test
    void metricsCountRequestsReportsAndPhiByType() {
        server.postJson("/api/v1/analyze", Map.of("text", "Seen by Dr. Okafor on 03/14/2021."));
        server.post("/api/v1/analyze", "{");
        TestServer.Answer a = server.get("/metrics");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(a.body())
                .contains("raddeid_http_requests_seconds_count{method=\"POST\",route=\"/api/v1/analyze\",status=\"200\"}")
                .contains("raddeid_http_errors_total{route=\"/api/v1/analyze\",status=\"400\"}")
                .contains("raddeid_reports_processed_total{endpoint=\"analyze\",ensemble=\"fast\"}")
                .contains("raddeid_phi_spans_total{type=\"NAME\"}")
                .contains("raddeid_phi_spans_total{type=\"DATE\"}")
                .doesNotContain("Okafor");
    }
}

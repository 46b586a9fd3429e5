package org.raddeid.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raddeid.llm.LlmConfig;
import org.raddeid.llm.LlmRecognizer;
import org.raddeid.server.Engines;
import org.raddeid.server.TestServer;
import org.raddeid.server.config.ServerConfig;

/**
 * The LLM over HTTP: an endpoint that cannot be reached leaves a visible degradation in degrade mode and fails the
 * request (closed) otherwise; {@code full} without an endpoint is refused at start. Nothing leaves loopback: the
 * endpoint is a loopback port nobody listens on.
 */
class LlmOverHttpTest {

    private static LlmRecognizer unreachable(String onFailure) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: connections are refused
        }
        LlmConfig config = LlmConfig.resolve(Map.of(LlmConfig.BASE_URL, "http://127.0.0.1:" + port + "/v1",
                LlmConfig.MODEL, "test-model", LlmConfig.TIMEOUT, "2s", LlmConfig.ON_FAILURE, onFailure), Map.of())
                .orElseThrow();
        return new LlmRecognizer(config);
    }

    @Test
    void inDegradeModeAnUnreachableLlmIsReportedNotHidden() throws IOException {
        try (TestServer s = TestServer.start(ServerConfig.defaults(), unreachable("degrade"))) {
            for (String path : List.of("/api/v1/analyze", "/api/v1/deidentify")) {
                TestServer.Answer a = s.postJson(path, Map.of("text", "Seen by Dr. Zebulon Quartermaine.",
                        "ensemble", "llm"));
                assertThat(a.status()).as(path).isEqualTo(200);
                JsonNode degraded = a.json().get("degraded");
                assertThat(degraded).hasSize(1);
                assertThat(degraded.get(0).get("recognizer").asText()).isEqualTo("llm");
                assertThat(degraded.get(0).get("reason").asText()).isNotBlank().doesNotContain("Zebulon");
            }
            // an ensemble without the LLM says nothing is degraded
            JsonNode fast = s.postJson("/api/v1/analyze", Map.of("text", "Seen by Dr. Okafor.")).json();
            assertThat(fast.get("degraded")).isEmpty();
        }
    }

    @Test
    void failClosedIsTheDefaultAndEchoesNothing() throws IOException {
        try (TestServer s = TestServer.start(ServerConfig.defaults(), unreachable("fail"))) {
            TestServer.Answer a = s.postJson("/api/v1/analyze", Map.of("text", "Seen by Dr. Zebulon Quartermaine.",
                    "ensemble", "llm"));
            assertThat(a.status()).isEqualTo(500);
            assertThat(a.body()).doesNotContain("Zebulon");
        }
    }

    @Test
    void fullWithoutAnEndpointIsRefusedNamingTheSettings() {
        assertThatThrownBy(() -> Engines.load(List.of("full"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--llm-base-url")
                .hasMessageContaining("RADDEID_LLM_BASE_URL");
    }
}

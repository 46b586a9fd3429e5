package org.raddeid.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raddeid.server.TestServer;
import org.raddeid.server.config.ServerConfig;

class AccessControlTest {

    static final String KEY = "k-0123456789abcdef";

    @Test
    void withoutKeysConfigured_thenNoKeyIsNeeded() {
        try (TestServer s = TestServer.start()) {
            assertThat(s.postJson("/api/v1/analyze", Map.of("text", "Dr. Okafor")).status()).isEqualTo(200);
        }
    }

    @Test
    void withKeysConfigured_thenEveryRouteButHealthNeedsTheRightOne() {
        try (TestServer s = TestServer.start(ServerConfig.defaults().withApiKeys(List.of("other-key-0000000000", KEY)))) {
            TestServer.Answer none = s.postJson("/api/v1/analyze", Map.of("text", "Dr. Okafor"));
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.json().get("field").asText()).isEqualTo("X-API-Key");
            assertThat(none.json().get("error").asText()).contains("X-API-Key");
            assertThat(s.postJson("/api/v1/analyze", Map.of("text", "Dr. Okafor"), "X-API-Key", KEY + "x").status())
                    .isEqualTo(401);
            assertThat(s.postJson("/api/v1/analyze", Map.of("text", "Dr. Okafor"), "X-API-Key", KEY).status())
                    .isEqualTo(200);
            assertThat(s.get("/api/v1/info").status()).isEqualTo(401);
            assertThat(s.get("/metrics").status()).isEqualTo(401);
            assertThat(s.get("/metrics", "X-API-Key", KEY).status()).isEqualTo(200);
            assertThat(s.get("/api/v1/info", "X-API-Key", KEY).json().get("apiKeyRequired").asBoolean()).isTrue();
            assertThat(s.get("/api/v1/health").status()).isEqualTo(200);
            assertThat(s.get("/").status()).as("the playground page itself").isEqualTo(200);
        }
    }

    @Test
    void keysCompareWholeValuesOnly() {
        ApiKeys keys = new ApiKeys(List.of(KEY));
        assertThat(keys.accepts(KEY)).isTrue();
        assertThat(keys.accepts(KEY.substring(0, 10))).isFalse();
        assertThat(keys.accepts(null)).isFalse();
        assertThat(new ApiKeys(List.of()).accepts(null)).isTrue();
    }

    @Test
    void corsIsOffByDefault() {
        try (TestServer s = TestServer.start()) {
            TestServer.Answer a = s.postJson("/api/v1/analyze", Map.of("text", "Dr. Okafor"),
                    "Origin", "https://evil.example.com");
            assertThat(a.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() {
        try (TestServer s = TestServer.start(
                ServerConfig.defaults().withCorsOrigins(List.of("https://intranet.example.org")))) {
            TestServer.Answer ok = s.postJson("/api/v1/analyze", Map.of("text", "Dr. Okafor"),
                    "Origin", "https://intranet.example.org");
            assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).contains("https://intranet.example.org");
            TestServer.Answer other = s.postJson("/api/v1/analyze", Map.of("text", "Dr. Okafor"),
                    "Origin", "https://evil.example.com");
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }
}

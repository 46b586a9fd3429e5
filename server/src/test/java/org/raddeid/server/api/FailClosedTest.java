package org.raddeid.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raddeid.server.TestRecognizers.BROKEN;
import static org.raddeid.server.TestRecognizers.SLOW;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raddeid.server.TestServer;
import org.raddeid.server.config.ServerConfig;

/** A failing or slow recognizer gives an error that returns and echoes nothing of the report. */
class FailClosedTest {

    @Test
    void whenARecognizerFails_thenA500ThatEchoesNothing() {
        try (TestServer s = TestServer.start(ServerConfig.defaults(), BROKEN)) {
            for (String path : List.of("/api/v1/analyze", "/api/v1/deidentify")) {
                TestServer.Answer a = s.postJson(path, Map.of("text", "Zebulon Quartermaine", "ensemble", "broken"));
                assertThat(a.status()).isEqualTo(500);
                assertThat(a.json().get("error").asText()).startsWith("internal error (id ").contains("nothing");
                assertThat(a.body()).doesNotContain("Zebulon", "cannot handle", "IllegalState");
            }
        }
    }

    @Test
    void whenProcessingTakesLongerThanTheTimeout_thenA503() {
        try (TestServer s = TestServer.start(ServerConfig.defaults().withRequestTimeout(Duration.ofMillis(200)),
                SLOW)) {
            long t0 = System.nanoTime();
            TestServer.Answer a = s.postJson("/api/v1/analyze", Map.of("text", "Zebulon Quartermaine",
                    "ensemble", "slow"));
            assertThat(a.status()).isEqualTo(503);
            assertThat(a.json().get("error").asText()).contains("timeout of 200 ms");
            assertThat(a.body()).doesNotContain("Zebulon");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(1500));
        }
    }
}

package org.raddeid.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuardedHttpClientTest {

    private final GuardedHttpClient client = new GuardedHttpClient(URI.create("http://127.0.0.1:9/v1/"),
            Duration.ofSeconds(1));

    @Test
    void refusesToSendAnywhereButUnderTheBaseUrl() {
        for (String url : new String[] {"http://example.org/v1/chat/completions", "http://127.0.0.1:9/v10/x",
                "http://127.0.0.1:9/"}) {
            HttpRequest r = HttpRequest.builder().method(HttpMethod.POST).url(url).body("Ingrid Vasquez").build();
            assertThatThrownBy(() -> client.execute(r)).isInstanceOf(IllegalStateException.class)
                    .hasMessageNotContaining("Ingrid").hasMessageNotContaining(url);
        }
    }

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDate() {
        assertThat(GuardedHttpClient.retryAfter(Optional.of("7"))).isEqualTo(Duration.ofSeconds(7));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(10));
        assertThat(GuardedHttpClient.retryAfter(Optional.of(inTenSeconds)))
                .isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
        assertThat(GuardedHttpClient.retryAfter(Optional.of("soon"))).isNull();
        assertThat(GuardedHttpClient.retryAfter(Optional.empty())).isNull();
    }
}

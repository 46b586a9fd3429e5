package org.raddeid.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmConfigTest {

    private static final Map<String, String> ENV = Map.of(LlmConfig.BASE_URL, "http://127.0.0.1:11434",
            LlmConfig.MODEL, "llama3.2", LlmConfig.PROVIDER, "ollama", LlmConfig.API_KEY, "env-key",
            LlmConfig.TIMEOUT, "45s", LlmConfig.ON_FAILURE, "degrade");

    @Test
    void whenNothingIsSet_thenTheLlmIsOff() {
        assertThat(LlmConfig.resolve(Map.of(), Map.of())).isEmpty();
    }

    @Test
    void theEnvironmentConfiguresEverything() {
        LlmConfig c = LlmConfig.resolve(Map.of(), ENV).orElseThrow();

        assertThat(c.provider()).isEqualTo(LlmProvider.OLLAMA);
        assertThat(c.model()).isEqualTo("llama3.2");
        assertThat(c.apiKey()).isEqualTo("env-key");
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(c.onFailure()).isEqualTo(FailureMode.DEGRADE);
        assertThat(c.toString()).doesNotContain("env-key");
    }

    @Test
    void givenSettingsBeatTheEnvironmentAndTheKeyFileBeatsTheKeyVariable(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("key"), "file-key\n");
        LlmConfig c = LlmConfig.resolve(Map.of(LlmConfig.MODEL, "qwen", LlmConfig.PROVIDER, "openai",
                LlmConfig.TIMEOUT, "500ms", LlmConfig.ON_FAILURE, "fail", LlmConfig.API_KEY_FILE, key.toString()),
                ENV).orElseThrow();

        assertThat(c.model()).isEqualTo("qwen");
        assertThat(c.provider()).isEqualTo(LlmProvider.OPENAI);
        assertThat(c.timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.onFailure()).isEqualTo(FailureMode.FAIL);
        assertThat(c.apiKey()).isEqualTo("file-key");
    }

    @Test
    void defaultsAreOpenAiSixtySecondsAndFailClosed() {
        LlmConfig c = LlmConfig.resolve(Map.of(LlmConfig.BASE_URL, "http://localhost:8081/v1",
                LlmConfig.MODEL, "m"), Map.of()).orElseThrow();

        assertThat(c.provider()).isEqualTo(LlmProvider.OPENAI);
        assertThat(c.timeout()).isEqualTo(LlmConfig.DEFAULT_TIMEOUT);
        assertThat(c.onFailure()).isEqualTo(FailureMode.FAIL);
        assertThat(c.apiKey()).isNull();
        assertThat(c.limits().jsonSchema()).isTrue();
        assertThat(LlmConfig.resolve(Map.of(LlmConfig.BASE_URL, "http://h", LlmConfig.MODEL, "m"),
                Map.of(LlmConfig.JSON_SCHEMA, "false")).orElseThrow().limits().jsonSchema()).isFalse();
    }

    @Test
    void errorsNameTheSetting() {
        assertThatThrownBy(() -> LlmConfig.resolve(Map.of(LlmConfig.MODEL, "m"), Map.of()))
                .hasMessageContaining("--llm-base-url").hasMessageContaining(LlmConfig.BASE_URL);
        assertThatThrownBy(() -> LlmConfig.resolve(Map.of(LlmConfig.BASE_URL, "http://h"), Map.of()))
                .hasMessageContaining(LlmConfig.MODEL);
        assertThatThrownBy(() -> LlmConfig.resolve(Map.of(LlmConfig.BASE_URL, "ftp://h", LlmConfig.MODEL, "m"),
                Map.of())).hasMessageContaining("http or https");
        assertThatThrownBy(() -> LlmConfig.resolve(Map.of(LlmConfig.BASE_URL, "http://h", LlmConfig.MODEL, "m",
                LlmConfig.TIMEOUT, "soon"), Map.of())).hasMessageContaining("'soon'");
        assertThatThrownBy(() -> LlmConfig.resolve(Map.of(LlmConfig.BASE_URL, "http://h", LlmConfig.MODEL, "m",
                LlmConfig.PROVIDER, "bard"), Map.of())).hasMessageContaining("openai, ollama");
    }
}

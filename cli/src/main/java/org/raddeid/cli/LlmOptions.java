package org.raddeid.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.raddeid.llm.LlmConfig;
import picocli.CommandLine.Option;

/**
 * The LLM endpoint options every detecting command shares (through {@link EnsembleOptions}). Each has an environment
 * variable; a flag beats it. The API key comes only from {@code RADDEID_LLM_API_KEY} or a file, never from a flag
 * value, so it does not show in process listings or shell history. Nothing is configured by default: the LLM is off.
 */
final class LlmOptions {

    /** Where environment variables come from; tests replace it. */
    static Supplier<Map<String, String>> environment = System::getenv;

    @Option(names = "--llm-provider", paramLabel = "openai|ollama",
            description = "LLM protocol (default openai; env RADDEID_LLM_PROVIDER).")
    String provider;

    @Option(names = "--llm-base-url", paramLabel = "URL",
            description = "LLM endpoint; report text is sent there (env RADDEID_LLM_BASE_URL). See docs/LLM.md.")
    String baseUrl;

    @Option(names = "--llm-model", paramLabel = "NAME", description = "LLM model name (env RADDEID_LLM_MODEL).")
    String model;

    @Option(names = "--llm-api-key-file", paramLabel = "FILE",
            description = "File holding the LLM API key (else env RADDEID_LLM_API_KEY).")
    Path apiKeyFile;

    @Option(names = "--llm-timeout", paramLabel = "DURATION",
            description = "Longest LLM call, e.g. 30s or 500ms (default 60s; env RADDEID_LLM_TIMEOUT).")
    String timeout;

    @Option(names = "--llm-on-failure", paramLabel = "fail|degrade",
            description = "When the LLM fails: fail the record (default) or go on without it, marked degraded "
                    + "(env RADDEID_LLM_ON_FAILURE).")
    String onFailure;

    /**
     * Returns the configured endpoint, or empty when none is set.
     *
     * @throws UserError naming a missing or bad setting
     */
    Optional<LlmConfig> config() {
        Map<String, String> given = new HashMap<>();
        put(given, LlmConfig.PROVIDER, provider);
        put(given, LlmConfig.BASE_URL, baseUrl);
        put(given, LlmConfig.MODEL, model);
        put(given, LlmConfig.API_KEY_FILE, apiKeyFile == null ? null : apiKeyFile.toString());
        put(given, LlmConfig.TIMEOUT, timeout);
        put(given, LlmConfig.ON_FAILURE, onFailure);
        try {
            return LlmConfig.resolve(given, environment.get());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}

package org.raddeid.llm;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the LLM is and how to treat it: one plain value the CLI and the server both build from settings. Report text
 * is sent to {@code baseUrl} and nowhere else. Immutable; {@link #toString()} never shows the key.
 *
 * @param provider the protocol
 * @param baseUrl the endpoint's base URL ({@code http://127.0.0.1:11434} for Ollama, {@code …/v1} for OpenAI-style)
 * @param model the model name the endpoint knows
 * @param apiKey the bearer key, or null when the endpoint needs none
 * @param timeout the longest one call may take
 * @param onFailure fail closed, or go on degraded
 * @param limits chunking, concurrency, retries, breaker and cache
 */
public record LlmConfig(LlmProvider provider, URI baseUrl, String model, String apiKey, Duration timeout,
        FailureMode onFailure, LlmLimits limits) {

    /** Setting (and environment variable) names, shared by flags, environment and the server's config file. */
    public static final String PROVIDER = "RADDEID_LLM_PROVIDER";
    public static final String BASE_URL = "RADDEID_LLM_BASE_URL";
    public static final String MODEL = "RADDEID_LLM_MODEL";
    public static final String API_KEY = "RADDEID_LLM_API_KEY";
    public static final String API_KEY_FILE = "RADDEID_LLM_API_KEY_FILE";
    public static final String TIMEOUT = "RADDEID_LLM_TIMEOUT";
    public static final String ON_FAILURE = "RADDEID_LLM_ON_FAILURE";
    /** {@code false} for servers that reject JSON-schema output; replies are then parsed tolerantly only. */
    public static final String JSON_SCHEMA = "RADDEID_LLM_JSON_SCHEMA";

    /** The per-call timeout when none is set. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public LlmConfig {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("LLM base URL must be an http or https URL with a host, was '"
                    + baseUrl + "'");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("LLM model must not be blank");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("LLM timeout must be positive, was " + timeout);
        }
        Objects.requireNonNull(onFailure, "onFailure");
        Objects.requireNonNull(limits, "limits");
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** Returns a copy with other limits. */
    public LlmConfig withLimits(LlmLimits newLimits) {
        return new LlmConfig(provider, baseUrl, model, apiKey, timeout, onFailure, newLimits);
    }

    /** Returns a copy with another failure mode. */
    public LlmConfig withOnFailure(FailureMode mode) {
        return new LlmConfig(provider, baseUrl, model, apiKey, timeout, mode, limits);
    }

    @Override
    public String toString() {
        return "LlmConfig[provider=" + provider.id() + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey == null ? "none" : "***") + ", timeout=" + timeout + ", onFailure=" + onFailure + "]";
    }

    /**
     * Builds the configuration from settings named as the constants above: a value in {@code given} (flags, a
     * config file) beats the same name in {@code env}. The key comes from {@link #API_KEY} or the file named by
     * {@link #API_KEY_FILE}, never from a flag value.
     *
     * @return empty when neither a base URL nor a model is set (the LLM is off unless configured)
     * @throws IllegalArgumentException naming the missing or bad setting (never the key)
     */
    public static Optional<LlmConfig> resolve(Map<String, String> given, Map<String, String> env) {
        Settings s = new Settings(given, env);
        String url = s.get(BASE_URL);
        String model = s.get(MODEL);
        if (url == null && model == null) {
            return Optional.empty();
        }
        if (url == null) {
            throw new IllegalArgumentException("the LLM needs a base URL: set --llm-base-url or " + BASE_URL);
        }
        if (model == null) {
            throw new IllegalArgumentException("the LLM needs a model: set --llm-model or " + MODEL);
        }
        String providerName = s.get(PROVIDER);
        LlmProvider provider = providerName == null ? LlmProvider.OPENAI : LlmProvider.parse(providerName);
        String timeoutText = s.get(TIMEOUT);
        Duration timeout = timeoutText == null ? DEFAULT_TIMEOUT : parseDuration(timeoutText);
        String mode = s.get(ON_FAILURE);
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("LLM base URL is not a URL: '" + url + "'");
        }
        String schema = s.get(JSON_SCHEMA);
        if (schema != null && !schema.strip().equalsIgnoreCase("true") && !schema.strip().equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(JSON_SCHEMA + " must be true or false, was '" + schema + "'");
        }
        return Optional.of(new LlmConfig(provider, uri, model.strip(), apiKey(s), timeout,
                mode == null ? FailureMode.FAIL : FailureMode.parse(mode),
                LlmLimits.DEFAULTS.withJsonSchema(schema == null || Boolean.parseBoolean(schema.strip()))));
    }

    private static String apiKey(Settings s) {
        String file = s.get(API_KEY_FILE);
        if (file != null) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the LLM API key file " + file + " ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        return s.get(API_KEY);
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

    /**
     * Parses {@code 500ms}, {@code 30s}, {@code 2m} or a bare number of seconds.
     *
     * @throws IllegalArgumentException naming the value
     */
    public static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("LLM timeout must look like 30s, 500ms or 2m, was '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        Duration d = switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.isZero()) {
            throw new IllegalArgumentException("LLM timeout must be positive, was '" + text + "'");
        }
        return d;
    }

    /** Given settings over environment; blank values count as unset. */
    private record Settings(Map<String, String> given, Map<String, String> env) {
        String get(String name) {
            String v = given.get(name);
            if (v == null || v.isBlank()) {
                v = env.get(name);
            }
            return v == null || v.isBlank() ? null : v;
        }
    }
}

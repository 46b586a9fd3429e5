package org.raddeid.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raddeid.server.TestServer;
import org.raddeid.server.config.ServerConfig;

/** Every bad input gets its status and a message naming the field, and no body ever echoes the report. */
class BadInputTest {

    /** PHI-like text that must never come back in an error. */
    static final String PHI = "Zebulon Quartermaine";

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(ServerConfig.defaults().withLimits(new ServerConfig.Limits(4096, 200)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"text\": \"" + PHI + "\"", 400, null, "malformed JSON"),
                Arguments.of("broken token", "{\"text\": " + PHI + "}", 400, null, "malformed JSON at line 1, column"),
                Arguments.of("not an object", "[\"" + PHI + "\"]", 400, null, "must be a JSON object"),
                Arguments.of("empty body", "", 400, null, "body is empty"),
                Arguments.of("missing text", "{\"ensemble\": \"fast\"}", 400, "text", "field 'text' is required"),
                Arguments.of("null text", "{\"text\": null}", 400, "text", "field 'text' is required"),
                Arguments.of("blank text", "{\"text\": \"   \\n\"}", 400, "text", "field 'text' must not be blank"),
                Arguments.of("text a number", "{\"text\": 42}", 400, "text", "field 'text' must be a string"),
                Arguments.of("text an array", "{\"text\": [\"" + PHI + "\"]}", 400, "text", "must be a string"),
                Arguments.of("unknown field", "{\"text\": \"" + PHI + "\", \"txet\": 1}", 400, null,
                        "1 unknown field(s) in the body; known: text, ensemble"),
                Arguments.of("unknown ensemble", "{\"text\": \"" + PHI + "\", \"ensemble\": \"huge\"}", 400,
                        "ensemble", "loaded: fast, patterns"),
                Arguments.of("ensemble a number", "{\"text\": \"" + PHI + "\", \"ensemble\": 3}", 400, "ensemble",
                        "field 'ensemble' must be a string"),
                Arguments.of("known not an object", "{\"text\": \"" + PHI + "\", \"known\": [\"" + PHI + "\"]}", 400,
                        "known", "field 'known' must be an object"),
                Arguments.of("known.dob not a date", "{\"text\": \"x\", \"known\": {\"dob\": \"" + PHI + "\"}}", 400,
                        "known.dob", "ISO date"),
                Arguments.of("known.names not a list", "{\"text\": \"x\", \"known\": {\"names\": \"" + PHI + "\"}}",
                        400, "known.names", "must be an array"),
                Arguments.of("text too long", "{\"text\": \"" + "a".repeat(201) + "\"}", 413, "text",
                        "201 characters, longer than the limit of 200"),
                Arguments.of("body too large", "{\"text\": \"" + PHI + " ".repeat(5000) + "\"}", 413, null,
                        "larger than the limit of 4096 bytes"));
    }

    @ParameterizedTest(name = "analyze: {0}")
    @MethodSource("badBodies")
    void analyzeRefusesWithTheFieldNamed(String what, String body, int status, String field, String message) {
        check(server.post("/api/v1/analyze", body), status, field, message);
    }

    @ParameterizedTest(name = "deidentify: {0}")
    @MethodSource("badBodies")
    void deidentifyRefusesWithTheFieldNamed(String what, String body, int status, String field, String message) {
        check(server.post("/api/v1/deidentify", body), status, field,
                message.replace("known: text, ensemble", "known: text, ensemble, policy"));
    }

    static Stream<Arguments> badDeidentifyFields() {
        return Stream.of(
                Arguments.of(Map.of("text", PHI, "policy", "strict"), "policy", "known presets: safe-harbor"),
                Arguments.of(Map.of("text", PHI, "policy", "/etc/raddeid/policy.yaml"), "policy",
                        "policy files cannot be named over HTTP"),
                Arguments.of(Map.of("text", PHI, "patientKey", 7), "patientKey", "must be a string"),
                Arguments.of(Map.of("text", PHI, "patientKey", "k".repeat(300)), "patientKey", "at most 256"));
    }

    @ParameterizedTest(name = "deidentify: {1}")
    @MethodSource("badDeidentifyFields")
    void deidentifyRefusesBadPoliciesAndKeys(Map<String, Object> body, String field, String message) {
        check(server.postJson("/api/v1/deidentify", body), 400, field, message);
    }

    @Test
    void anUnknownPathIsAJson404ThatDoesNotRepeatThePath() {
        TestServer.Answer a = server.get("/api/v1/" + PHI.replace(' ', '_'));
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("error").asText()).contains("/openapi.json");
        assertThat(a.body()).doesNotContain("Zebulon");
    }

    @Test
    void aWrongMethodIsRefused() {
        TestServer.Answer a = server.get("/api/v1/analyze");
        assertThat(a.status()).isIn(404, 405);
        assertThat(a.json().get("status").asInt()).isEqualTo(a.status());
    }

    private static void check(TestServer.Answer a, int status, String field, String message) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        JsonNode body = a.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).contains(message);
        if (field == null) {
            assertThat(body.has("field")).isFalse();
        } else {
            assertThat(body.get("field").asText()).isEqualTo(field);
        }
        assertThat(a.body()).doesNotContain("Zebulon").doesNotContain("Quartermaine");
        assertThat(a.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    }
}

package org.raddeid.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON request parsing of {@code /analyze} and {@code /deidentify} on arbitrary bodies. The contract: a body
 * becomes a request or an {@link ApiException} with a 400 or 413, nothing else is thrown, and neither the message
 * nor the field named holds text from the body. Stored inputs run in {@code verify}; {@code -Pfuzz} fuzzes.
 */
class RequestJsonFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @FuzzTest(maxDuration = "10m")
    void request(byte[] body) {
        try {
            RequestJson json = RequestJson.read(new ByteArrayInputStream(body), 4096, MAPPER,
                    DeidentifyRequest.FIELDS);
            DeidentifyRequest req = DeidentifyRequest.from(json, 1000);
            assertThat(req.text()).isNotBlank();
            json.known();
        } catch (ApiException e) {
            assertThat(e.status()).isIn(400, 413);
            assertNoText(e.getMessage(), body);
            if (e.field() != null) {
                assertThat(e.field()).matches("[A-Za-z.\\[\\]0-9]+");
                assertThat(List.of("text", "ensemble", "policy", "patientKey", "known")).anyMatch(
                        f -> e.field().equals(f) || e.field().startsWith(f + ".") || e.field().startsWith("known"));
            }
        }
    }

    /** Fails when a run of 6 or more letters of the body (a name, a word) stands in the message. */
    private static void assertNoText(String message, byte[] body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}{6,}")
                .matcher(new String(body, StandardCharsets.UTF_8));
        while (m.find()) {
            String w = m.group();
            assertThat(message.contains(w) && OWN_WORDS.stream().noneMatch(o -> o.contains(w))).as("body echoed in: %s", message).isFalse();
        }
    }

    private static final List<String> OWN_WORDS = List.of("ensemble", "policy", "patientKey", "known", "field",
            "string", "required", "unknown", "malformed", "object", "characters", "longer", "limit", "request",
            "content", "after", "array", "subtype", "blank", "names", "accession", "dates", "number", "integer",
            "middle", "value", "larger", "bytes", "empty", "fields");
}

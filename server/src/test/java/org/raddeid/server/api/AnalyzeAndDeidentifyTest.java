package org.raddeid.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raddeid.server.TestServer;

class AnalyzeAndDeidentifyTest {

    static final String REPORT = "PATIENT: GOMEZ, RAFAEL  MRN: 88812345\n"
            + "Discussed with Dr. Okafor on 03/14/2021 at 617-555-0142.";

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
    void analyzeReturnsSpansWithTheRecognizersBehindEach() {
        TestServer.Answer a = server.postJson("/api/v1/analyze", Map.of("text", REPORT));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode body = a.json();
        assertThat(body.get("ensemble").asText()).isEqualTo("fast");
        assertThat(body.get("timings").get("elapsedMs").asDouble()).isGreaterThanOrEqualTo(0);
        List<String> covered = new ArrayList<>();
        for (JsonNode s : body.get("spans")) {
            covered.add(REPORT.substring(s.get("start").asInt(), s.get("end").asInt()));
            assertThat(s.get("sources")).isNotEmpty();
            for (JsonNode src : s.get("sources")) {
                assertThat(s.get("recognizer").asText()).contains(src.get("recognizer").asText());
                assertThat(src.get("score").asDouble()).isBetween(0.0, 1.0);
            }
        }
        assertThat(covered).contains("GOMEZ, RAFAEL", "88812345", "Okafor", "03/14/2021", "617-555-0142");
    }

    @Test
    void offsetsAreCodePointsEvenAfterAnEmoji() {
        String text = "\uD83D\uDE00 Seen by Dr. Okafor on 03/14/2021.";
        JsonNode body = server.postJson("/api/v1/analyze", Map.of("text", text)).json();
        int[] cps = text.codePoints().toArray();
        List<String> covered = new ArrayList<>();
        for (JsonNode s : body.get("spans")) {
            covered.add(new String(cps, s.get("start").asInt(), s.get("end").asInt() - s.get("start").asInt()));
        }
        assertThat(covered).contains("Okafor", "03/14/2021");
    }

    @Test
    void knownIdentifiersAreFoundHoweverTheReportSpellsThem() {
        String text = "Comparison with prior study of SMITH, JOHN from last year.";
        JsonNode body = server.postJson("/api/v1/analyze",
                Map.of("text", text, "known", Map.of("names", List.of("John Smith")))).json();
        List<String> recognizers = new ArrayList<>();
        body.get("spans").forEach(s -> s.get("sources").forEach(x -> recognizers.add(x.get("recognizer").asText())));
        assertThat(recognizers).contains("known");
    }

    @Test
    void anotherLoadedEnsembleCanBeChosen() {
        JsonNode body = server.postJson("/api/v1/analyze", Map.of("text", REPORT, "ensemble", "patterns")).json();
        assertThat(body.get("ensemble").asText()).isEqualTo("patterns");
    }

    @Test
    void deidentifyRewritesByTheDefaultPolicyAndMapsOutputOffsets() {
        TestServer.Answer a = server.postJson("/api/v1/deidentify", Map.of("text", REPORT));
        assertThat(a.status()).isEqualTo(200);
        JsonNode body = a.json();
        String out = body.get("text").asText();
        assertThat(body.get("policy").asText()).isEqualTo("safe-harbor");
        assertThat(out).doesNotContain("GOMEZ", "RAFAEL", "Okafor", "88812345", "617-555-0142")
                .contains("[NAME]", "Dr. [NAME]");
        for (JsonNode s : body.get("spans")) {
            String replacement = out.substring(s.get("outStart").asInt(), s.get("outEnd").asInt());
            assertThat(s.get("operator").asText()).isNotBlank();
            if (s.get("type").asText().equals("NAME")) {
                assertThat(replacement).isEqualTo("[NAME]");
            }
            assertThat(s.get("sources").size()).as("the recognizers behind each rewritten span").isPositive();
            assertThat(s.get("sources").get(0).get("recognizer").asText()).isNotBlank();
        }
    }

    @Test
    void surrogatesAreConsistentForOnePatientKey() {
        Map<String, String> req = Map.of("text", REPORT, "policy", "surrogate", "patientKey", "p-1");
        String first = server.postJson("/api/v1/deidentify", req).json().get("text").asText();
        String second = server.postJson("/api/v1/deidentify", req).json().get("text").asText();
        String other = server.postJson("/api/v1/deidentify",
                Map.of("text", REPORT, "policy", "surrogate", "patientKey", "p-2")).json().get("text").asText();
        assertThat(first).isEqualTo(second).isNotEqualTo(other).doesNotContain("GOMEZ", "Okafor");
    }

    @Test
    void withoutAPatientKeyEachRequestIsItsOwnScope() {
        Map<String, String> req = Map.of("text", REPORT, "policy", "surrogate");
        String first = server.postJson("/api/v1/deidentify", req).json().get("text").asText();
        String second = server.postJson("/api/v1/deidentify", req).json().get("text").asText();
        assertThat(first).isNotEqualTo(second);
    }
}

package org.raddeid.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.RecognizerUnavailableException;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.llm.StubLlmServer.Step;

/** The recognizer against a real loopback server speaking the OpenAI and Ollama protocols. */
class LlmRecognizerTest {

    static final String REPORT = "CT HEAD. Patient: Ingrid Vasquez. Compared with 03/14/2021. Dr. Okafor notified.";

    private StubLlmServer stub;

    @BeforeEach
    void start() throws Exception {
        stub = new StubLlmServer();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    static LlmLimits fastLimits() {
        return LlmLimits.DEFAULTS.withResilience(3, Duration.ofMillis(5), 3, Duration.ofMillis(300));
    }

    private LlmRecognizer openAi(LlmLimits limits, Duration timeout) {
        return new LlmRecognizer(new LlmConfig(LlmProvider.OPENAI, stub.openAiBase(), "stub-model", "sk-test",
                timeout, FailureMode.FAIL, limits));
    }

    private LlmRecognizer openAi() {
        return openAi(fastLimits(), Duration.ofSeconds(5));
    }

    private static String entities(String... tripleTextLabelContext) {
        StringBuilder b = new StringBuilder("{\"entities\":[");
        for (int i = 0; i < tripleTextLabelContext.length; i += 3) {
            b.append(i == 0 ? "" : ",").append("{\"text\":\"").append(tripleTextLabelContext[i])
                    .append("\",\"label\":\"").append(tripleTextLabelContext[i + 1]).append("\",\"context\":\"")
                    .append(tripleTextLabelContext[i + 2]).append("\"}");
        }
        return b.append("]}").toString();
    }

    private static List<String> covered(List<PhiSpan> spans) {
        return spans.stream().map(s -> s.coveredText(REPORT) + "/" + s.subtype()).toList();
    }

    @Test
    void whenTheReplyIsValidJson_thenEachQuoteBecomesATypedSpan() throws Exception {
        stub.then(Step.reply(entities("Ingrid Vasquez", "PATIENT", "Patient: Ingrid Vasquez.",
                "03/14/2021", "DATE", "with 03/14/2021", "Okafor", "DOCTOR", "Dr. Okafor notified")));

        List<PhiSpan> spans = openAi().recognize(new AnalyzedText(REPORT));

        assertThat(covered(spans)).containsExactly("Ingrid Vasquez/PATIENT", "03/14/2021/DATE", "Okafor/DOCTOR");
        assertThat(spans).allSatisfy(s -> {
            assertThat(s.recognizer()).isEqualTo("llm");
            assertThat(s.score()).isEqualTo(LlmRecognizer.SCORE);
        });
        JsonNode request = new ObjectMapper().readTree(stub.requests.get(0));
        assertThat(stub.paths).containsExactly("/v1/chat/completions");
        assertThat(request.get("model").asText()).isEqualTo("stub-model");
        assertThat(request.get("temperature").asDouble()).isZero();
        assertThat(request.at("/response_format/type").asText()).isEqualTo("json_schema");
        assertThat(request.at("/response_format/json_schema/strict").asBoolean()).isTrue();
        assertThat(request.get("messages").get(0).get("role").asText()).isEqualTo("system");
        assertThat(request.get("messages").get(request.get("messages").size() - 1).get("content").asText())
                .endsWith(REPORT);
    }

    @Test
    void whenTheJsonIsInACodeFenceWithChatter_thenItIsStillRead() {
        stub.then(Step.reply("Sure! Here is the PHI:\n```json\n" + entities("Okafor", "doctor", "") + "\n```\nDone."));

        assertThat(covered(openAi().recognize(new AnalyzedText(REPORT)))).containsExactly("Okafor/DOCTOR");
    }

    @Test
    void whenAQuoteIsNotInTheText_thenItIsDroppedAndCounted() {
        stub.then(Step.reply(entities("Okafor", "DOCTOR", "", "Margaret Thatcher", "PATIENT", "",
                "Vasquez Ingrid", "PATIENT", "")));
        LlmRecognizer llm = openAi();

        assertThat(covered(llm.recognize(new AnalyzedText(REPORT)))).containsExactly("Okafor/DOCTOR");
        assertThat(llm.stats().snapshot().unanchored()).isEqualTo(2);
        assertThat(llm.stats().snapshot().quotes()).isEqualTo(3);
    }

    @Test
    void whenTheModelGivesWrongOffsetsOrOtherCase_thenSpansAreAnchoredWhereTheTextIs() {
        stub.then(Step.reply("{\"entities\":[{\"text\":\"ingrid  VASQUEZ\",\"label\":\"PATIENT\",\"start\":0,"
                + "\"end\":3,\"context\":\"\"}]}"));

        List<PhiSpan> spans = openAi().recognize(new AnalyzedText(REPORT));

        assertThat(spans).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(REPORT.indexOf("Ingrid"));
            assertThat(s.coveredText(REPORT)).isEqualTo("Ingrid Vasquez");
        });
    }

    @Test
    void whenTheReplyIsCutOff_thenItsCompleteItemsAreKept() {
        stub.then(Step.reply("{\"entities\":[{\"text\":\"Okafor\",\"label\":\"DOCTOR\",\"context\":\"\"},"
                + "{\"text\":\"Ingrid Vas"));
        LlmRecognizer llm = openAi();

        assertThat(covered(llm.recognize(new AnalyzedText(REPORT)))).containsExactly("Okafor/DOCTOR");
        assertThat(llm.stats().snapshot().truncatedReplies()).isEqualTo(1);
    }

    @Test
    void whenTheReplyHoldsNoJson_thenTheRecognizerIsUnavailable() {
        stub.then(Step.reply("I cannot help with that."));

        assertThatThrownBy(() -> openAi().recognize(new AnalyzedText(REPORT)))
                .isInstanceOf(RecognizerUnavailableException.class).hasMessageContaining("unreadable reply");
    }

    @Test
    void when429ThenSuccess_thenTheCallIsRetriedAfterRetryAfter() {
        stub.then(Step.status(429).retryAfter("1"), Step.reply(entities("Okafor", "DOCTOR", "")));
        LlmRecognizer llm = openAi();

        long t0 = System.nanoTime();
        assertThat(covered(llm.recognize(new AnalyzedText(REPORT)))).containsExactly("Okafor/DOCTOR");

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(stub.requestCount()).isEqualTo(2);
        assertThat(llm.stats().snapshot().retries()).isEqualTo(1);
    }

    @Test
    void when400_thenNoRetry() {
        stub.then(Step.status(400));

        assertThatThrownBy(() -> openAi().recognize(new AnalyzedText(REPORT)))
                .isInstanceOf(RecognizerUnavailableException.class).hasMessage("HTTP 400 after 1 attempt(s)");
        assertThat(stub.requestCount()).isEqualTo(1);
    }

    @Test
    void whenTheEndpointKeepsFailing_thenTheBreakerOpensAndLaterLetsATrialThrough() throws Exception {
        stub.then(Step.status(500));
        LlmRecognizer llm = openAi();
        AnalyzedText text = new AnalyzedText(REPORT);

        assertThatThrownBy(() -> llm.recognize(text)).hasMessage("HTTP 500 after 3 attempt(s)");
        assertThat(stub.requestCount()).isEqualTo(3);
        assertThatThrownBy(() -> llm.recognize(text)).isInstanceOf(RecognizerUnavailableException.class)
                .hasMessageStartingWith("circuit open after 3 consecutive failures");
        assertThat(stub.requestCount()).isEqualTo(3);
        assertThat(llm.stats().snapshot().refusedByBreaker()).isEqualTo(1);

        Thread.sleep(350);
        stub.then(Step.reply(entities("Okafor", "DOCTOR", "")));
        assertThat(covered(llm.recognize(text))).containsExactly("Okafor/DOCTOR");
        assertThat(stub.requestCount()).isEqualTo(4);
    }

    @Test
    void whenTheEndpointIsTooSlow_thenTheCallTimesOut() {
        stub.then(Step.slow(entities("Okafor", "DOCTOR", ""), Duration.ofMillis(1500)));
        LlmRecognizer llm = openAi(fastLimits().withResilience(1, Duration.ofMillis(5), 3, Duration.ofSeconds(1)),
                Duration.ofMillis(300));

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> llm.recognize(new AnalyzedText(REPORT)))
                .isInstanceOf(RecognizerUnavailableException.class).hasMessage("timeout after 300 ms after 1 attempt(s)");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(1200));
    }

    @Test
    void whenTheEndpointIsSlowButWithinTheTimeout_thenTheAnswerCounts() {
        stub.then(Step.slow(entities("Okafor", "DOCTOR", ""), Duration.ofMillis(400)));

        assertThat(covered(openAi().recognize(new AnalyzedText(REPORT)))).containsExactly("Okafor/DOCTOR");
    }

    @Test
    void whenTheSameChunkComesAgain_thenTheCacheAnswers() {
        stub.then(Step.reply(entities("Okafor", "DOCTOR", "")));
        LlmRecognizer llm = openAi();

        List<PhiSpan> first = llm.recognize(new AnalyzedText(REPORT));
        List<PhiSpan> second = llm.recognize(new AnalyzedText(REPORT));

        assertThat(second).isEqualTo(first);
        assertThat(stub.requestCount()).isEqualTo(1);
        assertThat(llm.stats().snapshot().cacheHits()).isEqualTo(1);
    }

    @Test
    void overOllama_theSameQuotesBecomeSpans() throws Exception {
        stub.then(Step.reply("```\n" + entities("Ingrid Vasquez", "PERSON", "", "03/14/2021", "DATE", "") + "\n```"));
        LlmRecognizer llm = new LlmRecognizer(new LlmConfig(LlmProvider.OLLAMA, stub.ollamaBase(), "llama3.2", null,
                Duration.ofSeconds(5), FailureMode.FAIL, fastLimits()));

        List<PhiSpan> spans = llm.recognize(new AnalyzedText(REPORT));

        assertThat(covered(spans)).containsExactly("Ingrid Vasquez/null", "03/14/2021/DATE");
        assertThat(spans.get(0).type()).isEqualTo(PhiType.NAME);
        assertThat(stub.paths).containsExactly("/api/chat");
        JsonNode request = new ObjectMapper().readTree(stub.requests.get(0));
        assertThat(request.get("model").asText()).isEqualTo("llama3.2");
        assertThat(request.at("/options/temperature").asDouble()).isZero();
        assertThat(request.at("/format/required/0").asText()).isEqualTo("entities");
    }

    @Test
    void aLongReportIsChunkedAndSpansInOverlapsAreReportedOnce() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 2_500) {
            b.append("No acute findings in the chest. Reviewed with Dr. Okafor today.\n");
        }
        String text = b.toString();
        stub.then(Step.reply(entities("Okafor", "DOCTOR", "")));
        LlmRecognizer llm = openAi(fastLimits().withChunks(1000, 200), Duration.ofSeconds(5));

        List<PhiSpan> spans = llm.recognize(new AnalyzedText(text));

        int occurrences = text.split("Okafor", -1).length - 1;
        assertThat(stub.requestCount()).isGreaterThanOrEqualTo(3);
        assertThat(spans).hasSize(occurrences).allSatisfy(s -> assertThat(s.coveredText(text)).isEqualTo("Okafor"));
        assertThat(spans).extracting(PhiSpan::subtype).containsOnly(PhiSubtype.DOCTOR);
    }
}

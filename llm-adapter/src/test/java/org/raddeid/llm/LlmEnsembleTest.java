package org.raddeid.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raddeid.core.Analysis;
import org.raddeid.core.Degradation;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.RecognitionException;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.llm.StubLlmServer.Step;
import org.slf4j.LoggerFactory;

/** The LLM as one voter in an ensemble: degrade or fail closed, and no report text in the logs. */
class LlmEnsembleTest {

    private static final String REPORT = LlmRecognizerTest.REPORT;
    private static final List<String> PHI = List.of("Ingrid", "Vasquez", "Okafor", "03/14/2021");

    /** Stands for the local recognizers: finds the date. */
    private record Dates() implements Recognizer {
        @Override
        public String name() {
            return "pattern";
        }

        @Override
        public Set<PhiType> types() {
            return Set.of(PhiType.DATE);
        }

        @Override
        public List<PhiSpan> recognize(AnalyzedText text) {
            int at = text.text().indexOf("03/14/2021");
            return List.of(PhiSpan.of(at, at + 10, PhiSubtype.DATE, 0.95, "pattern"));
        }
    }

    private StubLlmServer stub;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void start() throws Exception {
        stub = new StubLlmServer();
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logs);
        stub.close();
    }

    private Deidentifier deid(FailureMode mode) {
        LlmRecognizer llm = new LlmRecognizer(new LlmConfig(LlmProvider.OPENAI, stub.openAiBase(), "m", "sk-secret",
                Duration.ofSeconds(5), mode, LlmRecognizerTest.fastLimits()));
        return new Deidentifier(new Ensemble("full", List.of(new Dates(), llm)));
    }

    @Test
    void whenTheLlmAnswers_itsSpansJoinTheEnsemble() {
        stub.then(Step.reply("{\"entities\":[{\"text\":\"Ingrid Vasquez\",\"label\":\"PATIENT\",\"context\":\"\"},"
                + "{\"text\":\"03/14/2021\",\"label\":\"DATE\",\"context\":\"\"}]}"));

        Analysis a = deid(FailureMode.FAIL).analyze(REPORT);

        assertThat(a.isDegraded()).isFalse();
        assertThat(a.spans()).extracting(s -> s.coveredText(REPORT) + "/" + s.recognizer())
                .containsExactly("Ingrid Vasquez/llm", "03/14/2021/llm+pattern");
    }

    @Test
    void inDegradeMode_aFailingEndpointLeavesTheLocalSpansAndAMark() {
        stub.then(Step.status(503));

        Analysis a = deid(FailureMode.DEGRADE).analyze(REPORT);

        assertThat(a.spans()).extracting(PhiSpan::recognizer).containsExactly("pattern");
        assertThat(a.degraded()).containsExactly(new Degradation("llm", "HTTP 503 after 3 attempt(s)"));
    }

    @Test
    void inFailMode_aFailingEndpointFailsTheWholeAnalysis() {
        stub.then(Step.status(503));

        assertThatThrownBy(() -> deid(FailureMode.FAIL).analyze(REPORT)).isInstanceOf(RecognitionException.class)
                .hasMessage("recognizer 'llm' failed: RecognizerUnavailableException: HTTP 503 after 3 attempt(s)");
    }

    @Test
    void noReportTextOrKeyReachesTheLogs() {
        stub.then(Step.reply("```json\n{\"entities\":[{\"text\":\"Okafor\",\"label\":\"DOCTOR\",\"context\":\"\"},"
                        + "{\"text\":\"Ingrid Smith\",\"label\":\"PATIENT\",\"context\":\"\"},{\"text\":\"Vasq"),
                Step.status(500), Step.status(429).retryAfter("0"), Step.status(500), Step.status(400));
        List<String> seen = new ArrayList<>();
        for (FailureMode mode : List.of(FailureMode.DEGRADE, FailureMode.DEGRADE, FailureMode.FAIL)) {
            try {
                seen.add(deid(mode).analyze(REPORT).degraded().toString());
            } catch (RecognitionException e) {
                seen.add(e.getMessage());
            }
        }

        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent e : logs.list) {
            seen.add(e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                seen.add(t.getMessage());
            }
        }
        for (String line : seen) {
            for (String phi : PHI) {
                assertThat(line).as("log or message").doesNotContain(phi);
            }
            assertThat(line).doesNotContain("sk-secret");
        }
    }
}

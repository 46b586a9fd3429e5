package org.raddeid.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.core.Analysis;
import org.raddeid.core.Degradation;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.RecognitionException;
import org.raddeid.core.Recognizer;
import org.raddeid.core.RecognizerUnavailableException;
import org.raddeid.core.text.AnalyzedText;

class EnsembleDegradationTest {

    private static final String TEXT = "Seen by Dr. Okafor.";

    /** Finds "Okafor" at a fixed place. */
    private record Found() implements Recognizer {
        @Override
        public String name() {
            return "found";
        }

        @Override
        public Set<PhiType> types() {
            return Set.of(PhiType.NAME);
        }

        @Override
        public List<PhiSpan> recognize(AnalyzedText text) {
            return List.of(PhiSpan.of(12, 18, PhiSubtype.DOCTOR, 0.9, "found"));
        }
    }

    /** Always fails with {@code failure}; optional or not. */
    private record Failing(boolean optional, RuntimeException failure) implements Recognizer {
        @Override
        public String name() {
            return "remote";
        }

        @Override
        public Set<PhiType> types() {
            return Set.of(PhiType.NAME);
        }

        @Override
        public List<PhiSpan> recognize(AnalyzedText text) {
            throw failure;
        }
    }

    private static Deidentifier deid(boolean optional, RuntimeException failure) {
        return new Deidentifier(new Ensemble("e", List.of(new Found(), new Failing(optional, failure))));
    }

    @Test
    void whenAnOptionalRecognizerIsUnavailable_thenTheAnalysisGoesOnAndSaysSo() {
        Analysis a = deid(true, new RecognizerUnavailableException("HTTP 503 after 3 attempts")).analyze(TEXT);

        assertThat(a.spans()).extracting(PhiSpan::start).containsExactly(12);
        assertThat(a.isDegraded()).isTrue();
        assertThat(a.degraded()).containsExactly(new Degradation("remote", "HTTP 503 after 3 attempts"));
    }

    @Test
    void whenARequiredRecognizerIsUnavailable_thenTheAnalysisFailsClosedNamingTheReason() {
        assertThatThrownBy(() -> deid(false, new RecognizerUnavailableException("circuit open")).analyze(TEXT))
                .isInstanceOf(RecognitionException.class)
                .hasMessage("recognizer 'remote' failed: RecognizerUnavailableException: circuit open");
    }

    @Test
    void whenAnOptionalRecognizerHasABug_thenTheAnalysisStillFailsClosed() {
        assertThatThrownBy(() -> deid(true, new IllegalStateException("Okafor")).analyze(TEXT))
                .isInstanceOf(RecognitionException.class)
                .hasMessage("recognizer 'remote' failed: IllegalStateException");
    }

    @Test
    void candidatesAndRecognize_failClosedEvenForOptionalRecognizers() {
        Ensemble e = new Ensemble("e", List.of(new Found(),
                new Failing(true, new RecognizerUnavailableException("timeout"))));
        AnalyzedText text = new AnalyzedText(TEXT);

        assertThatThrownBy(() -> e.candidates(text)).isInstanceOf(RecognitionException.class);
        assertThatThrownBy(() -> e.recognize(text)).isInstanceOf(RecognitionException.class);
        assertThat(e.collect(text).degraded()).extracting(Degradation::recognizer).containsExactly("remote");
    }

    @Test
    void whenEveryRecognizerAnswers_thenNothingIsDegraded() {
        Analysis a = new Deidentifier(new Ensemble("e", List.of(new Found()))).analyze(TEXT);

        assertThat(a.isDegraded()).isFalse();
        assertThat(new Analysis(List.of(), List.of(), 0).degraded()).isEmpty();
    }
}

package org.raddeid.recognizers.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.recognizers.Ensembles;

/** Tests of the shipped model. Names here are made up and never occur in training. */
class OpenNlpRecognizerTest {

    private static OpenNlpRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = new OpenNlpRecognizer();
    }

    private static List<String> names(String text) {
        return recognizer.recognize(new AnalyzedText(text)).stream().filter(s -> s.type() == PhiType.NAME)
                .map(s -> s.coveredText(text)).toList();
    }

    @Test
    void findsANameItNeverSawInARadiologySentence() {
        String text =
                "IMPRESSION: No pneumothorax.\nFindings discussed with Dr. Xylophonia Quentaro by telephone at 3 PM.";
        List<PhiSpan> spans = recognizer.recognize(new AnalyzedText(text));
        int start = text.indexOf("Xylophonia");
        assertThat(spans).filteredOn(s -> s.type() == PhiType.NAME).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(start);
            assertThat(s.end()).isEqualTo(start + "Xylophonia Quentaro".length());
            assertThat(s.subtype()).isNull();
            assertThat(s.score()).isBetween(OpenNlpRecognizer.MIN_SCORE, OpenNlpRecognizer.MAX_SCORE);
            assertThat(s.recognizer()).isEqualTo(OpenNlpRecognizer.NAME);
        });
    }

    @Test
    void whenCharactersOutsideTheBmpComeBefore_thenOffsetsStillCoverTheName() {
        String text = "Note \uD83D\uDE00 \uD835\uDD18\uD835\uDD2B: Findings discussed with Dr. Xylophonia Quentaro"
                + " by telephone at 3 PM.";
        assertThat(names(text)).containsExactly("Xylophonia Quentaro");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Electronically signed by: Bramwell Okonkwo-Trask, MD on 2024-01-05",
        "Patient Name: TREVANNION, ODALYS",
        "Results were called to Dr. Quillon Ashgrove at 10:24 AM."})
    void findsNamesInTheUsualPlacesOfAReport(String text) {
        assertThat(names(text)).hasSize(1);
    }

    @Test
    void whenTextHasNoNames_thenNothingIsFound() {
        String text = "FINDINGS: Heart size is normal. No focal consolidation, effusion or pneumothorax.\n"
                + "IMPRESSION: No acute cardiopulmonary abnormality.";
        assertThat(recognizer.recognize(new AnalyzedText(text))).isEmpty();
    }

    @Test
    void whenEmptyText_thenNoSpans() {
        assertThat(recognizer.recognize(new AnalyzedText(""))).isEmpty();
    }

    @Test
    void reportsNamesAsNameType() {
        assertThat(recognizer.types()).contains(PhiType.NAME);
        assertThat(recognizer.name()).isEqualTo("opennlp");
    }

    @Test
    void manyThreadsGetTheSameResultsAsOneThread() throws Exception {
        List<String> texts = new ArrayList<>();
        String[] people = {"Xylophonia Quentaro", "Bramwell Trask", "ODALYS TREVANNION", "Quillon Ashgrove",
            "Merrit Vashenko", "Idony Calloway"};
        for (int i = 0; i < 60; i++) {
            String a = people[i % people.length];
            String b = people[(i * 7 + 3) % people.length];
            texts.add("Report " + i + ".\nDiscussed with Dr. " + a + " by phone at " + (i % 12 + 1) + " PM.\n"
                    + "Signed by: " + b + ", MD\n" + (i % 2 == 0 ? "No acute findings." : "Stable nodule."));
        }
        List<List<PhiSpan>> sequential = new ArrayList<>();
        for (String t : texts) {
            sequential.add(recognizer.recognize(new AnalyzedText(t)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<List<PhiSpan>>> futures = new ArrayList<>();
                for (String t : texts) {
                    futures.add(pool.submit(() -> recognizer.recognize(new AnalyzedText(t))));
                }
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(futures.get(i).get(60, TimeUnit.SECONDS)).as("text %d", i)
                            .isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theEnsembleRegistryKnowsIt() {
        assertThat(Ensembles.recognizersOf(Ensembles.DEFAULT_ENSEMBLE)).contains(OpenNlpRecognizer.NAME);
        assertThat(Ensembles.recognizer(OpenNlpRecognizer.NAME)).isInstanceOf(OpenNlpRecognizer.class);
    }
}

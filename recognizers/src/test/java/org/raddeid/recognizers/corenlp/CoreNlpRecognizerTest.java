package org.raddeid.recognizers.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;
import org.slf4j.LoggerFactory;

class CoreNlpRecognizerTest {

    private static final CoreNlpRecognizer RECOGNIZER = new CoreNlpRecognizer();

    private static List<String> covered(String text, PhiType type) {
        return RECOGNIZER.recognize(new AnalyzedText(text)).stream().filter(s -> s.type() == type)
                .map(s -> s.coveredText(text)).toList();
    }

    @Test
    void whenPersonIsNamedInASentence_thenNameSpanHasItsExactCharOffsets() {
        String text = "The patient was seen by John Smith in clinic today.";
        List<PhiSpan> spans = RECOGNIZER.recognize(new AnalyzedText(text));
        assertThat(spans).singleElement().satisfies(s -> {
            assertThat(s.withScore(0.5)).isEqualTo(new PhiSpan(24, 34, PhiType.NAME, null, 0.5, CoreNlpRecognizer.NAME));
            assertThat(s.score()).isBetween(0.6, EntitySpans.MAX_SCORE);
        });
    }

    @Test
    void whenAllCapsHeaderNamesThePatient_thenBothNamePartsAreFound() {
        String text = "PATIENT: GOMEZ, RAFAEL\nMRN: 12345678";
        assertThat(CrfSentences.prefersCaseless(CrfSentences.of(new AnalyzedText(text)).get(1))).isTrue();
        assertThat(covered(text, PhiType.NAME)).containsExactly("GOMEZ", "RAFAEL");
    }

    @Test
    void whenTitleOrCredentialSurroundsAName_thenItIsADoctorAndTheTitleIsNotInTheSpan() {
        String titled = "Findings were discussed with Dr. Maria Lopez by phone.";
        String credentialed = "Electronically signed by Maria Lopez, MD on 2020-01-02.";
        for (String text : List.of(titled, credentialed)) {
            List<PhiSpan> spans = RECOGNIZER.recognize(new AnalyzedText(text));
            assertThat(spans).hasSize(1);
            assertThat(spans.get(0).coveredText(text)).isEqualTo("Maria Lopez");
            assertThat(spans.get(0).subtype()).isEqualTo(PhiSubtype.DOCTOR);
        }
    }

    @Test
    void whenHospitalIsNamed_thenItIsALocationOfSubtypeHospital() {
        String text = "Transferred from Massachusetts General Hospital for evaluation.";
        List<PhiSpan> spans = RECOGNIZER.recognize(new AnalyzedText(text));
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).coveredText(text)).isEqualTo("Massachusetts General Hospital");
        assertThat(spans.get(0).type()).isEqualTo(PhiType.LOCATION);
        assertThat(spans.get(0).subtype()).isEqualTo(PhiSubtype.HOSPITAL);
    }

    @Test
    void whenCityIsNamed_thenItIsALocationWithoutSubtype() {
        String text = "The patient lives in Boston with her daughter.";
        List<PhiSpan> spans = RECOGNIZER.recognize(new AnalyzedText(text));
        assertThat(spans).extracting(s -> s.coveredText(text), PhiSpan::type, PhiSpan::subtype)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Boston", PhiType.LOCATION, null));
    }

    @Test
    void whenEmojiPrecedeTheName_thenOffsetsStillPointAtTheName() {
        String plain = "The patient was seen by John Smith in clinic today.";
        String emoji = "\uD83D\uDE00\uD83D\uDE00 " + plain;
        assertThat(covered(emoji, PhiType.NAME)).containsExactly("John Smith");
        assertThat(RECOGNIZER.recognize(new AnalyzedText(emoji)).get(0).start()).isEqualTo(24 + 5);
    }

    @Test
    void whenTextIsEmptyOrHasNoLetters_thenNoSpans() {
        for (String text : List.of("", "   \n\n", "1. 2.\n3.5 x 4.2 cm\n2020-01-02 10:30")) {
            assertThat(RECOGNIZER.recognize(new AnalyzedText(text))).isEmpty();
        }
    }

    @Test
    void whenFieldLabelLooksLikeAName_thenItIsNotReported() {
        assertThat(RECOGNIZER.recognize(new AnalyzedText("DOB: 01/02/1990\nSEX: F"))).isEmpty();
    }

    @Test
    void whenManyThreadsShareOneInstance_thenEachGetsTheSequentialResult() throws Exception {
        List<String> texts = new ArrayList<>();
        String[] names = {"John Smith", "Maria Lopez", "Wei Chen", "Amara Okafor", "Olga Ivanova", "Raj Patel"};
        String[] places = {"Boston", "Denver", "Chicago", "Houston", "Seattle", "Atlanta"};
        for (int i = 0; i < 60; i++) {
            String n = names[i % names.length];
            String p = places[(i / names.length) % places.length];
            texts.add("PATIENT: " + n.toUpperCase(java.util.Locale.ROOT) + "\nThe patient was seen by " + n
                    + " in " + p + ".\nSigned by Dr. " + names[(i + 1) % names.length]
                    + " at St. Mary Hospital.\nnotes: " + n.toLowerCase(java.util.Locale.ROOT) + " called from "
                    + p.toLowerCase(java.util.Locale.ROOT) + ".");
        }
        List<List<PhiSpan>> sequential = new ArrayList<>();
        for (String t : texts) {
            sequential.add(RECOGNIZER.recognize(new AnalyzedText(t)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<List<PhiSpan>>> futures = new ArrayList<>();
                for (String t : texts) {
                    futures.add(pool.submit(() -> RECOGNIZER.recognize(new AnalyzedText(t))));
                }
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(futures.get(i).get()).as("text %d, round %d", i, round).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.stream().mapToInt(List::size).sum()).isGreaterThan(texts.size());
    }

    @Test
    void whenRecognizing_thenTheKnownWordSetDoesNotGrowWithReportWords() {
        CrfModel cased = CrfModel.shared(CoreNlpRecognizer.CASED_MODEL);
        int before = cased.knownWords();
        RECOGNIZER.recognize(new AnalyzedText("the zqxwvplorkian patient was seen by qwertyuiop smith."));
        assertThat(cased.knownWords()).isEqualTo(before);
    }

    @Test
    void whenRecognizingPhiRichText_thenNoPhiReachesTheLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            new CoreNlpRecognizer().recognize(new AnalyzedText(
                    "PATIENT: QUENTINA ZARBOWSKI\nSeen by Dr. Quentina Zarbowski at Zarbowski Memorial Hospital."));
        } finally {
            root.detachAppender(appender);
        }
        assertThat(appender.list).allSatisfy(e -> assertThat(e.getFormattedMessage().toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("quentina").doesNotContain("zarbowski"));
    }
}

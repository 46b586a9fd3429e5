package org.raddeid.recognizers.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;
import org.slf4j.LoggerFactory;

class OpenNlpTrainerTest {

    private static final String[] TEMPLATES = {
        "Discussed with Dr. %s at %d PM.",
        "Findings were called to %s on the ward at %d AM.",
        "Electronically signed by: %s, MD",
        "Patient: %s   Age: %d",
        "No acute findings. Comparison with the study read by %s.",
        "Heart size is normal. There is no effusion at level %d.",
    };

    private static List<TrainingDocument> docs;
    private static OpenNlpTrainer.Settings settings;

    /** Small documents built from templates, with names from the surrogate pools. */
    @BeforeAll
    static void buildDocuments() {
        // OpenNLP logs every training iteration at INFO.
        ((Logger) LoggerFactory.getLogger("opennlp")).setLevel(ch.qos.logback.classic.Level.WARN);
        Random r = new Random(11);
        SurrogatePools pools = SurrogatePools.get();
        docs = new ArrayList<>();
        for (int d = 0; d < 120; d++) {
            StringBuilder text = new StringBuilder();
            List<PhiSpan> spans = new ArrayList<>();
            for (int line = 0; line < 4; line++) {
                String template = TEMPLATES[r.nextInt(TEMPLATES.length)];
                String name = pools.givenNames().get(r.nextInt(pools.givenNames().size())) + " "
                        + pools.surnames().get(r.nextInt(pools.surnames().size()));
                int at = template.indexOf("%s");
                String filled = template.contains("%s") ? String.format(template, name, 1 + r.nextInt(11))
                        : String.format(template, 1 + r.nextInt(11));
                if (at >= 0) {
                    spans.add(PhiSpan.of(text.length() + at, text.length() + at + name.length(), PhiSubtype.DOCTOR,
                            1, "gold"));
                }
                text.append(filled).append('\n');
            }
            docs.add(new TrainingDocument("t-" + d, text.toString(), spans));
        }
        settings = new OpenNlpTrainer.Settings(40, 1, EnumSet.of(EntityKind.NAME));
    }

    @Test
    void whenTrainedTwice_thenTheModelBytesAreIdentical() {
        byte[] a = OpenNlpTrainer.serialize(new OpenNlpTrainer(settings).train(docs).model());
        byte[] b = OpenNlpTrainer.serialize(new OpenNlpTrainer(settings).train(docs).model());
        assertThat(a).isEqualTo(b);
    }

    @Test
    void whenTrained_thenTheSerialisedModelLoadsAndFindsANewNameInContext() throws IOException {
        OpenNlpTrainer.Trained t = new OpenNlpTrainer(settings).train(docs);
        assertThat(t.counts().documents()).isEqualTo(120);
        int sentences = docs.stream().mapToInt(d -> Sentences.split(new AnalyzedText(d.text())).size()).sum();
        assertThat(t.counts().sentences()).isEqualTo(sentences).isGreaterThan(480);
        assertThat(t.counts().spans()).containsOnlyKeys(EntityKind.NAME);

        TokenNameFinderModel loaded =
                new TokenNameFinderModel(new ByteArrayInputStream(OpenNlpTrainer.serialize(t.model())));
        OpenNlpRecognizer r = new OpenNlpRecognizer(loaded);
        String text = "Discussed with Dr. Zorvath Plimkin at 4 PM.";
        assertThat(r.types()).containsExactly(PhiType.NAME);
        assertThat(r.recognize(new AnalyzedText(text))).singleElement().satisfies(s -> {
            assertThat(s.coveredText(text)).isEqualTo("Zorvath Plimkin");
            assertThat(s.type()).isEqualTo(PhiType.NAME);
        });
    }

    @Test
    void whenNoSpanOfALearntKind_thenTrainingIsRefused() {
        OpenNlpTrainer trainer = new OpenNlpTrainer(new OpenNlpTrainer.Settings(10, 1, Set.of(EntityKind.PROFESSION)));
        assertThatThrownBy(() -> trainer.train(docs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PROFESSION");
    }

    @Test
    void whenSettingsAreOutOfRange_thenTheMessageNamesTheValue() {
        assertThatThrownBy(() -> new OpenNlpTrainer.Settings(0, 1, Set.of(EntityKind.NAME)))
                .hasMessageContaining("0");
        assertThatThrownBy(() -> new OpenNlpTrainer.Settings(10, -2, Set.of(EntityKind.NAME)))
                .hasMessageContaining("-2");
        assertThatThrownBy(() -> new OpenNlpTrainer.Settings(10, 1, Set.of())).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void whenASpanCrossesALineBreak_thenItIsLeftOutAndCounted() {
        TrainingDocument doc = new TrainingDocument("x", "Seen by Ann\nLee today. Seen by Bo Chu.", List.of(
                PhiSpan.of(8, 15, PhiSubtype.DOCTOR, 1, "gold"), PhiSpan.of(30, 36, PhiSubtype.DOCTOR, 1, "gold")));
        OpenNlpTrainer.Counts c = new OpenNlpTrainer(new OpenNlpTrainer.Settings(5, 0, Set.of(EntityKind.NAME)))
                .train(List.of(doc)).counts();
        assertThat(c.crossingSentences()).isEqualTo(1);
        assertThat(c.spans()).containsEntry(EntityKind.NAME, 1);
    }

    @Test
    void trainingLogsNoTextOfTheDocuments() {
        Logger logger = (Logger) LoggerFactory.getLogger(OpenNlpTrainer.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            new OpenNlpTrainer(settings).train(docs);
        } finally {
            logger.detachAppender(appender);
        }
        String name = docs.get(0).spans().get(0).coveredText(docs.get(0).text());
        assertThat(appender.list).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(name).doesNotContain("Discussed"));
    }
}

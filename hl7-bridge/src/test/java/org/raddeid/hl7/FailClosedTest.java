package org.raddeid.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.rewrite.Secret;
import org.slf4j.LoggerFactory;

/** A message that cannot be de-identified is rejected with its place, never its content. */
class FailClosedTest {

    private static final String PHI = "Quartermaine";
    private static final String GOOD = ConsistencyTest.MESSAGE;

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        "Quartermaine was here;1;segment 1: the message does not start with an MSH segment",
        "MSH|^~\\&|A|B|C|D|2024||ORU^R01|1|P|2.1\rPID|||Quartermaine;1;segment 1 (MSH) field 12: version 2.1 is not "
                + "supported (2.3 to 2.8 are)",
        "MSH|^~\\&|A|B|C|D|2024||ORU^R01|1|P|Quartermaine\r;1;segment 1 (MSH) field 12: version (not a version number)"
                + " is not supported (2.3 to 2.8 are)",
        "MSH|^~\\&|A|B|C|D;1;segment 1 (MSH) field 12: MSH ends before the version field (MSH-12)",
        "MSHX^~\\&|A|B|C|D|2024||ORU^R01|1|P|2.5;1;segment 1 (MSH) field 1: the field separator must be a punctuation "
                + "character",
        "MSH|^~\\&|A|B|C|D|2024||ORU^R01|1|P|2.5\rPID|||1||Quartermaine\rOBX|1|TX|||first line\rQuartermaine was seen"
                + ";1;segment 4: a line that is not a segment follows segment 3 (OBX): a raw line break inside a field"})
    void aBrokenMessage_isRejectedPrecisely_withoutItsContent(String message, int count, String reason) {
        List<MessageSplitter.RawMessage> raw = MessageSplitter.split(message).messages();
        assertThat(raw).hasSize(count);
        Hl7Deidentifier.Outcome o = Samples.bridge("safe-harbor").process(raw.get(0));
        assertThat(o.ok()).isFalse();
        assertThat(o.text()).isNull();
        assertThat(o.rejection().describe()).isEqualTo(reason).doesNotContain(PHI);
    }

    @Test
    void aBatch_goesOnAfterABadMessage() {
        String batch = GOOD + "MSH|^~\\&|A|B|C|D|2024||ORU^R01|1|P|9.9\rPID|||Quartermaine\r" + GOOD;
        List<MessageSplitter.RawMessage> raw = MessageSplitter.split(batch).messages();
        assertThat(raw).hasSize(3);
        Hl7Deidentifier bridge = Samples.bridge("safe-harbor");
        assertThat(raw).extracting(m -> bridge.process(m).ok()).containsExactly(true, false, true);
    }

    @Test
    void aRecognizerThatFails_rejectsTheMessage_namingTheRecognizerOnly() {
        org.raddeid.core.Recognizer broken = new org.raddeid.core.Recognizer() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public java.util.Set<org.raddeid.core.PhiType> types() {
                return java.util.Set.of(org.raddeid.core.PhiType.NAME);
            }

            @Override
            public List<org.raddeid.core.PhiSpan> recognize(org.raddeid.core.text.AnalyzedText text) {
                throw new IllegalStateException("cannot handle " + text.text());
            }
        };
        Hl7Deidentifier bridge = new Hl7Deidentifier(new org.raddeid.core.Deidentifier(
                new org.raddeid.core.ensemble.Ensemble("broken", List.of(broken))), new Hl7Deidentifier.Settings(
                org.raddeid.recognizers.Policies.named("safe-harbor"), Secret.random(), FieldMap.shipped(),
                PatientKeyField.DEFAULT));
        Hl7Deidentifier.Outcome o = bridge.process(GOOD);
        assertThat(o.ok()).isFalse();
        assertThat(o.rejection().describe()).startsWith("report text not analysed: recognizer 'broken' failed")
                .doesNotContain("Hartmann", "examined");
    }

    @Test
    void aRunOverPhiRichMessages_logsNoPhi() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            Hl7Deidentifier bridge = Samples.bridge("surrogate");
            for (java.nio.file.Path p : Samples.all()) {
                MessageSplitter.split(java.nio.file.Files.readString(p)).messages().forEach(bridge::process);
            }
            bridge.process(GOOD.replace("2.5.1", "9.9"));
        } finally {
            root.detachAppender(logs);
        }
        for (ILoggingEvent e : logs.list) {
            assertThat(e.getFormattedMessage()).doesNotContain("Hartmann", "Lucinda", "EVERYWOMAN", "Smith",
                    "MRN4471234", "Woolfson");
        }
    }
}

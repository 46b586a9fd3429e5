package org.raddeid.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.raddeid.core.Deidentifier;
import org.raddeid.recognizers.Ensembles;
import org.raddeid.recognizers.Policies;

/**
 * The HL7 splitter, pre-check and parse on arbitrary text. The contract: splitting never throws; each message is
 * de-identified or rejected, never throws; a rejection names places (message, segment, field), never the text; an
 * accepted message holds no field value the pre-check should have refused (it starts with MSH). Stored inputs run in
 * {@code verify}; {@code -Pfuzz} fuzzes.
 */
class Hl7FuzzTest {

    private static final Hl7Deidentifier BRIDGE = new Hl7Deidentifier(
            new Deidentifier(Ensembles.create(Ensembles.PATTERNS)), new Hl7Deidentifier.Settings(
                    Policies.named("safe-harbor"), Samples.SECRET, FieldMap.shipped(), PatientKeyField.DEFAULT));

    @FuzzTest(maxDuration = "10m")
    void splitAndPrecheck(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        MessageSplitter.Split split = MessageSplitter.split(text);
        assertThat(split.envelopeSegments()).isNotNegative();
        for (MessageSplitter.RawMessage m : split.messages()) {
            Hl7Deidentifier.Outcome o = BRIDGE.process(m);
            if (o.ok()) {
                assertThat(o.text()).startsWith("MSH");
            } else {
                assertNoText(o.rejection().describe(), text);
            }
        }
        Hl7Text decoded = Hl7Text.decode(text);
        assertThat(decoded).isNotNull();
    }

    /** Fails when a run of 6 or more letters of the input (a name, a word) stands in the message. */
    private static void assertNoText(String message, String input) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}{6,}").matcher(input);
        while (m.find()) {
            String w = m.group();
            assertThat(message.contains(w) && OWN_WORDS.stream().noneMatch(o -> o.contains(w))).as("input echoed in: %s", message).isFalse();
        }
    }

    private static final List<String> OWN_WORDS = List.of("message", "segment", "supported", "version", "parsed",
            "encoded", "rewriting", "failed", "missing", "binary", "embedded", "separator", "encoding", "characters",
            "analysed", "report", "delimiter", "unknown", "removed", "document", "identified", "cannot", "starts",
            "field", "structure", "component", "repetition");
}

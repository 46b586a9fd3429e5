package org.raddeid.recognizers.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how fast the allowlist loads and answers vetoes on a synthetic report of about 1 KB, asking about a name span on
 * every word. Asserts only sanity, never speed.
 */
class MedicalAllowlistThroughputTest {

    private static final Logger LOG = LoggerFactory.getLogger(MedicalAllowlistThroughputTest.class);

    static final String REPORT = """
            EXAMINATION: CT ABDOMEN AND PELVIS WITH CONTRAST
            HISTORY: Right upper quadrant pain, positive Murphy's sign. Referring physician: Dr. Alan Colles.
            TECHNIQUE: Axial CT images of the abdomen and pelvis after 100 mL Omnipaque 350 IV. Coronal and sagittal
            reformats. DLP 512 mGy-cm.
            COMPARISON: Ultrasound from March 3.
            FINDINGS: The gallbladder is distended with wall thickening and pericholecystic fluid in Morison's pouch.
            Small Bosniak II cyst of the left kidney. Schmorl nodes at L2 and L3. Healed Colles fracture of the distal
            radius is partially imaged. Hill-Sachs lesion not included. No free air. Foley catheter in the bladder.
            Mild hepatic steatosis, Hounsfield units 32. Stable appearance of the Greenfield filter in the infrarenal
            IVC. No lymphadenopathy per Fleischner criteria not applicable.
            IMPRESSION: Findings compatible with acute calculous cholecystitis. Mr. Murphy was called at 14:05 and the
            findings were discussed with Dr. Graves, who agreed.
            Electronically signed by: Maria Gupta, MD
            """;

    @Test
    void logsLoadTimeAndVetoCallsPerSecondOnAOneKilobyteReport() {
        long t0 = System.nanoTime();
        MedicalAllowlist allow = new MedicalAllowlist(BundledLines.read(MedicalAllowlist.RESOURCE));
        double loadMs = (System.nanoTime() - t0) / 1e6;

        List<PhiSpan> spans = new ArrayList<>();
        AnalyzedText first = new AnalyzedText(REPORT);
        for (Token tok : first.tokens()) {
            if (tok.kind() == Token.Kind.WORD) {
                spans.add(PhiSpan.of(tok.start(), tok.end(), PhiSubtype.PATIENT, 0.3, "test"));
            }
        }
        int vetoed = 0;
        for (PhiSpan s : spans) {
            vetoed += allow.vetoes(first, s) ? 1 : 0;
        }
        assertThat(vetoed).isPositive().isLessThan(spans.size());
        for (String person : List.of("Dr. Alan Colles", "Mr. Murphy", "Dr. Graves", "Maria Gupta")) {
            int at = REPORT.indexOf(person);
            for (Token tok : first.tokensIn(at, at + person.length())) {
                if (tok.kind() == Token.Kind.WORD && tok.end() - tok.start() > 2) {
                    PhiSpan name = PhiSpan.of(tok.start(), tok.end(), PhiSubtype.DOCTOR, 0.3, "test");
                    assertThat(allow.vetoes(first, name)).as(tok.text(REPORT)).isFalse();
                }
            }
        }

        int rounds = 2_000;
        long sink = 0;
        for (int warm = 0; warm < 2; warm++) {
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                AnalyzedText text = new AnalyzedText(REPORT);
                text.tokens();
                for (PhiSpan s : spans) {
                    sink += allow.vetoes(text, s) ? 1 : 0;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long startOcc = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                AnalyzedText text = new AnalyzedText(REPORT);
                sink += allow.occurrences(text).size();
            }
            double occSeconds = (System.nanoTime() - startOcc) / 1e9;
            LOG.info("medical allowlist: {} entries, {} phrases, loaded in {} ms; report {} chars, {} word spans, {} vetoed;"
                            + " pass {}: {} veto calls/s, {} occurrences() calls/s",
                    allow.entries(), allow.phrases(), Math.round(loadMs), REPORT.length(), spans.size(), vetoed,
                    warm + 1, Math.round(rounds * spans.size() / seconds), Math.round(rounds / occSeconds));
        }
        assertThat(sink).isPositive();
    }
}

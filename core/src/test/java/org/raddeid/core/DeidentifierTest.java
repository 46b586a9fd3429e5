package org.raddeid.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.text.AnalyzedText;

class DeidentifierTest {

    /** A tiny real recognizer: ISO dates by regex. */
    private static final Recognizer ISO_DATES = new Recognizer() {
        private final Pattern iso = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

        @Override
        public String name() {
            return "iso";
        }

        @Override
        public Set<PhiType> types() {
            return Set.of(PhiType.DATE);
        }

        @Override
        public List<PhiSpan> recognize(AnalyzedText text) {
            Matcher m = iso.matcher(text.text());
            List<PhiSpan> out = new java.util.ArrayList<>();
            while (m.find()) {
                out.add(PhiSpan.of(m.start(), m.end(), PhiSubtype.DATE, 0.9, name()));
            }
            return out;
        }
    };

    @Test
    void analyzeReturnsMergedSpansCandidatesAndTime() {
        Deidentifier d = new Deidentifier(new Ensemble("t", List.of(ISO_DATES)));
        Analysis a = d.analyze("CT 2021-03-04 and 2020-01-02.");
        assertThat(a.spans()).extracting(PhiSpan::start).containsExactly(3, 18);
        assertThat(a.candidates()).hasSize(2);
        assertThat(a.nanos()).isPositive();
    }

    @Test
    void whenTextExceedsTheLimit_thenRejectedWithLengthsOnly() {
        Deidentifier d = new Deidentifier(new Ensemble("t", List.of(ISO_DATES)), 10);
        assertThatThrownBy(() -> d.analyze("John Smith 2021-03-04"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("21 chars")
                .hasMessageNotContaining("John");
    }
}

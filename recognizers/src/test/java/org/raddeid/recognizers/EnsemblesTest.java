package org.raddeid.recognizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.text.AnalyzedText;

class EnsemblesTest {

    @Test
    void whenDefaultRequested_thenItIsAKnownName() {
        assertThat(Ensembles.names()).contains(Ensembles.DEFAULT, "patterns");
    }

    @Test
    void whenPatternsCreated_thenItFindsADate() {
        Ensemble e = Ensembles.create("patterns");
        assertThat(e.name()).isEqualTo("patterns");
        assertThat(e.recognize(new AnalyzedText("Exam 03/14/2021.")))
                .singleElement().satisfies(s -> assertThat(s.subtype()).isEqualTo(PhiSubtype.DATE));
    }

    @Test
    void whenUnknownName_thenMessageNamesItAndListsKnownOnes() {
        assertThatThrownBy(() -> Ensembles.create("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'").hasMessageContaining("patterns");
    }
}

package org.raddeid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSubtype;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;

class CaseVariantTest {

    @Test
    void whenUpperOrLower_thenOnlyTheCaseChanges() {
        String text = "Dr. O'Brien saw Zoë on 6/30.";
        assertThat(CaseVariant.UPPER.apply(text)).isEqualTo("DR. O'BRIEN SAW ZOË ON 6/30.");
        assertThat(CaseVariant.LOWER.apply(text)).isEqualTo("dr. o'brien saw zoë on 6/30.");
        assertThat(CaseVariant.ORIGINAL.apply(text)).isSameAs(text);
    }

    @Test
    void whenACharacterWouldChangeLength_thenItIsLeftAsItIs() {
        // ß upper-cases to SS as a string; the simple mapping keeps it, so offsets hold
        String text = "Straße İstanbul";
        String upper = CaseVariant.UPPER.apply(text);
        String lower = CaseVariant.LOWER.apply(text);
        assertThat(upper).hasSameSizeAs(text).startsWith("STRA").contains("ß");
        assertThat(lower).hasSameSizeAs(text);
        assertThat(lower.codePointCount(0, lower.length())).isEqualTo(text.codePointCount(0, text.length()));
    }

    @Test
    void whenSupplementaryCharacters_thenCodePointOffsetsHold() {
        String text = "𐐀bc 王伟 Ахмед";  // Deseret capital letter (a surrogate pair), Chinese, Cyrillic
        String lower = CaseVariant.LOWER.apply(text);
        assertThat(lower).hasSameSizeAs(text).startsWith("𐐨bc").endsWith("ахмед");
    }

    @Test
    void whenADocumentIsVaried_thenItsAnnotationsStillCoverTheSameWords() {
        LabelledDocument doc = new LabelledDocument("d1", "Seen by Dr. Okafor.",
                List.of(Annotation.of(12, 18, PhiSubtype.DOCTOR)));
        LabelledDocument upper = CaseVariant.UPPER.apply(doc);
        assertThat(upper.covered(upper.annotations().get(0))).isEqualTo("OKAFOR");
        assertThat(upper.id()).isEqualTo("d1");
    }

    @Test
    void whenNamesAreParsed_thenCaseAndSpacesAreIgnoredAndDuplicatesDropped() {
        assertThat(CaseVariant.parseAll(List.of(" Upper", "original", "upper", "LOWER")))
                .containsExactly(CaseVariant.UPPER, CaseVariant.ORIGINAL, CaseVariant.LOWER);
        assertThatThrownBy(() -> CaseVariant.parse("title")).hasMessageContaining("title")
                .hasMessageContaining("original, upper, lower");
    }
}

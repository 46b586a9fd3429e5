package org.raddeid.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhiSpanTest {

    @Test
    void whenEndNotAfterStart_thenRejectedWithOffsetsInMessage() {
        assertThatThrownBy(() -> new PhiSpan(5, 5, PhiType.NAME, null, 0.5, "r"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start=5").hasMessageContaining("end=5");
        assertThatThrownBy(() -> new PhiSpan(-1, 2, PhiType.NAME, null, 0.5, "r"))
                .hasMessageContaining("-1");
    }

    @Test
    void whenScoreOutsideUnitInterval_thenRejected() {
        assertThatThrownBy(() -> new PhiSpan(0, 1, PhiType.DATE, null, 1.5, "r")).hasMessageContaining("1.5");
        assertThatThrownBy(() -> new PhiSpan(0, 1, PhiType.DATE, null, Double.NaN, "r")).hasMessageContaining("NaN");
    }

    @Test
    void whenSubtypeBelongsToAnotherType_thenRejected() {
        assertThatThrownBy(() -> new PhiSpan(0, 1, PhiType.DATE, PhiSubtype.PATIENT, 0.5, "r"))
                .hasMessageContaining("PATIENT").hasMessageContaining("DATE");
    }

    @Test
    void whenRecognizerBlank_thenRejected() {
        assertThatThrownBy(() -> new PhiSpan(0, 1, PhiType.DATE, null, 0.5, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlapsAndContains_followHalfOpenIntervals() {
        PhiSpan a = PhiSpan.of(0, 5, PhiSubtype.DATE, 1, "r");
        PhiSpan b = PhiSpan.of(5, 8, PhiSubtype.DATE, 1, "r");
        PhiSpan c = PhiSpan.of(4, 6, PhiSubtype.DATE, 1, "r");
        assertThat(a.overlaps(b)).isFalse();
        assertThat(a.overlaps(c)).isTrue();
        assertThat(c.overlaps(b)).isTrue();
        assertThat(PhiSpan.of(0, 8, PhiSubtype.DATE, 1, "r").contains(c)).isTrue();
        assertThat(a.contains(c)).isFalse();
        assertThat(a.contains(4)).isTrue();
        assertThat(a.contains(5)).isFalse();
        assertThat(c.length()).isEqualTo(2);
    }

    @Test
    void order_isStartAscendingThenLongerFirst() {
        PhiSpan shortAt0 = PhiSpan.of(0, 2, PhiSubtype.DATE, 1, "r");
        PhiSpan longAt0 = PhiSpan.of(0, 9, PhiSubtype.DATE, 1, "r");
        PhiSpan at3 = PhiSpan.of(3, 4, PhiSubtype.PHONE, 1, "r");
        List<PhiSpan> spans = new ArrayList<>(List.of(at3, shortAt0, longAt0));
        spans.sort(PhiSpan.ORDER);
        assertThat(spans).containsExactly(longAt0, shortAt0, at3);
    }

    @Test
    void coveredText_returnsTheSliceAndRejectsSpansBeyondTheText() {
        PhiSpan s = PhiSpan.of(3, 8, PhiSubtype.PATIENT, 0.9, "r");
        assertThat(s.coveredText("Dr Smith")).isEqualTo("Smith");
        assertThatThrownBy(() -> s.coveredText("Dr")).hasMessageContaining("length 2");
    }

    @Test
    void subtypesParseI2b2Spellings() {
        assertThat(PhiSubtype.parse("location-other")).isEqualTo(PhiSubtype.LOCATION_OTHER);
        assertThat(PhiSubtype.LOCATION_OTHER.i2b2Name()).isEqualTo("LOCATION-OTHER");
        assertThat(PhiType.parse(" name ")).isEqualTo(PhiType.NAME);
        assertThatThrownBy(() -> PhiSubtype.parse("WIZARD")).hasMessageContaining("WIZARD");
    }
}

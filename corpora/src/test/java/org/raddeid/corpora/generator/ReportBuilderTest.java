package org.raddeid.corpora.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

class ReportBuilderTest {

    @Test
    void whenPhiIsAppended_thenItsOffsetsAreRecordedAtOnce() {
        LabelledDocument d = new ReportBuilder().text("Discussed with Dr. ")
                .name("Patel", PhiSubtype.DOCTOR, NameOrigin.SOUTH_ASIAN).text("'s office at ")
                .phi("555-123-4567", PhiSubtype.PHONE).text(" on ")
                .date(LocalDate.of(2021, 3, 14), DateStyle.US_SHORT, PhiSubtype.DATE).build("t1");
        assertThat(d.text()).isEqualTo("Discussed with Dr. Patel's office at 555-123-4567 on 3/14/21");
        assertThat(d.annotations()).containsExactly(
                new Annotation(19, 24, PhiType.NAME, PhiSubtype.DOCTOR, "SOUTH_ASIAN"),
                Annotation.of(37, 49, PhiSubtype.PHONE),
                Annotation.of(53, 60, PhiSubtype.DATE));
        assertThat(d.annotations().stream().map(d::covered)).containsExactly("Patel", "555-123-4567", "3/14/21");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " Patel", "Patel "})
    void whenPhiIsBlankOrLoose_thenRejected(String value) {
        assertThatThrownBy(() -> new ReportBuilder().phi(value, PhiSubtype.DOCTOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("Patel");
    }

    @Test
    void whenDatesAreAppended_thenStylesAreRecorded() {
        ReportBuilder b = new ReportBuilder().date(LocalDate.of(2020, 1, 2), DateStyle.ISO, PhiSubtype.DOB);
        assertThat(b.dateStyles()).containsExactly(DateStyle.ISO);
    }
}

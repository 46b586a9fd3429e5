package org.raddeid.corpora.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSubtype;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;

class WritingStyleTest {

    private static final int N = 600;
    private static List<SyntheticReport> reports;

    @BeforeAll
    static void generate() {
        ReportGenerator g = new ReportGenerator(11);
        reports = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            reports.add(g.report(i));
        }
    }

    private static List<SyntheticReport> of(WritingStyle style) {
        return reports.stream().filter(r -> r.style() == style).toList();
    }

    @Test
    void whenEveryStyleIsAllowed_thenEachAppearsNearItsWeight() {
        Map<WritingStyle, Integer> counts = new EnumMap<>(WritingStyle.class);
        reports.forEach(r -> counts.merge(r.style(), 1, Integer::sum));
        for (WritingStyle s : WritingStyle.values()) {
            assertThat(counts.getOrDefault(s, 0)).as(s.label())
                    .isBetween((int) (N * s.weight() * 0.6), (int) (N * s.weight() * 1.4) + 1);
        }
    }

    @Test
    void whenOnlyStandardIsAllowed_thenAStandardDocumentIsTheSameAsAmongAllStyles() {
        ReportGenerator standard = new ReportGenerator(11, EnumSet.of(WritingStyle.STANDARD));
        int compared = 0;
        for (int i = 0; i < 60; i++) {
            if (reports.get(i).style() == WritingStyle.STANDARD) {
                assertThat(standard.report(i).document()).isEqualTo(reports.get(i).document());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(15);
        assertThat(standard.generate(40)).allSatisfy(d -> assertThat(d.text()).containsPattern("[a-z]"));
    }

    @Test
    void whenLegacyRis_thenNoLowerCaseLetterAndFixedWidthLabels() {
        assertThat(of(WritingStyle.LEGACY_RIS)).isNotEmpty().allSatisfy(r -> {
            assertThat(r.document().text()).doesNotContainPattern("\\p{Ll}").contains("PATIENT.......: ");
            assertThat(r.document().annotations()).anyMatch(a -> a.subtype() == PhiSubtype.PATIENT);
        });
    }

    @Test
    void whenDictated_thenNoCapitalsNoColonsAndTheHeaderIsSpoken() {
        assertThat(of(WritingStyle.DICTATED)).isNotEmpty().allSatisfy(r -> {
            String text = r.document().text();
            StringBuilder plain = new StringBuilder(text);
            for (Annotation a : r.document().annotations()) {
                for (int i = a.start(); i < a.end(); i++) {
                    plain.setCharAt(i, ' '); // a URL or a time in a PHI value keeps its colon
                }
            }
            assertThat(text).doesNotContainPattern("\\p{Lu}").startsWith("this is dr ");
            assertThat(plain.toString()).doesNotContain(":");
            assertThat(r.document().annotations()).anyMatch(a -> a.subtype() == PhiSubtype.PATIENT);
        });
    }

    @Test
    void whenShorthand_thenMonthDayDatesRelativesAndPagersAreLabelledAndScoresAreNot() {
        List<SyntheticReport> notes = of(WritingStyle.SHORTHAND);
        assertThat(notes).isNotEmpty().allSatisfy(r -> {
            LabelledDocument d = r.document();
            assertThat(d.text()).contains("PERRL").contains("strength 5/5 BUE, 4/5 BLE").contains("2/6 SEM")
                    .contains("1/2 NS");
            assertThat(r.dateStyles()).containsAnyOf(DateStyle.MONTH_DAY, DateStyle.MONTH_DAY_PADDED);
            for (String trap : List.of("strength 5/5 BUE, 4/5 BLE", "2/6 SEM", "1/2 NS", "BP ")) {
                int at = d.text().indexOf(trap);
                for (Annotation a : d.annotations()) {
                    assertThat(a.end() <= at || a.start() >= at + trap.length()).as(trap).isTrue();
                }
            }
        });
        assertThat(notes).anyMatch(r -> r.document().annotations().stream()
                .anyMatch(a -> a.subtype() == PhiSubtype.RELATIVE));
        assertThat(notes).anyMatch(r -> r.document().annotations().stream()
                .anyMatch(a -> a.subtype() == PhiSubtype.HOSPITAL));
        assertThat(notes).anyMatch(r -> r.document().annotations().stream().anyMatch(
                a -> a.subtype() == PhiSubtype.PHONE && r.document().covered(a).matches("\\d{5}|\\d-\\d{4}")));
    }

    @Test
    void whenQuestion_thenOneShortQuestionMentioningSomeone() {
        assertThat(of(WritingStyle.QUESTION)).isNotEmpty().allSatisfy(r -> {
            assertThat(r.document().text()).contains("?").hasSizeLessThan(400);
            assertThat(r.document().annotations()).isNotEmpty();
        });
    }

    @Test
    void whenStylesAreParsed_thenNamesAreForgivingAndUnknownOnesListTheValidOnes() {
        assertThat(WritingStyle.parseAll(List.of("Standard", "legacy-ris", "LEGACY_RIS")))
                .containsExactlyInAnyOrder(WritingStyle.STANDARD, WritingStyle.LEGACY_RIS);
        assertThatThrownBy(() -> WritingStyle.parseAll(List.of("emoji"))).hasMessageContaining("emoji")
                .hasMessageContaining("shorthand");
        assertThatThrownBy(() -> new ReportGenerator(1, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.raddeid.corpora.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

class ReportGeneratorTest {

    private static List<SyntheticReport> reports;
    private static List<LabelledDocument> docs;

    @BeforeAll
    static void generate() {
        ReportGenerator g = new ReportGenerator(7);
        reports = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            reports.add(g.report(i));
        }
        docs = reports.stream().map(SyntheticReport::document).toList();
    }

    @Test
    void whenSameSeed_thenIdenticalDocuments() {
        assertThat(new ReportGenerator(7).generate(50)).isEqualTo(docs.subList(0, 50));
    }

    @Test
    void whenDifferentSeed_thenDocumentsDiffer() {
        List<LabelledDocument> other = new ReportGenerator(8).generate(50);
        for (int i = 0; i < 50; i++) {
            assertThat(other.get(i).text()).isNotEqualTo(docs.get(i).text());
        }
    }

    @Test
    void whenNChanges_thenDocumentIIsTheSame() {
        ReportGenerator g = new ReportGenerator(7);
        assertThat(g.generate(3).get(2)).isEqualTo(g.generate(40).get(2));
        assertThat(g.report(123).document()).isEqualTo(docs.get(123));
    }

    @Test
    void whenGenerated_thenIdsAreSequentialAndUnique() {
        assertThat(docs.get(0).id()).isEqualTo("synth-000001");
        assertThat(docs.get(499).id()).isEqualTo("synth-000500");
        assertThat(docs.stream().map(LabelledDocument::id).distinct().count()).isEqualTo(500);
    }

    @Test
    void whenNegativeCount_thenRejected() {
        assertThatThrownBy(() -> new ReportGenerator(1).generate(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whenAnnotated_thenInBoundsTightAndNotSplittingSurrogates() {
        for (LabelledDocument d : docs) {
            String text = d.text();
            for (Annotation a : d.annotations()) {
                assertThat(a.end()).isLessThanOrEqualTo(text.length());
                String covered = d.covered(a);
                assertThat(covered).as(d.id() + " @" + a.start()).isNotBlank().isEqualTo(covered.strip());
                assertThat(Character.isLowSurrogate(text.charAt(a.start()))).isFalse();
                assertThat(a.end() < text.length() && Character.isLowSurrogate(text.charAt(a.end()))).isFalse();
                if (a.subtype() != null) {
                    assertThat(a.subtype().type()).isEqualTo(a.type());
                }
            }
        }
    }

    @Test
    void whenAnnotated_thenNoAnnotationsOverlap() {
        for (LabelledDocument d : docs) {
            List<Annotation> as = d.annotations();
            for (int i = 1; i < as.size(); i++) {
                assertThat(as.get(i).start()).as(d.id()).isGreaterThanOrEqualTo(as.get(i - 1).end());
            }
        }
    }

    @Test
    void whenLabelledAsName_thenHasAnOriginAndOthersHaveNone() {
        for (LabelledDocument d : docs) {
            for (Annotation a : d.annotations()) {
                if (a.type() == PhiType.NAME) {
                    assertThat(a.origin()).as(d.id()).isNotNull();
                    assertThat(NameOrigin.valueOf(a.origin())).isNotNull();
                } else {
                    assertThat(a.origin()).isNull();
                }
            }
        }
    }

    @Test
    void when500Documents_thenEveryModalityAppears() {
        assertThat(reports.stream().map(SyntheticReport::modality).distinct())
                .containsExactlyInAnyOrder(Modality.values());
    }

    @Test
    void when500Documents_thenEveryOriginAppearsOften() {
        for (NameOrigin o : NameOrigin.values()) {
            long count = docs.stream().flatMap(d -> d.annotations().stream())
                    .filter(a -> o.name().equals(a.origin())).count();
            assertThat(count).as(o.name()).isGreaterThan(200);
        }
    }

    @Test
    void when500Documents_thenEveryPhiTypeAppears() {
        Set<PhiType> types = EnumSet.noneOf(PhiType.class);
        docs.forEach(d -> d.annotations().forEach(a -> types.add(a.type())));
        assertThat(types).containsExactlyInAnyOrder(PhiType.values());
    }

    @Test
    void when500Documents_thenManySubtypesAppear() {
        Set<PhiSubtype> subtypes = EnumSet.noneOf(PhiSubtype.class);
        docs.forEach(d -> d.annotations().forEach(a -> subtypes.add(a.subtype())));
        assertThat(subtypes).contains(PhiSubtype.PATIENT, PhiSubtype.DOCTOR, PhiSubtype.RELATIVE,
                PhiSubtype.USERNAME, PhiSubtype.DOB, PhiSubtype.DATE, PhiSubtype.AGE, PhiSubtype.HOSPITAL,
                PhiSubtype.DEPARTMENT, PhiSubtype.STREET, PhiSubtype.CITY, PhiSubtype.STATE, PhiSubtype.ZIP,
                PhiSubtype.COUNTRY, PhiSubtype.ROOM, PhiSubtype.ORGANIZATION, PhiSubtype.PHONE, PhiSubtype.FAX,
                PhiSubtype.EMAIL, PhiSubtype.URL, PhiSubtype.IPADDR, PhiSubtype.MEDICALRECORD,
                PhiSubtype.ACCESSION, PhiSubtype.ACCOUNT, PhiSubtype.HEALTHPLAN, PhiSubtype.SSN,
                PhiSubtype.DEVICE, PhiSubtype.VEHICLE, PhiSubtype.LICENSE, PhiSubtype.IDNUM,
                PhiSubtype.PROFESSION);
    }

    @Test
    void when500Documents_thenAtLeastEightDateStylesAreLabelled() {
        Set<DateStyle> styles = EnumSet.noneOf(DateStyle.class);
        reports.forEach(r -> styles.addAll(r.dateStyles()));
        assertThat(styles).hasSizeGreaterThanOrEqualTo(8);
        assertThat(styles).containsExactlyInAnyOrder(DateStyle.values());
    }

    @Test
    void whenAgeIsLabelled_thenItIsAtLeastNinety() {
        int labelled = 0;
        for (LabelledDocument d : docs) {
            for (Annotation a : d.annotations()) {
                if (a.type() == PhiType.AGE) {
                    assertThat(Integer.parseInt(d.covered(a))).isGreaterThanOrEqualTo(90);
                    labelled++;
                }
            }
        }
        assertThat(labelled).isGreaterThan(20);
    }

    @Test
    void whenAgeIsUnderNinety_thenItAppearsAsPlainText() {
        Pattern age = Pattern.compile("\\b(\\d{2,3})(?:-year-old| yo | y/o | years old|Y\\b)");
        int plain = 0;
        for (LabelledDocument d : docs) {
            Matcher m = age.matcher(d.text());
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                boolean covered = inside(d, m.start(1), m.end(1));
                assertThat(covered).as(d.id() + " age " + n).isEqualTo(n >= 90);
                plain += covered ? 0 : 1;
            }
        }
        assertThat(plain).isGreaterThan(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Colles fracture", "Smith fracture", "Chance fracture", "Murphy sign",
            "Chiari", "Hodgkin lymphoma", "Baker cyst", "Morison pouch", "Hill-Sachs", "Jefferson fracture",
            "Segond fracture", "Hoffa fat pad", "Kerley B lines", "Paget disease", "Crohn disease", "Graves disease",
            "Bankart lesion", "BI-RADS", "LI-RADS 5", "TI-RADS 4", "Fleischner Society 2017", "ACR 2017",
            "mGy-cm", "L4-L5", "L5-S1", "C5/6", "Deauville", "grade 2/4", "CPT ", " x ", "series "})
    void whenTrapAppears_thenItIsNeverLabelled(String trap) {
        int seen = 0;
        for (LabelledDocument d : docs) {
            for (int at = d.text().indexOf(trap); at >= 0; at = d.text().indexOf(trap, at + 1)) {
                seen++;
                int from = at;
                int to = at + trap.length();
                assertThat(d.annotations()).as(d.id() + " trap at " + at)
                        .noneMatch(a -> a.start() < to && from < a.end());
            }
        }
        assertThat(seen).as(trap).isPositive();
    }

    @Test
    void whenCptCodeAppears_thenItIsFiveDigitsAndUnlabelled() {
        Pattern cpt = Pattern.compile("CPT (\\d+)");
        Set<String> codes = new HashSet<>();
        for (LabelledDocument d : docs) {
            Matcher m = cpt.matcher(d.text());
            while (m.find()) {
                codes.add(m.group(1));
                assertThat(m.group(1)).hasSize(5);
                assertThat(inside(d, m.start(1), m.end(1))).isFalse();
            }
        }
        assertThat(codes).hasSizeGreaterThan(3);
    }

    @Test
    void whenTitleOrCredentialFollowsOrPrecedesAName_thenItIsOutsideTheSpan() {
        for (LabelledDocument d : docs) {
            for (Annotation a : d.annotations()) {
                if (a.type() == PhiType.NAME) {
                    String c = d.covered(a);
                    assertThat(c).doesNotStartWith("Dr.").doesNotStartWith("Dr ").doesNotEndWith(" MD").doesNotEndWith(", MD")
                            .doesNotEndWith("'s").doesNotContain("RT(R)");
                }
            }
        }
    }

    @Test
    void whenSplitting_thenEveryDocumentLandsInExactlyOneSplitByItsId() {
        Splits s = Splits.of(docs);
        assertThat(s.train().size() + s.dev().size() + s.test().size()).isEqualTo(500);
        assertThat(s.train().size()).isBetween(350, 450);
        assertThat(s.dev()).isNotEmpty();
        assertThat(s.test()).isNotEmpty();
        for (Split split : Split.values()) {
            assertThat(s.get(split)).allMatch(d -> Split.of(d.id()) == split);
        }
        assertThat(new ReportGenerator(7).generateSplits(60).test())
                .isEqualTo(s.test().stream().filter(d -> docs.indexOf(d) < 60).toList());
    }

    @Test
    void whenTimed_thenReportsThroughput() {
        ReportGenerator g = new ReportGenerator(99);
        g.generate(50);
        long t0 = System.nanoTime();
        int n = 2000;
        int chars = g.generate(n).stream().mapToInt(d -> d.text().length()).sum();
        double seconds = (System.nanoTime() - t0) / 1e9;
        // A measurement to report, not a requirement.
        System.out.printf(java.util.Locale.ROOT, "generator throughput: %d docs (%d chars) in %.2f s = %.0f docs/s%n",
                n, chars, seconds, n / seconds);
        assertThat(chars).isGreaterThan(n * 500);
    }

    private static boolean inside(LabelledDocument d, int from, int to) {
        return d.annotations().stream().anyMatch(a -> a.start() <= from && to <= a.end());
    }
}

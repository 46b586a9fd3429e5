package org.raddeid.recognizers.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;

class TrainingSurrogatesTest {

    private static final SurrogateNames NAMES = new SurrogateNames(SurrogatePools.get());

    /**
     * Returns the shape of a name: each word becomes {@code Aa} (capitalised), {@code A} (all caps), {@code a} (lower
     * case) or {@code I}/{@code i} (one letter); separators stay.
     */
    private static String shape(String s) {
        return java.util.regex.Pattern.compile("[\\p{L}']+").matcher(s).replaceAll(m -> {
            String w = m.group();
            if (w.length() == 1) {
                return Character.isUpperCase(w.charAt(0)) ? "I" : "i";
            }
            if (w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                return "A";
            }
            return w.equals(w.toLowerCase(java.util.Locale.ROOT)) ? "a" : "Aa";
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "John Doe", "Doe, John", "DOE, JOHN", "Doe, John A.", "John A. Doe", "J. Doe", "J Doe", "JOHN DOE",
        "Garcia-Lopez", "Maria Garcia-Lopez", "Doe", "JD", "john doe", "Anna van der Berg"})
    void whenNameIsReplaced_thenItsShapeIsKept(String original) {
        for (int seed = 0; seed < 20; seed++) {
            String s = NAMES.personName(original, new Random(seed));
            assertThat(shape(s)).as("%s -> %s", original, s).isEqualTo(shape(original));
            assertThat(s).isNotEqualTo(original);
        }
    }

    @Test
    void whenNameHasParticles_thenTheyAreKept() {
        assertThat(NAMES.personName("Anna van der Berg", new Random(1))).contains(" van der ");
    }

    @Test
    void whenUserName_thenInitialSurnameAndTheSameDigits() {
        String s = NAMES.userName("jsmith42", new Random(3));
        assertThat(s).matches("[a-z]{3,}42").isNotEqualTo("jsmith42");
    }

    @Test
    void whenHospitalIsAllCaps_thenSurrogateIsAllCaps() {
        for (int seed = 0; seed < 20; seed++) {
            String s = NAMES.hospital("ST. MARY HOSPITAL", 0.5, new Random(seed));
            assertThat(s).isEqualTo(s.toUpperCase(java.util.Locale.ROOT)).isNotBlank();
        }
    }

    @Test
    void whenDepartmentIsReplaced_thenDescriptiveWordsStay() {
        String s = NAMES.department("Jimenez Breast Center", new Random(2));
        assertThat(s).endsWith(" Breast Center").doesNotStartWith("Jimenez");
    }

    @Test
    void whenDocumentIsSubstituted_thenEverySpanStillCoversTextOfItsShapeAndOthersAreUnchanged() {
        String text = "Patient: DOE, JOHN\nDOB: 01/02/1950\nSeen at Mercy General Hospital by Dr. Jane Q. Roe-Smith."
                + "\nCopy to J. Doe on 2024-01-05.";
        int p = text.indexOf("DOE, JOHN");
        int d = text.indexOf("01/02/1950");
        int h = text.indexOf("Mercy General Hospital");
        int n = text.indexOf("Jane Q. Roe-Smith");
        int j = text.indexOf("J. Doe");
        int d2 = text.indexOf("2024-01-05");
        TrainingDocument doc = new TrainingDocument("doc-1", text, List.of(
                PhiSpan.of(p, p + 9, PhiSubtype.PATIENT, 1, "gold"),
                PhiSpan.of(d, d + 10, PhiSubtype.DOB, 1, "gold"),
                PhiSpan.of(h, h + 22, PhiSubtype.HOSPITAL, 1, "gold"),
                PhiSpan.of(n, n + 17, PhiSubtype.DOCTOR, 1, "gold"),
                PhiSpan.of(j, j + 6, PhiSubtype.DOCTOR, 1, "gold"),
                PhiSpan.of(d2, d2 + 10, PhiSubtype.DATE, 1, "gold")));

        TrainingDocument out = new TrainingSurrogates(7).apply(doc);

        List<String> covered = out.spans().stream().map(s -> s.coveredText(out.text())).toList();
        assertThat(covered.get(0)).isNotEqualTo("DOE, JOHN").matches("[A-Z']+(-[A-Z']+)*, [A-Z']+");
        assertThat(covered.get(1)).isEqualTo("01/02/1950");
        assertThat(covered.get(2)).isNotEqualTo("Mercy General Hospital");
        assertThat(shape(covered.get(3))).isEqualTo("Aa I. Aa-Aa");
        assertThat(shape(covered.get(4))).isEqualTo("I. Aa");
        assertThat(covered.get(5)).isEqualTo("2024-01-05");
        assertThat(out.spans()).extracting(PhiSpan::subtype).containsExactlyElementsOf(
                doc.spans().stream().map(PhiSpan::subtype).toList());
        // The text between the spans is unchanged.
        assertThat(out.text()).startsWith("Patient: ").contains("\nDOB: 01/02/1950\nSeen at ")
                .endsWith(" on 2024-01-05.");
    }

    @Test
    void whenSpansOverlap_thenTheyAreLeftAsTheyAre() {
        String text = "Dr. Ann Lee here";
        TrainingDocument doc = new TrainingDocument("doc-2", text, List.of(
                PhiSpan.of(4, 11, PhiSubtype.DOCTOR, 1, "gold"), PhiSpan.of(8, 11, PhiSubtype.DOCTOR, 1, "gold")));
        assertThat(new TrainingSurrogates(1).apply(doc)).isEqualTo(doc);
    }

    @Test
    void drawsDependOnSeedAndIdOnly() {
        TrainingDocument a = new TrainingDocument("a", "Seen by John Doe.",
                List.of(PhiSpan.of(8, 16, PhiSubtype.DOCTOR, 1, "gold")));
        TrainingDocument b = new TrainingDocument("b", "Seen by John Doe.", a.spans());
        TrainingSurrogates s = new TrainingSurrogates(5);
        TrainingDocument first = s.apply(a);
        s.apply(b);
        assertThat(s.apply(a)).isEqualTo(first);
        assertThat(new TrainingSurrogates(5).apply(a)).isEqualTo(first);
        assertThat(new TrainingSurrogates(6).apply(a).text()).isNotEqualTo(first.text());
    }
}

package org.raddeid.recognizers.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.corpora.LabelledDocument;
import org.raddeid.corpora.generator.ReportGenerator;

/** Keyword and ZIP patterns try only the starts near their anchors; that must find exactly what a full scan finds. */
class AnchoredSearchTest {

    private static final PatternRecognizer ANCHORED = new PatternRecognizer(PatternCatalog.all(), true);
    private static final PatternRecognizer FULL = new PatternRecognizer(PatternCatalog.all(), false);

    private static void same(String text) {
        AnalyzedText t = new AnalyzedText(text);
        assertThat(new HashSet<>(ANCHORED.recognize(t))).as("spans of a text").isEqualTo(new HashSet<>(FULL.recognize(t)));
    }

    @Test
    void generatedReportsGiveTheSameSpans() {
        for (LabelledDocument d : new ReportGenerator(11).generate(200)) {
            same(d.text());
        }
    }

    @Test
    void anchorsAtTheEdgesAndLongLabels() {
        same("MRN: 12345678");
        same("Medical Record Number (hospital unit chart):      A-99812");
        same("Address: 2345 Lakeview St Apt 35, Rancho Santa Margarita Heights, CA 92688");
        same("Acc# 20210314001\\nPlate: 7ABC123 and user jdoe7, pager x8-9914, Room 12B; 60201");
        same("95 yo F, a 92-year-old, aged 101 years, Age:      96; ninety-two years old");
        same("Host 10.1.2.3/24 at https://imaging.example.org/r/1 and ftp://h.example.com; DEA AB1234563, NPI 1234567893");
        same("(415) 555-0132, +1 212 555 0100, 555.123.4567 call; SSN 078-05-1120; card 4111 1111 1111 1111");
        same("x".repeat(5000) + " Accession Number: ACC P6385725 " + "y".repeat(5000) + " IL 60201");
    }

    @Test
    void windowsAreMergedAndSorted() {
        int[] w = PatternRecognizer.keywordWindows("abc mrn def mrn mrn", List.of("mrn", "abc"));
        assertThat(w).containsExactly(0, 17);
        int[] z = PatternRecognizer.fiveDigitWindows("zip 1234 and 60201 and 123456");
        assertThat(z).containsExactly(0, 24);
    }
}

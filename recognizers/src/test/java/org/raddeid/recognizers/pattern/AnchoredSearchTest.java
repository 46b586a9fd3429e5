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

    /** Asserts the anchored search finds what a full scan finds; returns how many spans that is. */
    private static int same(String text) {
        AnalyzedText t = new AnalyzedText(text);
        List<?> anchored = ANCHORED.recognize(t);
        assertThat(new HashSet<>(anchored)).as("spans of a text").isEqualTo(new HashSet<>(FULL.recognize(t)));
        return anchored.size();
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
        assertThat(same("Lives at 948 Calle Real, 12 Rue de Rivoli, Avenida Paulista 1000 and Via Esperanza; Praça da Sé 2")).isGreaterThanOrEqualTo(4);
        assertThat(same("Ismaninger Str. 22, 81675 München\nHoofdstraat 12, 1234 AB Utrecht; Drottninggatan 5, 111 22 Stockholm\n"
                + "SW1A 1AA London, D-81675 München, K1A 0B1 Ottawa; Bundeskanzler-Willy-Brandt-Straße 3a"))
                .isGreaterThanOrEqualTo(10);
        same("demonstrates a stricture 12 mm, obstruction at L4 5; the avenue 3 views; boulevard 12 av. 7 bd 3");
    }

    @Test
    void keywordAndDigitWindowsIntersect() {
        assertThat(PatternRecognizer.intersect(new int[] {0, 10, 20, 30}, new int[] {5, 25}))
                .containsExactly(5, 10, 20, 25);
        assertThat(PatternRecognizer.intersect(new int[] {0, 3}, new int[] {3, 9})).isEmpty();
        assertThat(PatternRecognizer.intersect(new int[] {}, new int[] {0, 9})).isEmpty();
    }

    @Test
    void windowsAreMergedAndSorted() {
        int[] w = PatternRecognizer.keywordWindows("abc mrn def mrn mrn", List.of("mrn", "abc"));
        assertThat(w).containsExactly(0, 17);
        int[] z = PatternRecognizer.fiveDigitWindows("zip 1234 and 60201 and 123456");
        assertThat(z).containsExactly(0, 24);
    }
}

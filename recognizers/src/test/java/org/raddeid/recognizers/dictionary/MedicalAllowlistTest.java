package org.raddeid.recognizers.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;

class MedicalAllowlistTest {

    private static final MedicalAllowlist ALLOW = MedicalAllowlist.shared();

    /** A weak span of {@code subtype} on the first occurrence of {@code word} in {@code text}. */
    private static PhiSpan span(String text, String word, PhiSubtype subtype) {
        int at = text.indexOf(word);
        assertThat(at).as("test word present").isGreaterThanOrEqualTo(0);
        return PhiSpan.of(at, at + word.length(), subtype, 0.3, "test");
    }

    private static boolean vetoes(String text, String word, PhiSubtype subtype) {
        return ALLOW.vetoes(new AnalyzedText(text), span(text, word, subtype));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "distal radius Colles fracture | Colles",
        "distal radius Colles' fracture | Colles",
        "positive Murphy's sign | Murphy",
        "positive sonographic Murphy\u2019s sign | Murphy",
        "positive Murphy sign | Murphy",
        "compatible with Graves disease | Graves",
        "compatible with Graves' disease | Graves",
        "multiple Schmorl's nodes in the lumbar spine | Schmorl",
        "small Hill-Sachs lesion | Sachs",
        "small Hill-Sachs lesion | Hill-Sachs",
        "Kerley B lines at the bases | Kerley",
        "aneurysm of the circle of Willis | Willis",
        "history of Crohn's disease | Crohn",
        "Sjogren syndrome | Sjogren",
        "Sj\u00f6gren syndrome | Sj\u00f6gren",
        "Salter-Harris II fracture of the distal tibia | Harris",
        "Weber B fracture of the fibula | Weber",
        "Gleason 3 + 4 adenocarcinoma | Gleason",
        "a 5 mm nodule, Fleischner Society guidelines | Fleischner",
        "right chest Hickman catheter tip | Hickman",
        "Foley in the bladder | Foley",
        "Doppler evaluation was normal | Doppler",
        "FINDINGS: Normal | Normal",
        "IMPRESSION: Stable. | Stable",
        "right PICC terminates in the SVC | PICC",
    })
    void whenNameSpanLiesInsideMedicalPhrase_thenVetoed(String text, String word) {
        assertThat(vetoes(text, word, PhiSubtype.PATIENT)).isTrue();
        assertThat(vetoes(text, word, PhiSubtype.DOCTOR)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "discussed with Dr. Colles | Colles",
        "Mr. Murphy was called | Murphy",
        "Patient Graves was seen | Graves",
        "signed by Hickman | Hickman",
        "seen by Dr. Weber today | Weber",
        "Schmorl presented today | Schmorl",
        "called to Dr. Willis | Willis",
    })
    void whenSurnameStandsOutsideAnyPhrase_thenNotVetoed(String text, String word) {
        assertThat(vetoes(text, word, PhiSubtype.DOCTOR)).isFalse();
    }

    @Test
    void whenSpanOnlyPartlyOverlapsPhrase_thenNotVetoed() {
        String text = "Dr. John Colles fracture clinic";
        AnalyzedText t = new AnalyzedText(text);
        int start = text.indexOf("John");
        int end = text.indexOf("Colles") + "Colles".length();
        assertThat(ALLOW.vetoes(t, PhiSpan.of(start, end, PhiSubtype.DOCTOR, 0.3, "test"))).isFalse();
        String murphy = "positive Murphy sign";
        int from = murphy.indexOf("Murphy");
        // a span reaching past the phrase's end
        PhiSpan past = PhiSpan.of(from, murphy.length(), PhiSubtype.PATIENT, 0.3, "test");
        assertThat(ALLOW.vetoes(new AnalyzedText(murphy + " Jones"), past.withBounds(from, murphy.length() + 3)))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = PhiType.class, names = {"DATE", "ID", "CONTACT", "AGE"})
    void whenSpanIsNotNameLocationOrProfession_thenNeverVetoed(PhiType type) {
        String text = "distal radius Colles fracture";
        int at = text.indexOf("Colles");
        PhiSpan span = new PhiSpan(at, at + "Colles".length(), type, null, 0.1, "test");
        assertThat(ALLOW.vetoes(new AnalyzedText(text), span)).isFalse();
        PhiSpan whole = new PhiSpan(0, text.length(), type, null, 0.1, "test");
        assertThat(ALLOW.vetoes(new AnalyzedText("Doppler"), whole.withBounds(0, 7))).isFalse();
    }

    @Test
    void whenLocationOrProfessionSpanLiesInsidePhrase_thenVetoed() {
        assertThat(vetoes("per the Denver criteria", "Denver", PhiSubtype.CITY)).isTrue();
        assertThat(vetoes("Boston brace in place", "Boston", PhiSubtype.CITY)).isTrue();
        assertThat(vetoes("lives in Denver", "Denver", PhiSubtype.CITY)).isFalse();
        assertThat(vetoes("read by the attending radiologist", "radiologist", PhiSubtype.PROFESSION)).isTrue();
    }

    @Test
    void whenSpanTextIsItselfATerm_thenVetoedEvenIfNotTokenAligned() {
        // the span covers "Doppler" inside the token "Dopplerx": not a phrase occurrence, but its own text is a term
        String text = "Dopplerx";
        assertThat(ALLOW.vetoes(new AnalyzedText(text), PhiSpan.of(0, 7, PhiSubtype.PATIENT, 0.2, "t"))).isTrue();
    }

    @Test
    void whenSpanEndsBeyondText_thenFailsWithoutText() {
        AnalyzedText t = new AnalyzedText("Murphy");
        assertThatThrownBy(() -> ALLOW.vetoes(t, PhiSpan.of(0, 20, PhiSubtype.PATIENT, 0.2, "t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Murphy");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Colles fracture | true", "colles' fracture | true", "COLLES'S FRACTURE | true", "Colles | false",
        "Murphys sign | true", "Murphy | false", "Graves | false", "doppler | true", "Colles fractured | false",
        "Adam apple | true", "Adam's apple | true", "fractures | true", "Schmorl nodes | true",
        "BI-RADS 4A | true", "bi-rads 4a | true", "LR-5 | true", "Le Fort II fracture | true",
        "Omnipaque 350 | true", "Lasix | true", "heparin | true", "T2 FLAIR | true", "Hounsfield units | true",
        "  Valsalva  | true", "Gupta | false", "John | false", "'' | false",
    })
    void isMedicalTermMatchesWholePhrasesAndVariants(String term, boolean expected) {
        assertThat(ALLOW.isMedicalTerm(term)).isEqualTo(expected);
    }

    @Test
    void occurrencesAreMaximalPhraseRangesInOrder() {
        String text = "Positive Murphy's sign. No Colles fracture. Dr. Murphy";
        List<int[]> occ = ALLOW.occurrences(new AnalyzedText(text));
        List<String> covered = new ArrayList<>();
        for (int[] r : occ) {
            covered.add(text.substring(r[0], r[1]));
        }
        assertThat(covered).contains("Positive", "Murphy's sign", "No", "Colles fracture")
                .doesNotContain("sign", "fracture", "Murphy", "Dr");
        for (int i = 1; i < occ.size(); i++) {
            assertThat(occ.get(i)[0]).isGreaterThan(occ.get(i - 1)[0]);
        }
    }

    @Test
    void bundledListIsLargeAndItsEntriesAreDistinctAndWellFormed() throws Exception {
        List<String> lines = BundledLines.read(MedicalAllowlist.RESOURCE);
        assertThat(ALLOW.entries()).isEqualTo(lines.size()).isGreaterThan(3000);
        assertThat(ALLOW.phrases()).isGreaterThan(lines.size());
        Map<String, String> seen = new HashMap<>();
        int eponyms = 0;
        for (String line : lines) {
            assertThat(PhraseVariants.expandBraces(line)).isNotEmpty();
            // entries that differ only in case or possessive are duplicates
            String key = PhraseVariants.withoutPossessives(line).toLowerCase(Locale.ROOT);
            assertThat(seen.put(key, line)).as("duplicate allowlist entry %s", line).isNull();
            if (!line.equals(line.toLowerCase(Locale.ROOT)) && line.matches(".*\\b[A-Z][a-z]{2,}.*")) {
                eponyms++;
            }
        }
        assertThat(eponyms).as("eponymous entries").isGreaterThan(500);
    }

    @Test
    void malformedBracesAreRejected() {
        assertThatThrownBy(() -> new MedicalAllowlist(List.of("Weber {A,B"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MedicalAllowlist(List.of("Weber {A,,B}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.raddeid.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

/** The behaviours issue 3 asks of the shipped ensemble, on the real recognizers and policy. */
class FastEnsembleTest {

    private static final Deidentifier DEID = new Deidentifier(Ensembles.create(Ensembles.FAST));

    private static List<String> names(String text) {
        return DEID.analyze(text).spans().stream().filter(s -> s.type() == PhiType.NAME)
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void allowlistVetoesEponymsButNotPeople() {
        assertThat(names("IMPRESSION: 1. Colles fracture. 2. Positive Murphy sign. 3. Graves disease.")).isEmpty();
        assertThat(names("Findings discussed with Dr. Colles. Mr. Murphy was informed.")).containsExactly("Colles",
                "Murphy");
    }

    @Test
    void allCapsHeaderNamesAreFound() {
        assertThat(names("PATIENT: GOMEZ, RAFAEL\nREFERRING PHYSICIAN: OKAFOR, CHINEDU\nEXAM: CT CHEST"))
                .containsExactly("GOMEZ, RAFAEL", "OKAFOR, CHINEDU");
    }

    @Test
    void hopeIsANameOnlyWhenItIsOne() {
        assertThat(names("There is no hope of recovery of function. Hope for improvement.")).isEmpty();
        assertThat(names("Electronically signed: Hope Rivers, MD")).containsExactly("Hope Rivers");
    }

    @Test
    void aRepeatedSurnameIsFoundAtEveryOccurrence() {
        String text = "Patient: Kowalski, Magdalena\nMrs. Kowalski tolerated the procedure. Kowalski was sent home."
                + "\nKOWALSKI will follow up.";
        assertThat(names(text)).containsExactly("Kowalski, Magdalena", "Kowalski", "Kowalski", "KOWALSKI");
    }

    @Test
    void knownIdentifiersAreFoundHoweverSpelled() {
        KnownIdentifiers known = new KnownIdentifiers(List.of("John Smith"),
                List.of(new KnownIdentifiers.KnownId("12345678", PhiSubtype.MEDICALRECORD)),
                List.of(new KnownIdentifiers.KnownDate(LocalDate.of(1950, 3, 7), PhiSubtype.DOB)));
        String text = "SMITH, JOHN seen today; prior study 12 345 678. john smith born March 7, 1950.";
        List<PhiSpan> spans = DEID.analyze(text, known).spans();
        assertThat(spans).extracting(s -> text.substring(s.start(), s.end()))
                .contains("SMITH, JOHN", "12 345 678", "john smith", "March 7, 1950");
    }

    @Test
    void theEnsembleIsSafeToShareBetweenThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("PATIENT: NGUYEN, LAN " + i + "\nMRN: 55" + (1000 + i) + "\nDictated by: Priya Raman, MD on "
                    + (1 + i % 28) + " Mar 2021. Discussed with Dr. Bjorn Halvorsen at Harmon General Hospital.");
        }
        List<List<PhiSpan>> expected = texts.stream().map(t -> DEID.analyze(t).spans()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<PhiSpan>>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> DEID.analyze(t).spans()));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertThat(futures.get(k).get()).isEqualTo(expected.get(k % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(0)).extracting(PhiSpan::type).contains(PhiType.NAME, PhiType.ID, PhiType.DATE,
                PhiType.LOCATION);
    }
}

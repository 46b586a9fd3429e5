package org.raddeid.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raddeid.core.KnownIdentifiers.KnownDate;
import org.raddeid.core.KnownIdentifiers.KnownId;
import org.raddeid.core.ensemble.Ensemble;

class KnownIdentifiersTest {

    private static final KnownIdentifiers JOHN = new KnownIdentifiers(List.of("John Smith"),
            List.of(new KnownId("12345678", PhiSubtype.MEDICALRECORD), new KnownId("ACC-77", PhiSubtype.ACCESSION)),
            List.of(new KnownDate(LocalDate.of(1950, 3, 7), PhiSubtype.DOB)));

    private static List<String> found(String text) {
        Deidentifier d = new Deidentifier(new Ensemble("none", List.of()));
        return d.analyze(text, JOHN).spans().stream()
                .map(s -> text.substring(s.start(), s.end()) + "/" + s.subtype()).toList();
    }

    @Test
    void namesAreFoundInAnyCaseAndOrder() {
        assertThat(found("PATIENT: SMITH, JOHN. john smith was seen; Smithfield and Johnson are not."))
                .containsExactly("SMITH, JOHN/PATIENT", "john smith/PATIENT");
    }

    @Test
    void identifiersAreFoundWithAnySpacingOrSeparators() {
        assertThat(found("MRN 1234 5678, mrn 12-345-678, 123456789 no, acc77 and ACC 77"))
                .containsExactly("1234 5678/MEDICALRECORD", "12-345-678/MEDICALRECORD", "acc77/ACCESSION",
                        "ACC 77/ACCESSION");
    }

    @Test
    void datesAreFoundInCommonForms() {
        assertThat(found("DOB 03/07/1950; born March 7, 1950 (1950-03-07, 3/7/50, 07-Mar-1950); 03/07/1951 no"))
                .containsExactly("03/07/1950/DOB", "March 7, 1950/DOB", "1950-03-07/DOB", "3/7/50/DOB",
                        "07-Mar-1950/DOB");
    }

    @Test
    void nothingKnownFindsNothing() {
        assertThat(KnownIdentifiers.NONE.isEmpty()).isTrue();
        assertThat(found("no identifiers here")).isEmpty();
    }
}

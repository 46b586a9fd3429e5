package org.raddeid.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSubtype;

class KnownIdentifiersJsonTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFieldIsRead() throws Exception {
        KnownIdentifiers k = KnownIdentifiersJson.parse(JSON.readTree("""
                {"names": ["John Smith"], "mrn": "12345678", "accession": 77, "dob": "1950-03-07",
                 "ids": [{"value": "XK-1", "subtype": "HEALTHPLAN"}, {"value": "Q9"}],
                 "dates": [{"date": "2024-01-02"}]}"""));
        assertThat(k.names()).containsExactly("John Smith");
        assertThat(k.ids()).extracting(KnownIdentifiers.KnownId::subtype).containsExactly(PhiSubtype.MEDICALRECORD,
                PhiSubtype.ACCESSION, PhiSubtype.HEALTHPLAN, PhiSubtype.IDNUM);
        assertThat(k.dates()).extracting(KnownIdentifiers.KnownDate::date)
                .containsExactly(LocalDate.of(1950, 3, 7), LocalDate.of(2024, 1, 2));
    }

    @Test
    void absentOrNullMeansNothingKnown() throws Exception {
        assertThat(KnownIdentifiersJson.parse(null)).isEqualTo(KnownIdentifiers.NONE);
        assertThat(KnownIdentifiersJson.parse(JSON.readTree("null"))).isEqualTo(KnownIdentifiers.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"names\": \"Zebulon\"}                          | field 'known.names' must be an array",
        "{\"names\": [{\"n\": \"Zebulon\"}]}               | field 'known.names[0]' must be a string",
        "{\"dob\": \"Zebulon\"}                            | field 'known.dob' must be an ISO date",
        "{\"ids\": [\"Zebulon\"]}                          | field 'known.ids[0]' must be an object",
        "{\"ids\": [{\"value\": \"Z\", \"subtype\": \"DOB\"}]} | field 'known.ids[0].subtype' must be a subtype of ID",
        "{\"ids\": [{\"value\": \"Z\", \"subtype\": \"ZZZ\"}]} | field 'known.ids[0].subtype': unknown subtype",
        "{\"dates\": [{\"date\": \"Zebulon\"}]}            | field 'known.dates[0].date' must be an ISO date",
        "{\"nick\": \"Zebulon\"}                           | field 'known' has an unknown field",
    })
    void mistakesNameTheFieldButNeverTheValue(String json, String message) {
        assertThatThrownBy(() -> KnownIdentifiersJson.parse(JSON.readTree(json)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message)
                .message().doesNotContain("Zebulon");
    }
}

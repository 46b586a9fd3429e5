package org.raddeid.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

    @ParameterizedTest(name = "{0} -> {1}/{2}")
    @CsvSource(nullValues = "NONE", value = {
        "PATIENT,NAME,PATIENT", "doctor,NAME,DOCTOR", "location-other,LOCATION,LOCATION_OTHER",
        "DATE,DATE,DATE", "LOCATION,LOCATION,NONE", "PERSON,NAME,NONE", "MRN,ID,MEDICALRECORD",
        "phone number,CONTACT,PHONE", "ADDRESS,LOCATION,STREET",
        // unknown or missing: NAME, removed by every policy
        "DIAGNOSIS,NAME,NONE", "'',NAME,NONE",
    })
    void mapsLabelsToTypes(String label, String type, String subtype) {
        Labels.Label l = Labels.map(label);

        assertThat(l.type().name()).isEqualTo(type);
        assertThat(l.subtype() == null ? null : l.subtype().name()).isEqualTo(subtype);
        assertThat(Labels.known(label)).isEqualTo(!label.isEmpty() && !label.equals("DIAGNOSIS"));
    }
}

package org.raddeid.core.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final Secret ONE = Secret.of("first-secret-0123456789".getBytes(StandardCharsets.UTF_8));
    private static final Secret TWO = Secret.of("second-secret-0123456789".getBytes(StandardCharsets.UTF_8));

    @Test
    void stableReadableAndKeyed() {
        String id = Pseudonyms.patientId(ONE, "MRN 004512");
        assertThat(id).hasSize(Pseudonyms.LENGTH).matches("[0-9A-HJKMNP-TV-Z]+");
        assertThat(Pseudonyms.patientId(ONE, " MRN 004512 ")).isEqualTo(id);
        assertThat(Pseudonyms.patientId(TWO, "MRN 004512")).isNotEqualTo(id);
        assertThat(Pseudonyms.of(ONE, "accession", "MRN 004512")).isNotEqualTo(id);
        assertThat(id).doesNotContain("004512");
    }

    @Test
    void noCollisionsAmongManyPatients() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            seen.add(Pseudonyms.patientId(ONE, Integer.toString(i)));
        }
        assertThat(seen).hasSize(50_000);
    }
}

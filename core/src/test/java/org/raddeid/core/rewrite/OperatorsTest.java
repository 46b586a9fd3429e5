package org.raddeid.core.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;

class OperatorsTest {

    private static final Secret SECRET = Secret.of("0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8));
    private static final RewriteContext PATIENT_A = new RewriteContext(SECRET, "patient-A");
    private static final PhiSpan NAME = PhiSpan.of(0, 10, PhiSubtype.PATIENT, 0.9, "t");
    private static final PhiSpan PHONE = PhiSpan.of(0, 12, PhiSubtype.PHONE, 0.9, "t");

    @Test
    void redactToTagOrCharacter() {
        assertThat(Operators.redactTag().apply("John Smith", NAME, PATIENT_A)).isEqualTo("[NAME]");
        assertThat(Operators.redactWith('*').apply("John Smith", NAME, PATIENT_A)).isEqualTo("**** *****");
        assertThat(Operators.redactWith('*').apply("Zoë 😀", NAME, PATIENT_A)).isEqualTo("*** *");
    }

    @Test
    void maskKeepsTheShape() {
        assertThat(Operators.mask().apply("555-123-4567", PHONE, PATIENT_A)).isEqualTo("###-###-####");
        assertThat(Operators.mask().apply("Smith, J.", NAME, PATIENT_A)).isEqualTo("Xxxxx, X.");
        assertThat(Operators.mask().apply("MR-0042ab", NAME, PATIENT_A)).isEqualTo("XX-####xx");
    }

    @Test
    void hashIsKeyedScopedAndNormalised() {
        Operator h = Operators.hash(12);
        String a = h.apply("John Smith", NAME, PATIENT_A);
        assertThat(a).hasSize(12).matches("[0-9a-f]{12}");
        assertThat(h.apply("JOHN  SMITH", NAME, PATIENT_A)).isEqualTo(a);
        assertThat(h.apply("John Smith", NAME, new RewriteContext(SECRET, "patient-B"))).isNotEqualTo(a);
        Secret other = Secret.of("another-secret-of-enough-bytes".getBytes(StandardCharsets.UTF_8));
        assertThat(h.apply("John Smith", NAME, new RewriteContext(other, "patient-A"))).isNotEqualTo(a);
        assertThat(Operators.hash(40).apply("John Smith", NAME, PATIENT_A)).startsWith(a).hasSize(40);
        assertThatThrownBy(() -> Operators.hash(4)).hasMessageContaining("8..64");
    }

    @Test
    void removeLeavesNothing() {
        assertThat(Operators.remove().apply("John Smith", NAME, PATIENT_A)).isEmpty();
    }

    @Test
    void secretsAreNeverShownAndMustBeLongEnough() {
        assertThat(SECRET.toString()).isEqualTo("Secret[redacted]");
        assertThat(PATIENT_A.toString()).doesNotContain("patient-A").doesNotContain("test-secret");
        assertThatThrownBy(() -> Secret.of("short".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("a secret needs at least 16 bytes, got 5");
        assertThat(SECRET.hmac("ab", "c")).isNotEqualTo(SECRET.hmac("a", "bc"));
    }
}

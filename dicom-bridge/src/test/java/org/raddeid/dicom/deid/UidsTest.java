package org.raddeid.dicom.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raddeid.core.rewrite.Secret;

class UidsTest {

    @Test
    void remappedUidsAreValidConsistentKeyedUuidUids() {
        Secret key = TestEngine.SECRET;
        String a = Uids.remap(key, "1.2.826.0.1.3680043.2.1125.1.1\0");
        assertThat(a).matches("2\\.25\\.[1-9][0-9]*").hasSizeLessThanOrEqualTo(64)
                .isEqualTo(Uids.remap(key, "1.2.826.0.1.3680043.2.1125.1.1"));
        BigInteger v = new BigInteger(a.substring(5));
        assertThat(v.bitLength()).isLessThanOrEqualTo(128);
        assertThat(v.shiftRight(76).and(BigInteger.valueOf(0xF)).intValue()).as("UUID version 8").isEqualTo(8);
        Secret other = Secret.of("some-other-secret-for-uids-000000".getBytes(StandardCharsets.US_ASCII));
        assertThat(Uids.remap(other, "1.2.826.0.1.3680043.2.1125.1.1")).isNotEqualTo(a);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Uids.remap(key, "1.2.3." + i));
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void standardUidsAndEmptyValuesAreKept() {
        assertThat(Uids.remap(TestEngine.SECRET, "1.2.840.10008.5.1.4.1.1.2")).isEqualTo("1.2.840.10008.5.1.4.1.1.2");
        assertThat(Uids.remap(TestEngine.SECRET, "")).isEmpty();
    }
}

package org.raddeid.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** UIDs map as the DICOM bridge maps them: keyed, stable, 2.25 form, standard UIDs kept. */
class StudyUidsTest {

    @Test
    void aUid_mapsToAStable225Uid_pinnedSoTheBridgesCannotDrift() {
        String uid = "1.2.392.200036.9125.0.198811291108.7";
        String mapped = StudyUids.remap(Samples.SECRET, uid);
        assertThat(mapped).startsWith("2.25.").hasSizeLessThanOrEqualTo(64).isEqualTo(StudyUids.remap(Samples.SECRET,
                " " + uid + " "));
        // HMAC-SHA256(secret, "dicom-uid", uid), 16 bytes, version 8 and variant bits: the DICOM bridge's Uids.remap
        assertThat(mapped).isEqualTo("2.25.218362733840258233175137111987128995182");
    }

    @Test
    void standardUids_andEmptyValues_stay() {
        assertThat(StudyUids.remap(Samples.SECRET, "1.2.840.10008.5.1.4.1.1.88.22"))
                .isEqualTo("1.2.840.10008.5.1.4.1.1.88.22");
        assertThat(StudyUids.remap(Samples.SECRET, "")).isEmpty();
    }

    @Test
    void onlyUidShapedValues_lookLikeUids() {
        assertThat(StudyUids.looksLikeUid("1.2.840.317.5947431.51")).isTrue();
        assertThat(StudyUids.looksLikeUid("1.2.3")).isFalse();
        assertThat(StudyUids.looksLikeUid("01.2.3.4")).isFalse();
        assertThat(StudyUids.looksLikeUid("12.5 mm")).isFalse();
    }
}

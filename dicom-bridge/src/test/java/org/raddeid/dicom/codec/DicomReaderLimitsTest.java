package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raddeid.dicom.synth.HostileDicom;

/** What the reader refuses rather than guess or run out of memory on (issue 17, finding 2 and 8). */
class DicomReaderLimitsTest {

    @Test
    void whenADeflatedDataSetInflatesPastTheBudget_thenReadingFailsWithAFormatErrorNotOutOfMemory() {
        // just over this JVM's per-file share, and under the 1 GiB the reader once allowed whatever the heap
        byte[] bomb = HostileDicom.deflateBomb(InflationBudget.shared().perFile() + (1 << 20));
        assertThat(bomb.length).isLessThan(2 << 20);

        DicomFormatException e = catchThrowableOfType(DicomFormatException.class, () -> DicomReader.read(bomb));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("memory budget");
    }

    @Test
    void whenADeflatedDataSetIsWithinTheBudget_thenItIsReadAndTheBudgetIsGivenBack() throws Exception {
        byte[] small = HostileDicom.deflateBomb(1 << 20);
        for (int i = 0; i < 3; i++) {
            assertThat(DicomReader.read(small).dataSet().get(new Tag(0x7FE0, 0x0010)).length())
                    .isEqualTo((1 << 20) - 12);
        }
    }

    @Test
    void whenFilesInflateAtOnce_thenTheyShareOneBudget() {
        InflationBudget budget = new InflationBudget(3_000);
        try (InflationBudget.Grant a = budget.open(); InflationBudget.Grant b = budget.open()) {
            assertThat(a.grow(600)).isTrue();
            assertThat(b.grow(600)).as("1,800 of 3,000 taken").isFalse();
            assertThat(b.grow(300)).isTrue();
            assertThat(a.grow(1_001)).as("over the per-file third").isFalse();
        }
        try (InflationBudget.Grant c = budget.open()) {
            assertThat(c.grow(1_000)).as("closed grants gave their share back").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.840.113619.5.2", "1.2.840.10008.1.2.4.9999", "1.2.3"})
    void whenTheTransferSyntaxIsNotTheStandards_thenReadingRefusesToGuessItsEncoding(String uid) throws Exception {
        byte[] ct = Files.readAllBytes(SampleFiles.directory().resolve("pydicom__CT_small.dcm"));
        byte[] odd = HostileDicom.withTransferSyntax(ct, uid);

        DicomFormatException e = catchThrowableOfType(DicomFormatException.class, () -> DicomReader.read(odd));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("transfer syntax").doesNotContain(uid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.5", "1.2.840.10008.1.2.4.201"})
    void whenTheTransferSyntaxIsAnEncapsulatedOneOfTheStandard_thenTheDataSetIsReadAsExplicitLittleEndian(String uid)
            throws Exception {
        byte[] ct = Files.readAllBytes(SampleFiles.directory().resolve("pydicom__CT_small.dcm"));
        DicomFile f = DicomReader.read(HostileDicom.withTransferSyntax(ct, uid));
        assertThat(f.transferSyntaxUid()).isEqualTo(uid);
        assertThat(f.dataSet()).isEqualTo(DicomReader.read(ct).dataSet());
    }
}

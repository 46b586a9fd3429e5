package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raddeid.dicom.codec.DicomReader;
import org.raddeid.dicom.codec.Tag;

class DicomBenchFilesTest {

    @Test
    void eachFileIsReadableDicomOfAboutHalfAMegabyteAndTheSameEveryTime() throws Exception {
        byte[] a = DicomBenchFiles.file(7);
        assertThat(a.length).isBetween(520_000, 540_000);
        assertThat(DicomBenchFiles.file(7)).isEqualTo(a);
        assertThat(DicomReader.read(a).dataSet().contains(Tag.PIXEL_DATA)).isTrue();
    }
}

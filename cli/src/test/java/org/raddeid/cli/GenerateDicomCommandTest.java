package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.dicom.codec.DicomReader;

class GenerateDicomCommandTest {

    @Test
    void writesTheSeededImagesAndThenRaddeidDicomDeidentifiesThem(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        CliRun gen = CliRun.of("generate-dicom", "--n", "3", "--seed", "5", "--out", in.toString());
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        try (Stream<Path> s = Files.list(in)) {
            assertThat(s.toList()).hasSize(3).allSatisfy(p -> assertThat(DicomReader.read(p).dataSet().size())
                    .isGreaterThan(20));
        }
        CliRun again = CliRun.of("generate-dicom", "--n", "1", "--seed", "5", "--out", tmp.resolve("again").toString());
        assertThat(again.exitCode()).isZero();
        Path first = in.resolve("synthetic-ct-00000.dcm");
        assertThat(Files.readAllBytes(tmp.resolve("again/synthetic-ct-00000.dcm"))).isEqualTo(Files.readAllBytes(first));
        assertThat(CliRun.of("generate-dicom", "--n", "0", "--out", in.toString()).exitCode()).isNotZero();
    }
}

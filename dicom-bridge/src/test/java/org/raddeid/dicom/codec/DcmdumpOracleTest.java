package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DCMTK's dcmdump as an independent oracle: it prints the same data set for every sample and for what the writer
 * made of it. Needs Debian's {@code dcmtk}, which {@code .ci/run} installs; fails (never skips) without it.
 */
class DcmdumpOracleTest {

    @TempDir
    static Path temp;

    @BeforeAll
    static void dcmdumpIsInstalled() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("dcmdump", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException missing) {
            fail("dcmdump not found on PATH: install Debian's dcmtk (apt-get install dcmtk), as .ci/run does");
        }
    }

    static List<Path> samples() throws IOException {
        return SampleFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whenSampleIsWrittenBack_thenDcmdumpPrintsTheSameDataSet(Path file) throws Exception {
        Path out = temp.resolve(file.getFileName());
        DicomWriter.write(DicomReader.read(file), out);

        String expected = dump(file);
        String actual = dump(out);

        assertThat(actual).isEqualTo(expected);
        assertThat(expected).contains("# Dicom-Data-Set");
    }

    /** dcmdump's output (it prints no file name without +F), with the path replaced in any warning. */
    private static String dump(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("dcmdump", file.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("dcmdump exit status for " + file.getFileName()).isZero();
        return text.replace(file.toString(), "FILE");
    }
}

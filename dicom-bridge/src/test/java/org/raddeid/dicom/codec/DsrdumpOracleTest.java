package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DCMTK's dsrdump as an oracle for Structured Reports: it renders the same document tree for every SR sample (SOP
 * class 1.2.840.10008.5.1.4.1.1.88.*) and for what the writer made of it, and accepts both. Needs Debian's
 * {@code dcmtk}, which {@code .ci/run} installs; fails (never skips) without it.
 */
class DsrdumpOracleTest {

    private static final Tag SOP_CLASS_UID = new Tag(0x0008, 0x0016);
    private static final String SR_SOP_CLASS_PREFIX = "1.2.840.10008.5.1.4.1.1.88.";

    /**
     * Print everything dsrdump can (long values, instance UIDs, all codes) and accept invalid item values: pydicom's
     * reportsi.dcm references an image by the UID "0", which dsrdump otherwise rejects (exit 1) on the input itself.
     */
    private static final List<String> FULL = List.of("-Ev", "+Pl", "+Pu", "+Pc");

    @TempDir
    static Path temp;

    @BeforeAll
    static void dsrdumpIsInstalled() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("dsrdump", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException missing) {
            fail("dsrdump not found on PATH: install Debian's dcmtk (apt-get install dcmtk), as .ci/run does");
        }
    }

    static List<Path> srSamples() throws IOException {
        List<Path> sr = new ArrayList<>();
        for (Path file : SampleFiles.all()) {
            DataElement sopClass = DicomReader.read(file).dataSet().get(SOP_CLASS_UID);
            if (sopClass != null && !sopClass.isSequence()
                    && DicomFile.trimUid(sopClass.bytes()).startsWith(SR_SOP_CLASS_PREFIX)) {
                sr.add(file);
            }
        }
        return sr;
    }

    @Test
    void theSamplesHoldSixStructuredReports() throws IOException {
        assertThat(srSamples()).extracting(p -> p.getFileName().toString()).containsExactly(
                "dcm4che__report_dfl.dcm", "dcmqi__sr-example_sr.dcm", "highdicom__sr_document.dcm",
                "highdicom__sr_document_with_multiple_groups.dcm", "pydicom__reportsi.dcm", "pydicom__test-SR.dcm");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("srSamples")
    void whenSrIsWrittenBack_thenDsrdumpAcceptsBothAndPrintsTheSameDocument(Path file) throws Exception {
        Path out = temp.resolve(file.getFileName());
        DicomWriter.write(DicomReader.read(file), out);

        Result expected = dsrdump(file, FULL);
        Result actual = dsrdump(out, FULL);

        assertThat(expected.exit()).as("dsrdump exit status for the input; output:%n%s", expected.text()).isZero();
        assertThat(actual.exit()).as("dsrdump exit status for our output; output:%n%s", actual.text()).isZero();
        assertThat(actual.text()).isEqualTo(expected.text());
        assertThat(expected.text()).contains("<CONTAINER:");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("srSamples")
    void whenSrIsWrittenBack_thenStrictDsrdumpJudgesBothAlike(Path file) throws Exception {
        Path out = temp.resolve("strict-" + file.getFileName());
        DicomWriter.write(DicomReader.read(file), out);

        Result expected = dsrdump(file, List.of());
        Result actual = dsrdump(out, List.of());

        assertThat(actual).isEqualTo(expected);
    }

    private record Result(int exit, String text) {
    }

    /** dsrdump's exit status and output (stderr merged), with the path replaced in any message. */
    private static Result dsrdump(Path file, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("dsrdump"));
        command.addAll(options);
        command.add(file.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), text.replace(file.toString(), "FILE"));
    }
}

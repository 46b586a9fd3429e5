package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.dicom.codec.DicomFile;
import org.raddeid.dicom.codec.DicomReader;
import org.raddeid.dicom.codec.Tag;
import org.raddeid.dicom.deid.DicomRun;

/** {@code raddeid dicom} end to end on a temporary copy of a few public samples, a non-DICOM file and a truncated one. */
class DicomCommandTest {

    private static final List<String> SAMPLES = List.of("pydicom__CT_small.dcm", "pydicom__test-SR.dcm",
            "dicognito__p01_s01_s01_i01.dcm", "highdicom__sr_document.dcm");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path input() throws IOException {
        Path samples = Path.of(System.getProperty("raddeid.shared.data"), "dicom-samples");
        Path in = Files.createDirectories(tmp.resolve("in/Some Patient"));
        for (String s : SAMPLES) {
            Files.copy(samples.resolve(s), in.resolve(s));
        }
        Files.writeString(in.resolve("notes.txt"), "not a DICOM file at all\n", StandardCharsets.UTF_8);
        byte[] ct = Files.readAllBytes(samples.resolve("pydicom__CT_small.dcm"));
        Files.write(in.resolve("truncated.dcm"), java.util.Arrays.copyOf(ct, 700));
        return tmp.resolve("in");
    }

    private Path secret() throws IOException {
        return Files.writeString(tmp.resolve("secret.key"), "a-dicom-test-secret-of-32-bytes!");
    }

    @Test
    void whenFolderHasSamplesAndBadFiles_thenOutputsAreNamedByUidsAndBadFilesAreQuarantinedWithReasons()
            throws Exception {
        Path in = input();
        Path out = tmp.resolve("out");
        Path report = tmp.resolve("run.json");
        CliRun run = CliRun.of("dicom", "--in", in.toString(), "--out", out.toString(), "--ensemble", "fast",
                "--secret-file", secret().toString(), "--threads", "2", "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.RECORD_ERRORS);
        assertThat(run.err()).contains("dicom: 6 files, 4 written, 2 quarantined").doesNotContain("no secret given");
        List<Path> outputs = dcmFiles(out);
        assertThat(outputs).hasSize(4);
        for (Path o : outputs) {
            Path rel = out.relativize(o);
            assertThat(rel.getNameCount()).isEqualTo(3);
            assertThat(rel.toString()).matches("2\\.25\\.[0-9]+/2\\.25\\.[0-9]+/2\\.25\\.[0-9]+\\.dcm");
        }
        JsonNode json = JSON.readTree(out.resolve(DicomRun.REPORT).toFile());
        assertThat(JSON.readTree(report.toFile())).isEqualTo(json);
        assertThat(json.get("files").asInt()).isEqualTo(6);
        assertThat(json.get("written").asInt()).isEqualTo(4);
        assertThat(json.get("quarantined").asInt()).isEqualTo(2);
        assertThat(json.get("policy").asText()).isEqualTo("surrogate");
        assertThat(json.get("actions").size()).isPositive();
        assertThat(json.get("quarantine")).hasSize(2);
        for (JsonNode q : json.get("quarantine")) {
            assertThat(q.get("reason").asText()).isNotBlank();
            assertThat(q.get("file").asText()).matches("q[0-9]{6}\\.dcm");
        }
        // the run report names neither the input folder nor the input files (they may be PHI)
        String text = Files.readString(out.resolve(DicomRun.REPORT));
        assertThat(text).doesNotContain("Some Patient", "truncated.dcm", "notes.txt");
        Path quarantine = tmp.resolve("out.quarantine");
        JsonNode index = JSON.readTree(quarantine.resolve(DicomRun.QUARANTINE_INDEX).toFile());
        List<String> inputs = new ArrayList<>();
        index.get("files").forEach(f -> inputs.add(f.get("input").asText()));
        assertThat(inputs).containsExactlyInAnyOrder("Some Patient/notes.txt", "Some Patient/truncated.dcm");
        assertThat(quarantine.resolve("q000001.dcm")).exists();
        assertThat(quarantine.resolve("q000002.dcm")).exists();
        for (Path o : outputs) {
            assertDcmdumpParses(o);
        }
    }

    @Test
    void whenADeflatedFileInflatesPastTheBudget_thenItIsQuarantinedAndTheRunGoesOnToItsReport() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("bomb"));
        Files.copy(Path.of(System.getProperty("raddeid.shared.data"), "dicom-samples", "pydicom__CT_small.dcm"),
                in.resolve("a.dcm"));
        Files.write(in.resolve("b.dcm"), org.raddeid.dicom.synth.HostileDicom.deflateBomb(
                org.raddeid.dicom.codec.InflationBudget.shared().perFile() + 4096));
        Path out = tmp.resolve("o");
        CliRun run = CliRun.of("dicom", "--in", in.toString(), "--out", out.toString(), "--ensemble", "fast",
                "--secret-file", secret().toString(), "--no-residual-check");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.RECORD_ERRORS);
        assertThat(run.err()).contains("2 files, 1 written, 1 quarantined").doesNotContain("nothing was written");
        JsonNode json = JSON.readTree(out.resolve(DicomRun.REPORT).toFile());
        assertThat(json.get("quarantine").get(0).get("reason").asText()).contains("memory budget");
    }

    @Test
    void whenAllFilesAreGood_thenExitIsZeroOrReviewAndNoQuarantineFolderIsMade() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("good"));
        Files.copy(Path.of(System.getProperty("raddeid.shared.data"), "dicom-samples", "pydicom__CT_small.dcm"),
                in.resolve("a.dcm"));
        CliRun run = CliRun.of("dicom", "--in", in.toString(), "--out", tmp.resolve("o").toString(), "--ensemble",
                "fast", "--profile-options", "default,retain-uids", "--burned-in", "FLAG", "--no-residual-check");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("no secret given", "1 written, 0 quarantined");
        assertThat(tmp.resolve("o.quarantine")).doesNotExist();
        JsonNode json = JSON.readTree(tmp.resolve("o").resolve(DicomRun.REPORT).toFile());
        assertThat(json.get("profileOptions").toString()).contains("retain-uids");
        assertThat(json.get("burnedIn").asText()).isEqualTo("flag");
        assertThat(json.get("residualCheck").get("enabled").asBoolean()).isFalse();
    }

    @Test
    void whenOutIsInsideIn_thenRefused() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        CliRun run = CliRun.of("dicom", "--in", in.toString(), "--out", in.resolve("sub").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--out must not be --in or a folder inside it");
        assertThat(CliRun.of("dicom", "--in", in.toString(), "--out", in.toString()).err())
                .contains("--out must not be --in");
    }

    @Test
    void whenQuarantineIsInsideOut_thenRefusedBecauseItHoldsPhi() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("dicom", "--in", in.toString(), "--out", out.toString(), "--quarantine",
                out.resolve("q").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--quarantine must not be --out or inside it");
        assertThat(out).doesNotExist();
    }

    @Test
    void whenAnOptionIsBad_thenTheErrorNamesOptionAndValue() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String o = tmp.resolve("out").toString();
        assertThat(CliRun.of("dicom", "--in", in.toString(), "--out", o, "--profile-options", "clean-everything")
                .err()).contains("--profile-options", "clean-everything", "clean-descriptors");
        assertThat(CliRun.of("dicom", "--in", in.toString(), "--out", o, "--profile-options",
                "retain-longitudinal-full-dates,retain-longitudinal-modified-dates").err())
                .contains("--profile-options", "exclude each other");
        CliRun burned = CliRun.of("dicom", "--in", in.toString(), "--out", o, "--burned-in", "ignore");
        assertThat(burned.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(burned.err()).contains("--burned-in", "ignore", "quarantine, flag or strict");
        assertThat(CliRun.of("dicom", "--in", in.toString(), "--out", o, "--policy", "nope").err())
                .contains("--policy", "nope");
        assertThat(CliRun.of("dicom", "--in", in.toString(), "--out", o, "--safe-private",
                tmp.resolve("missing.tsv").toString()).err()).contains("--safe-private", "missing.tsv");
        Path bad = Files.writeString(tmp.resolve("safe.tsv"), "ACME\t0009\n");
        assertThat(CliRun.of("dicom", "--in", in.toString(), "--out", o, "--safe-private", bad.toString()).err())
                .contains("--safe-private", "line 1");
        assertThat(CliRun.of("dicom", "--in", in.toString(), "--out", o, "--threads", "0").err())
                .contains("--threads must be at least 1, was 0");
        assertThat(CliRun.of("dicom", "--in", tmp.resolve("nowhere").toString(), "--out", o).err())
                .contains("--in: no such folder");
    }

    @Test
    void withTheSameSecret_thenUidsRepeatAcrossRunsAndPatientIdIsThePseudonymDeidWrites() throws Exception {
        Path sample = Path.of(System.getProperty("raddeid.shared.data"), "dicom-samples", "pydicom__CT_small.dcm");
        Path in = Files.createDirectories(tmp.resolve("one"));
        Files.copy(sample, in.resolve("a.dcm"));
        Path key = secret();
        for (String out : List.of("run1", "run2")) {
            assertThat(CliRun.of("dicom", "--in", in.toString(), "--out", tmp.resolve(out).toString(), "--ensemble",
                    "fast", "--secret-file", key.toString(), "--no-residual-check").exitCode()).isZero();
        }
        List<Path> first = dcmFiles(tmp.resolve("run1"));
        assertThat(first).hasSize(1);
        assertThat(tmp.resolve("run1").relativize(first.get(0)))
                .isEqualTo(tmp.resolve("run2").relativize(dcmFiles(tmp.resolve("run2")).get(0)));

        String patientId = value(DicomReader.read(sample), 0x0010, 0x0020);
        Path jsonl = Files.writeString(tmp.resolve("r.jsonl"), JSON.writeValueAsString(java.util.Map.of("id", "1",
                "patient_id", patientId, "text", "Seen on 03/14/2021.")) + "\n");
        Path deidOut = tmp.resolve("r.out.jsonl");
        assertThat(CliRun.of("deid", "--input", jsonl.toString(), "--output", deidOut.toString(), "--ensemble",
                "patterns", "--policy", "surrogate", "--patient-column", "patient_id", "--secret-file",
                key.toString()).exitCode()).isZero();
        String pseudonym = JSON.readTree(Files.readString(deidOut).strip()).get("patient_id").asText();
        assertThat(value(DicomReader.read(first.get(0)), 0x0010, 0x0020)).isEqualTo(pseudonym).isNotEqualTo(patientId);
    }

    private static String value(DicomFile f, int group, int element) {
        return new String(f.dataSet().get(new Tag(group, element)).bytes(), StandardCharsets.ISO_8859_1).strip();
    }

    private static List<Path> dcmFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
    }

    private static void assertDcmdumpParses(Path file) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("dcmdump", "-q", file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("dcmdump (Debian dcmtk) is not installed");
            return;
        }
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("dcmdump exit on %s (%d bytes of output)", file.getFileName(), output.length)
                .isZero();
    }
}

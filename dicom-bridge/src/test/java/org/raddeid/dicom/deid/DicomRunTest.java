package org.raddeid.dicom.deid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.dicom.codec.DicomReader;
import org.raddeid.dicom.codec.SampleFiles;

class DicomRunTest {

    @Test
    void aFolderIsDeidentifiedInParallelWithBadFilesQuarantinedAndAReportFreeOfValues(@TempDir Path tmp)
            throws Exception {
        Path in = tmp.resolve("in/Osterman^Phillip");
        Files.createDirectories(in);
        for (String name : List.of("dcm4che__report_dfl.dcm", "pydicom__CT_small.dcm", "pydicom__MR_small.dcm",
                "dicognito__p01_s01_s01_i01.dcm", "pydicom__rtplan.dcm")) {
            Files.copy(SampleFiles.directory().resolve(name), in.resolve(name));
        }
        byte[] ct = Files.readAllBytes(SampleFiles.directory().resolve("pydicom__CT_small.dcm"));
        Files.write(in.resolve("truncated.dcm"), Arrays.copyOf(ct, ct.length / 3));
        Files.writeString(in.resolve("notes.txt"), "Patient Osterman called on Monday.\n");
        Path out = tmp.resolve("out");
        Path quarantine = tmp.resolve("out.quarantine");
        AtomicLong progress = new AtomicLong();
        DicomRun.Totals totals = new DicomRun(TestEngine.surrogate(), 2).run(tmp.resolve("in"), out, quarantine,
                (done, total, bytes) -> progress.accumulateAndGet(done, Math::max));

        assertThat(totals.files()).isEqualTo(7);
        assertThat(progress.get()).isEqualTo(7);
        assertThat(totals.written()).isEqualTo(5);
        assertThat(totals.quarantined()).hasSize(2);
        List<Path> outputs;
        try (Stream<Path> s = Files.walk(out)) {
            outputs = s.filter(p -> p.toString().endsWith(".dcm")).toList();
        }
        assertThat(outputs).hasSize(5).allSatisfy(p -> {
            String rel = out.relativize(p).toString();
            assertThat(rel).as("named by new UIDs").matches("2\\.25\\.\\d+/2\\.25\\.\\d+/2\\.25\\.\\d+\\.dcm");
            assertThat(SampleFilesDeidTest.run("dcmdump", p)).isZero();
            DicomReader.read(p);
        });
        try (Stream<Path> s = Files.walk(tmp)) {
            assertThat(s.map(Path::toString)).as("no temporary file left").noneMatch(p -> p.endsWith(".part"));
        }

        String reportText = Files.readString(out.resolve(DicomRun.REPORT));
        JsonNode report = new ObjectMapper().readTree(reportText);
        assertThat(report.get("files").asLong()).isEqualTo(7);
        assertThat(report.get("written").asLong()).isEqualTo(5);
        assertThat(report.get("quarantine")).hasSize(2);
        assertThat(report.get("quarantine").findValuesAsText("reason"))
                .anyMatch(r -> r.contains("not readable as DICOM")).allMatch(r -> !r.contains("Osterman"));
        assertThat(report.get("actions").get("PatientName").get("Z").asLong()).isEqualTo(5);
        assertThat(report.get("textSpansReplaced").get("NAME").asLong()).isPositive();
        assertThat(report.get("profileOptions")).hasSize(3);
        assertThat(report.get("keptVerbatim").get("Modality").asLong()).as("names and counts of kept values")
                .isEqualTo(5);
        assertThat(report.get("keptVerbatim").get("Manufacturer").asLong()).isPositive();
        assertThat(report.get("checkedAsText").isObject()).isTrue();
        JsonNode scanned = report.get("residualCheck").get("valuesScanned");
        assertThat(scanned.get("recognizersAndKnownIdentifiers").asLong()).isPositive();
        assertThat(scanned.get("syntaxAndKnownIdentifiers").asLong()).isPositive();
        assertThat(scanned.get("binaryNotScanned").asLong()).isPositive();
        assertThat(report.get("residualCheck").get("scope").asText()).contains("every VR");
        assertThat(reportText).as("the run report holds no input path or value").doesNotContain("Osterman",
                "Phillip", "truncated.dcm", "notes.txt", "CompressedSamples");

        JsonNode index = new ObjectMapper().readTree(quarantine.resolve(DicomRun.QUARANTINE_INDEX).toFile());
        assertThat(index.get("files").findValuesAsText("input")).hasSize(2)
                .allMatch(p -> p.endsWith("truncated.dcm") || p.endsWith("notes.txt"));
        for (JsonNode q : index.get("files")) {
            Path copy = quarantine.resolve(q.get("file").asText());
            assertThat(Files.readAllBytes(copy)).as("quarantine keeps the original to review")
                    .isEqualTo(Files.readAllBytes(tmp.resolve("in").resolve(q.get("input").asText())));
        }
        assertThat(Files.readString(quarantine.resolve(DicomRun.QUARANTINE_INDEX), StandardCharsets.UTF_8))
                .contains("hold PHI");
    }

    @Test
    void whenInputsAreHostile_thenEachIsQuarantinedPrivatelyAndTheRunGoesOnWithoutOverwriting(@TempDir Path tmp)
            throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        byte[] ct = Files.readAllBytes(SampleFiles.directory().resolve("pydicom__CT_small.dcm"));
        Files.write(in.resolve("a-good.dcm"), ct);
        Files.write(in.resolve("b-same-sop-uid.dcm"), ct);
        Files.write(in.resolve("c-same-sop-uid.dcm"), ct);
        Files.write(in.resolve("d-bomb.dcm"), org.raddeid.dicom.synth.HostileDicom.deflateBomb(
                org.raddeid.dicom.codec.InflationBudget.shared().perFile() + 4096));
        Files.write(in.resolve("e-private-ts.dcm"),
                org.raddeid.dicom.synth.HostileDicom.withTransferSyntax(ct, "1.2.840.113619.5.2"));
        Files.copy(SampleFiles.directory().resolve("pydicom__MR_small.dcm"), in.resolve("f-other.dcm"));
        Path out = tmp.resolve("out");
        Path quarantine = tmp.resolve("q");

        DicomRun.Totals totals = new DicomRun(TestEngine.surrogate(), 2).run(in, out, quarantine, null);

        List<Path> outputs;
        try (Stream<Path> s = Files.walk(out)) {
            outputs = s.filter(p -> p.toString().endsWith(".dcm")).toList();
        }
        assertThat(totals.written()).as("the report counts the files that exist").isEqualTo(outputs.size())
                .isEqualTo(2);
        assertThat(totals.quarantined()).extracting(DicomRun.Quarantined::reason)
                .anyMatch(r -> r.contains("memory budget"))
                .anyMatch(r -> r.contains("transfer syntax"))
                .filteredOn(r -> r.contains("SOP Instance UID")).hasSize(2);
        var privateFile = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        var privateDir = java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");
        assertThat(Files.getPosixFilePermissions(quarantine)).isEqualTo(privateDir);
        try (Stream<Path> s = Files.list(quarantine)) {
            assertThat(s.toList()).hasSize(5).allSatisfy(p ->
                    assertThat(Files.getPosixFilePermissions(p)).as(p.getFileName().toString()).isEqualTo(privateFile));
        }
    }
}

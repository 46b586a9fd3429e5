package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.core.rewrite.Pseudonyms;
import org.raddeid.core.rewrite.Secret;

/** {@code raddeid hl7} end to end on a temporary folder: outputs, report, quarantine, exit codes. */
class Hl7CommandTest {

    private static final String SECRET = "hl7-cli-test-secret-of-32-bytes!";
    private static final String MESSAGE = "MSH|^~\\&|RIS|General Hospital|PACS|General Hospital|20240310120000||"
            + "ORU^R01|CTRL0001|P|2.5.1\rPID|1||MRN4471234^^^HOSP^MR||Hartmann^Lucinda||19610415|F\r"
            + "OBR|1|ORD1234|ACC56789|71020^CXR^CPT|||20240307093000\r"
            + "OBX|1|TX|IMP^Impression||Lucinda Hartmann was examined on 03/07/2024.||||||F\r";
    private static final String BAD = "MSH|^~\\&|A|B|C|D|2024||ORU^R01|9|P|9.9\rPID|||Quartermaine\r";

    @TempDir
    Path dir;

    /**
     * A copy of the public HL7 samples raddeid may test on: the fhir-converter__* files of the same folder are held out
     * (never opened, never tested on).
     */
    private Path samples() throws IOException {
        Path shared = Path.of(System.getProperty("raddeid.shared.data"), "hl7-samples");
        Path copy = dir.resolve("samples");
        if (Files.isDirectory(copy)) {
            return copy;
        }
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(shared)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".hl7")
                    && !p.getFileName().toString().startsWith("fhir-converter__")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void aFolderOfSamples_isDeidentifiedIntoAFolder_withAReport() throws IOException {
        Path key = Files.writeString(dir.resolve("key"), SECRET);
        Path out = dir.resolve("out");
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of("hl7", "--input", samples().toString(), "--output", out.toString(), "--policy",
                "surrogate", "--ensemble", "fast", "--secret-file", key.toString(), "--report", report.toString(),
                "--recheck");
        // the second opinion disagrees with the first pass on a few hits (a coded "Category 2 Non-critical
        // Actionable Finding", drug brand names in a medication list): all written, to review
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.REVIEW);
        assertThat(run.err()).contains("residual check: 8 leftover(s) in 2 message(s) to review");
        assertThat(run.err()).contains("5 message(s): 5 de-identified, 0 quarantined");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".hl7"))).hasSize(5);
        }
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("messages").asLong()).isEqualTo(5);
        JsonNode residual = json.get("residualCheck");
        assertThat(residual.get("leftovers").asLong()).isEqualTo(8);
        // the report names outputs, never inputs (input names may hold PHI): the SR sample's output, by the name map
        assertThat(residual.get("leftoverHits").get(0).toString()).matches("\\{\"file\":\"m\\d{6}\\.hl7\","
                + "\"message\":1,\"segmentIndex\":14,\"field\":\"OBX-15\",\"type\":\"NAME\",\"start\":0,\"end\":42}");
        assertThat(CliRun.of("hl7", "--input", samples().toString(), "--output", dir.resolve("out2").toString(),
                "--ensemble", "fast").exitCode()).as("without --recheck").isZero();
        assertThat(json.get("policy").asText()).isEqualTo("surrogate");
        assertThat(json.get("ensemble").asText()).isEqualTo("fast");
        assertThat(json.get("embeddedDocumentsRemoved").asLong()).isEqualTo(1);
        assertThat(json.get("fields").get("PID-5").size()).isPositive();
        assertThat(json.get("quarantineFile").isNull()).isTrue();
        JsonNode names = new ObjectMapper().readTree(org.raddeid.hl7.Hl7Batch.nameMapFile(out).toFile()).get("files");
        String sr = java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(names.fields(), 0), false)
                .filter(e -> e.getValue().asText().equals("dcm4che__ORU_R01-SR.hl7")).findFirst().orElseThrow().getKey();
        assertThat(sr).as("outputs are named neutrally").matches("m\\d{6}\\.hl7");
        assertThat(Files.readString(out.resolve(sr))).doesNotContain("Smith", "Patricia", "732-123-4567");
        assertThat(Hl7Batchless.quarantine(out)).doesNotExist();
    }

    @Test
    void aBatchFileWithABadMessage_exitsOne_quarantinesIt_andNamesThePlaceOnly() throws IOException {
        Path in = Files.writeString(dir.resolve("in.hl7"), MESSAGE + BAD + MESSAGE);
        Path out = dir.resolve("out.hl7");
        CliRun run = CliRun.of("hl7", "--input", in.toString(), "--output", out.toString(), "--policy", "surrogate",
                "--ensemble", "fast", "--secret-file", Files.writeString(dir.resolve("k"), SECRET).toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORD_ERRORS);
        assertThat(run.err()).contains("hl7: quarantined out.hl7 message 2: segment 1 (MSH) field 12: version 9.9 is "
                + "not supported").doesNotContain("Quartermaine", "Hartmann");
        assertThat(Files.readString(dir.resolve("out.hl7.quarantine.hl7"))).isEqualTo(BAD);
        String written = Files.readString(out);
        assertThat(written.split("\r")).filteredOn(s -> s.startsWith("PID")).hasSize(2)
                .allMatch(s -> s.contains(Pseudonyms.patientId(Secret.of(SECRET.getBytes(StandardCharsets.UTF_8)),
                        "MRN4471234")));
        assertThat(written).doesNotContain("Hartmann", "Lucinda", "MRN4471234", "ACC56789");
    }

    @Test
    void aBadFieldMap_isAUserErrorWithFileAndLine() throws IOException {
        Path map = Files.writeString(dir.resolve("map.tsv"), "PID 5 * nom PATIENT policy\n");
        CliRun run = CliRun.of("hl7", "--input", samples().toString(), "--output", dir.resolve("o").toString(),
                "--field-map", map.toString(), "--ensemble", "fast");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(map + ":1: unknown layout 'nom'");
    }

    @Test
    void withoutASecret_aNoteSaysConsistencyHoldsForThisRunOnly() throws IOException {
        Path in = Files.writeString(dir.resolve("in.hl7"), MESSAGE);
        CliRun run = CliRun.of("hl7", "--input", in.toString(), "--output", dir.resolve("o.hl7").toString(),
                "--ensemble", "fast", "--patient-key", "PID-3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("hl7: no secret given");
        CliRun bad = CliRun.of("hl7", "--input", in.toString(), "--output", dir.resolve("o.hl7").toString(),
                "--ensemble", "fast", "--patient-key", "PID3");
        assertThat(bad.err()).contains("patient key field must look like PID-3.1");
    }

    @Test
    void hl7Listen_needsExactlyOneTarget_andAHostPortToForwardTo() {
        CliRun none = CliRun.of("hl7-listen", "--port", "0", "--ensemble", "patterns");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("--forward", "--out");
        CliRun bad = CliRun.of("hl7-listen", "--port", "0", "--forward", "nohost", "--ensemble", "patterns");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--forward must be HOST:PORT");
    }

    /** Where the command puts the quarantine of a folder run. */
    static final class Hl7Batchless {
        static Path quarantine(Path out) {
            return org.raddeid.hl7.Hl7Batch.quarantineFile(out);
        }
    }
}

package org.raddeid.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch files and folders: envelopes, line endings, the quarantine beside the output, the run report. */
class Hl7BatchTest {

    @TempDir
    Path dir;

    private static final String BAD = "MSH|^~\\&|A|B|C|D|2024||ORU^R01|9|P|9.9\rPID|||Quartermaine\r";

    @Test
    void aBatchFile_keepsItsLineEndings_dropsTheEnvelope_andQuarantinesTheBadMessage() throws Exception {
        String good = ConsistencyTest.MESSAGE;
        String batch = "\uFEFFFHS|^~\\&|RIS|HOSP\nBHS|^~\\&|RIS|HOSP\n" + (good + BAD + good).replace("\r", "\n")
                + "BTS|3\nFTS|1\n";
        Path in = Files.writeString(dir.resolve("batch.hl7"), batch);
        Path out = dir.resolve("out/batch.hl7");
        RunReport report = new Hl7Batch(Samples.bridge("surrogate"), 2).run(in, out);

        String written = Files.readString(out);
        assertThat(written).doesNotContain("\r", "FHS", "BHS", "BTS", "FTS", "\uFEFF", "Hartmann", "Quartermaine");
        assertThat(written.split("\n")).filteredOn(l -> l.startsWith("MSH")).hasSize(2);
        assertThat(Hl7Deidentifier.parser().parse(written.split("(?=MSH\\|)")[0].replace('\n', '\r'))).isNotNull();
        Path q = Hl7Batch.quarantineFile(out);
        assertThat(q).hasFileName("batch.hl7.quarantine.hl7");
        assertThat(Files.readString(q)).isEqualTo(BAD);

        JsonNode json = report.toJson("fast");
        assertThat(json.get("messages").asLong()).isEqualTo(3);
        assertThat(json.get("deidentified").asLong()).isEqualTo(2);
        assertThat(json.get("quarantined").asLong()).isEqualTo(1);
        assertThat(json.get("envelopeSegmentsDropped").asLong()).isEqualTo(4);
        JsonNode quarantined = json.get("quarantine").get(0);
        assertThat(quarantined.get("file").asText()).isEqualTo("batch.hl7");
        assertThat(quarantined.get("message").asInt()).isEqualTo(2);
        assertThat(quarantined.get("segment").asText()).isEqualTo("MSH");
        assertThat(quarantined.get("field").asInt()).isEqualTo(12);
        assertThat(json.get("fields").get("PID-5").get("surrogate").asLong()).isEqualTo(6); // 3 parts x 2
        assertThat(json.get("textSpansReplaced").get("NAME").asLong()).isPositive();
        assertThat(json.toString()).doesNotContain("Hartmann", "Quartermaine", "MRN4471234");
        assertThat(json.get("quarantineFile").asText()).isEqualTo(q.toString());
    }

    @Test
    void aFolder_givesAFolderOfNeutrallyNamedFiles_aPrivateNameMap_andNoQuarantineWhenAllAreClean() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        for (Path p : Samples.all()) {
            Files.copy(p, in.resolve(p.getFileName()));
        }
        Files.writeString(dir.resolve("in/.hidden"), BAD);
        Path stale = Files.writeString(dir.resolve("out" + Hl7Batch.QUARANTINE_SUFFIX), "old");
        RunReport report = new Hl7Batch(Samples.bridge("safe-harbor"), 4).run(dir.resolve("in"), dir.resolve("out"));
        assertThat(report.deidentified()).isEqualTo(Samples.all().size());
        assertThat(report.quarantined()).isEmpty();
        List<String> inputs = Samples.all().stream().map(p -> "sub/" + p.getFileName()).sorted().toList();
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).as("input names may hold PHI")
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, inputs.size())
                            .mapToObj(Hl7Batch::neutralName).toList());
        }
        Path names = Hl7Batch.nameMapFile(dir.resolve("out"));
        assertThat(names.getParent()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(Files.getPosixFilePermissions(names)).isEqualTo(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        var map = new com.fasterxml.jackson.databind.ObjectMapper().readTree(names.toFile()).get("files");
        assertThat(map.get(Hl7Batch.neutralName(1)).asText()).isEqualTo(inputs.get(0));
        assertThat(map.size()).isEqualTo(inputs.size());
        assertThat(stale).doesNotExist();
        assertThat(report.toJson("fast").get("embeddedDocumentsRemoved").asLong()).isEqualTo(1); // the dcm4che PDF
        try (Stream<Path> all = Files.walk(dir.resolve("out"))) {
            assertThat(all.filter(p -> p.getFileName().toString().endsWith(".partial"))).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotUtf8_isQuarantinedWhole() throws Exception {
        byte[] latin1 = ConsistencyTest.MESSAGE.replace("Hartmann", "Härtmann").getBytes(StandardCharsets.ISO_8859_1);
        Path in = Files.write(dir.resolve("latin1.hl7"), latin1);
        RunReport report = new Hl7Batch(Samples.bridge("safe-harbor"), 1).run(in, dir.resolve("o.hl7"));
        assertThat(report.quarantined()).singleElement().satisfies(q -> assertThat(q.rejection().describe())
                .startsWith("the file is not UTF-8 (byte "));
        assertThat(Files.readAllBytes(Hl7Batch.quarantineFile(dir.resolve("o.hl7")))).isEqualTo(latin1);
    }

    @Test
    void aFolderIntoItself_orAFileOntoItself_isRefused() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Hl7Batch b = new Hl7Batch(Samples.bridge("safe-harbor"), 1);
        assertThatThrownBy(() -> b.run(in, in.resolve("out"))).hasMessageContaining("must not be inside");
        Path f = Files.writeString(dir.resolve("f.hl7"), ConsistencyTest.MESSAGE);
        assertThatThrownBy(() -> b.run(f, f)).hasMessageContaining("must not be the input");
    }
}

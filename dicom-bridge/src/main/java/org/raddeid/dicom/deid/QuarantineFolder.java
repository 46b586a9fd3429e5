package org.raddeid.dicom.deid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.raddeid.core.io.AtomicOutput;
import org.raddeid.core.io.PrivateFiles;

/**
 * The quarantine folder of a DICOM run: originals copied under neutral names, {@code 0600} from their first byte in
 * a {@code 0700} folder, and the index that maps those names to the input paths (which may be PHI). Stateless and
 * thread-safe (each name is written once).
 */
final class QuarantineFolder {

    private QuarantineFolder() {
    }

    /** Copies {@code file} into {@code folder} as {@code name}, atomically; makes the folder {@code 0700}. */
    static void copy(Path file, Path folder, String name) throws IOException {
        PrivateFiles.directory(folder);
        Path tmp = folder.resolve(".raddeid-" + name + ".part");
        try {
            Files.deleteIfExists(tmp);
            PrivateFiles.copy(file, tmp);  // an original is never less protected than the outputs
            AtomicOutput.moveReplacing(tmp, folder.resolve(name));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code folder/index.json}: every quarantined file by neutral name, with its input path and reason. */
    static void writeIndex(Path folder, List<DicomRun.Quarantined> entries) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode list = json.createArrayNode();
        entries.stream().sorted(Comparator.comparing(DicomRun.Quarantined::file)).forEach(q -> list.addObject()
                .put("file", q.file()).put("input", q.input()).put("reason", q.reason()));
        ObjectNode root = json.createObjectNode();
        root.put("note", "Quarantined originals: they hold PHI. Nothing here was de-identified.");
        root.set("files", list);
        AtomicOutput.writeString(folder.resolve(DicomRun.QUARANTINE_INDEX), root.toPrettyString() + "\n");
    }
}

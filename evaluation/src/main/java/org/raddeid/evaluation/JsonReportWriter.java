package org.raddeid.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.raddeid.core.BuildInfo;
import org.raddeid.core.io.AtomicOutput;

/**
 * Writes an {@link EvaluationReport} as indented JSON: the record tree as it is, ratios with a zero denominator as
 * null, offsets in code points. Stateless and thread-safe.
 */
public final class JsonReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writer();

    private JsonReportWriter() {
    }

    /** Returns the report as a JSON document, with the raddeid build that made it ({@code raddeidVersion}). */
    public static String toJson(EvaluationReport report) {
        try {
            ObjectNode tree = MAPPER.valueToTree(report);
            tree.put("raddeidVersion", BuildInfo.current().describe());
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            // Records of strings and numbers always serialise; this would be a programming error.
            throw new UncheckedIOException("could not serialise the evaluation report", e);
        }
    }

    /** Returns the robustness report as a JSON document, with the raddeid build that made it. */
    public static String toJson(RobustnessReport report) {
        try {
            ObjectNode tree = MAPPER.valueToTree(report);
            tree.put("raddeidVersion", BuildInfo.current().describe());
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not serialise the robustness report", e);
        }
    }

    /**
     * Writes the robustness report to {@code path} atomically, replacing any file there.
     *
     * @throws IOException when the file cannot be written; the target is then left as it was
     */
    public static void write(RobustnessReport report, Path path) throws IOException {
        AtomicOutput.writeString(path, toJson(report));
    }

    /**
     * Writes the report to {@code path} atomically (a temporary file, then a move), replacing any file there.
     *
     * @throws IOException when the file cannot be written; the target is then left as it was
     */
    public static void write(EvaluationReport report, Path path) throws IOException {
        AtomicOutput.writeString(path, toJson(report));
    }
}

package org.raddeid.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.raddeid.batch.io.Line;
import org.raddeid.core.Analysis;
import org.raddeid.core.Degradation;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.RecognitionException;
import org.raddeid.core.text.CodePoints;
import org.raddeid.server.api.KnownIdentifiersJson;

/**
 * Turns one input line into one output line or one error. Error messages name the line and the field, never the
 * content. Thread-safe.
 */
final class RecordAnalyzer {

    /**
     * The result for one line: exactly one of {@code json} and {@code error} is non-null.
     *
     * @param line 1-based line number
     * @param json the output line, or null
     * @param spanCount spans in the output line
     * @param error why the line was not processed, or null
     * @param warning a remark on a processed line (such as empty text), or null
     * @param degraded the optional recognizers left out of this record's analysis (empty when none)
     */
    record Outcome(long line, String json, int spanCount, String error, String warning,
            java.util.List<Degradation> degraded) {
        static Outcome error(long line, String error) {
            return new Outcome(line, null, 0, error, null, java.util.List.of());
        }
    }

    private final Deidentifier deid;
    private final ObjectMapper mapper;

    RecordAnalyzer(Deidentifier deid, ObjectMapper mapper) {
        this.deid = deid;
        this.mapper = mapper;
    }

    Outcome analyze(Line line) {
        if (line.error() != null) {
            return Outcome.error(line.number(), line.error());
        }
        JsonNode node;
        try {
            node = mapper.readTree(line.text());
        } catch (JsonProcessingException e) {
            long col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            return Outcome.error(line.number(), "malformed JSON" + (col > 0 ? " at column " + col : ""));
        }
        if (node == null || !node.isObject()) {
            return Outcome.error(line.number(), "expected a JSON object {\"id\",\"text\"}");
        }
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            return Outcome.error(line.number(), "missing field 'id'");
        }
        if (!id.isTextual() && !id.isIntegralNumber()) {
            return Outcome.error(line.number(), "field 'id' must be a string or an integer");
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            return Outcome.error(line.number(), "missing field 'text'");
        }
        if (!textNode.isTextual()) {
            return Outcome.error(line.number(), "field 'text' must be a string");
        }
        String text = textNode.asText();
        KnownIdentifiers known;
        try {
            known = KnownIdentifiersJson.parse(node.get("known"));
        } catch (IllegalArgumentException e) {
            return Outcome.error(line.number(), e.getMessage());
        }
        Analysis analysis;
        try {
            analysis = deid.analyze(text, known);
        } catch (RecognitionException e) {
            return Outcome.error(line.number(), e.getMessage() + "; record not processed");
        } catch (IllegalArgumentException e) {
            return Outcome.error(line.number(), "field 'text': " + e.getMessage());
        }
        ObjectNode out = mapper.createObjectNode();
        out.set("id", id);
        ArrayNode spans = out.putArray("spans");
        CodePoints cp = CodePoints.of(text);
        for (PhiSpan s : analysis.spans()) {
            ObjectNode o = spans.addObject();
            o.put("start", cp.toCodePoint(s.start()));
            o.put("end", cp.toCodePoint(s.end()));
            o.put("type", s.type().name());
            o.put("subtype", s.subtype() == null ? null : s.subtype().name());
            o.put("score", Math.round(s.score() * 1000) / 1000.0);
            o.put("recognizer", s.recognizer());
            o.put("text", s.coveredText(text));
        }
        if (analysis.isDegraded()) {
            // Never silently: a record analysed without an optional recognizer says which one and why.
            ArrayNode degraded = out.putArray("degraded");
            for (Degradation d : analysis.degraded()) {
                degraded.addObject().put("recognizer", d.recognizer()).put("reason", d.reason());
            }
        }
        String warning = text.isEmpty() ? "field 'text' is empty" : null;
        try {
            return new Outcome(line.number(), mapper.writeValueAsString(out), analysis.spans().size(), null, warning,
                    analysis.degraded());
        } catch (JsonProcessingException e) {
            return Outcome.error(line.number(), "could not serialise the result (" + e.getClass().getSimpleName() + ")");
        }
    }
}

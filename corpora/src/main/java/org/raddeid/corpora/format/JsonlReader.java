package org.raddeid.corpora.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.CorpusReader;
import org.raddeid.corpora.LabelledDocument;

/**
 * Reads JSON lines, one document per line:
 * {@code {"id","text","spans":[{"start","end","type","subtype","origin"?,"text"?}]}} with code point offsets.
 *
 * <p>Decisions: blank lines are skipped. A line that is not JSON, or lacks {@code id}, {@code text} or {@code spans}, or
 * has a span with missing or bad {@code start}/{@code end}/{@code type}, or whose optional span {@code text} differs from
 * the document, is reported with its line number and skipped; the other lines are still read. An unknown subtype, or one
 * of another type, keeps the span with its type only and records a problem. Stateless and thread-safe.
 */
public final class JsonlReader implements CorpusReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * Reads one {@code .jsonl} file, or every {@code .jsonl} file directly in a directory in file name order.
     *
     * @return the documents and the problems met; input files are not changed
     */
    @Override
    public Corpus read(Path path) throws IOException {
        CorpusCollector out = new CorpusCollector();
        for (Path file : CorpusFiles.inputs(path, ".jsonl")) {
            readFile(file, out);
        }
        return out.build();
    }

    private void readFile(Path file, CorpusCollector out) throws IOException {
        String source = CorpusFiles.name(file);
        String content;
        try {
            content = StrictUtf8.read(file);
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            out.problem(e.problem());
            return;
        }
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                out.problem(source, lineNo, "malformed JSON at column " + column + "; line skipped");
                continue;
            }
            try {
                out.document(toDocument(node, source, lineNo, out), source, lineNo);
            } catch (BadDocumentException e) {
                out.problem(source, lineNo, e.getMessage() + "; line skipped");
            }
        }
    }

    private static LabelledDocument toDocument(JsonNode node, String source, int lineNo, CorpusCollector out)
            throws BadDocumentException {
        if (!node.isObject()) {
            throw new BadDocumentException("line is not a JSON object");
        }
        String id = requiredText(node, "id");
        if (id.isBlank()) {
            throw new BadDocumentException("field 'id' is blank");
        }
        String text = requiredText(node, "text");
        JsonNode spans = node.get("spans");
        if (spans == null || !spans.isArray()) {
            throw new BadDocumentException("document " + id + ": missing or non-array field 'spans'");
        }
        SpanAnchor anchor = new SpanAnchor(text);
        List<Annotation> annotations = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            annotations.add(toAnnotation(id, spans.get(k), k, anchor, source, lineNo, out));
        }
        return new LabelledDocument(id, text, annotations);
    }

    private static Annotation toAnnotation(String id, JsonNode span, int k, SpanAnchor anchor, String source,
            int lineNo, CorpusCollector out) throws BadDocumentException {
        String where = "document " + id + ", span " + k;
        if (!span.isObject()) {
            throw new BadDocumentException(where + ": not an object");
        }
        int start = requiredInt(span, "start", where);
        int end = requiredInt(span, "end", where);
        JsonNode typeNode = span.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new BadDocumentException(where + ": missing field 'type'");
        }
        PhiType type;
        try {
            type = PhiType.parse(typeNode.asText());
        } catch (IllegalArgumentException e) {
            throw new BadDocumentException(where + ": unknown PHI type " + PhiLabel.quoteSafely(typeNode.asText()));
        }
        PhiSubtype subtype = null;
        JsonNode subtypeNode = span.get("subtype");
        if (subtypeNode != null && subtypeNode.isTextual() && !subtypeNode.asText().isBlank()) {
            try {
                subtype = PhiSubtype.parse(subtypeNode.asText());
            } catch (IllegalArgumentException e) {
                subtype = null;
            }
            if (subtype == null || subtype.type() != type) {
                out.problem(source, lineNo, where + ": subtype " + PhiLabel.quoteSafely(subtypeNode.asText())
                        + " is unknown for type " + type + "; kept with its type only");
                subtype = null;
            }
        }
        JsonNode originNode = span.get("origin");
        String origin = originNode != null && originNode.isTextual() ? originNode.asText() : null;
        JsonNode textNode = span.get("text");
        String expected = textNode != null && textNode.isTextual() ? textNode.asText() : null;
        try {
            return anchor.anchor(start, end, new PhiLabel(type, subtype), origin, expected);
        } catch (SpanAnchor.BadSpanException e) {
            throw new BadDocumentException(where + ": " + e.getMessage());
        }
    }

    private static String requiredText(JsonNode node, String field) throws BadDocumentException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new BadDocumentException("missing or non-string field '" + field + "'");
        }
        return v.asText();
    }

    private static int requiredInt(JsonNode node, String field, String where) throws BadDocumentException {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new BadDocumentException(where + ": missing or non-integer field '" + field + "'");
        }
        return v.intValue();
    }
}

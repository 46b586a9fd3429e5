package org.raddeid.batch.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.raddeid.batch.io.Line;
import org.raddeid.batch.io.LineReader;

/**
 * A JSON lines file of objects, one per line; blank lines are skipped. The output has one object per record with the
 * input's fields in order, the text field rewritten and the {@code raddeid_*} fields added when they have a value. A
 * line that is not a JSON object, or lacks a string text field, is a row error written as its id (when it has one)
 * and {@value RowOutput#ERROR} only, and so is a line with bytes that are not UTF-8. Not thread-safe.
 */
public final class JsonlTable implements TableFile<ObjectNode> {

    /** The text field used when none is named. */
    public static final String DEFAULT_TEXT_FIELD = "text";

    private final LineReader reader;
    private final Writer out;
    private final ObjectMapper mapper;
    private final TableOptions options;
    private final String textField;
    private final String idField;
    private long row;

    private JsonlTable(LineReader reader, Writer out, TableOptions options) {
        this.reader = reader;
        this.out = out;
        this.options = options;
        this.textField = options.text() != null ? options.text() : DEFAULT_TEXT_FIELD;
        this.idField = options.id() != null ? options.id() : TableOptions.DEFAULT_ID;
        int maxString = (int) Math.min(Integer.MAX_VALUE, options.maxRecordChars());
        this.mapper = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build()).build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Opens {@code input} for reading; records are written to {@code out}. */
    public static JsonlTable open(Path input, Writer out, TableOptions options) throws IOException {
        int maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 64L, options.maxRecordChars() * 4);
        return new JsonlTable(new LineReader(Files.newInputStream(input), maxLineBytes), out, options);
    }

    /**
     * Checks that {@code line}, the file's first line, holds the text field {@code options} names (or {@value
     * #DEFAULT_TEXT_FIELD}) when it is a JSON object; a line that is not is left to the run, which reports it as a row.
     *
     * @throws MissingColumnException naming the field and the first record's fields
     */
    public static void checkFirstRecord(String line, TableOptions options) {
        String field = options.text() != null ? options.text() : DEFAULT_TEXT_FIELD;
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(line);
        } catch (JsonProcessingException e) {
            return;
        }
        if (node instanceof ObjectNode obj && !obj.has(field)) {
            java.util.List<String> names = new java.util.ArrayList<>();
            obj.fieldNames().forEachRemaining(names::add);
            throw MissingColumnException.firstRecord("--column", field, names);
        }
    }

    @Override
    public String textColumn() {
        return textField;
    }

    @Override
    public long bytesRead() {
        return reader.bytesRead();
    }

    @Override
    public InputRecord<ObjectNode> next() throws IOException {
        Line line;
        do {
            line = reader.next();
            if (line == null) {
                return null;
            }
        } while (line.text() != null && line.text().isBlank());
        row++;
        String place = "row " + row + " (line " + line.number() + ")";
        if (line.notUtf8()) {
            return InputRecord.failed(row, line.number(), null, null, place + ": not valid UTF-8 at byte offset "
                    + line.badByteOffset() + " of the file; row not processed");
        }
        if (line.error() != null) {
            return InputRecord.failed(row, line.number(), null, null, place + ": " + line.error());
        }
        JsonNode node;
        try {
            node = mapper.readTree(line.text());
        } catch (MismatchedInputException e) {
            return InputRecord.failed(row, line.number(), null, null, place + ": more than one JSON value on the line "
                    + "(JSON lines hold one object per line)");
        } catch (JsonProcessingException e) {
            long col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            return InputRecord.failed(row, line.number(), null, null,
                    place + ": malformed JSON" + (col > 0 ? " at column " + col : ""));
        }
        if (!(node instanceof ObjectNode obj)) {
            return InputRecord.failed(row, line.number(), null, null, place + ": not a JSON object");
        }
        if (hasUnpairedSurrogate(obj, textField)) {
            return InputRecord.failed(row, line.number(), null, null, place + ": a field holds an unpaired surrogate "
                    + "escape (such as \\ud800), which is not a character; row not processed");
        }
        String id = scalar(obj.get(idField));
        JsonNode text = obj.get(textField);
        if (text == null || !text.isTextual()) {
            return InputRecord.failed(row, line.number(), obj, id, place + ": field '" + textField + "' is "
                    + (text == null ? "missing" : "not a string") + "; row not processed");
        }
        String patient = options.patient() == null ? null : scalar(obj.get(options.patient()));
        InputRecord<ObjectNode> read = new InputRecord<>(row, line.number(), obj, text.asText(), id, patient, null);
        String refused = TextCheck.refusal(read.text(), options.maxTextChars());
        if (refused == null) {
            return read;
        }
        obj.put(textField, "");
        return InputRecord.textRefused(new InputRecord<>(row, line.number(), obj, null, id, patient, null),
                place + ", column '" + textField + "': " + refused);
    }

    /** Whether a field name or string value other than the text field holds an unpaired surrogate. */
    private static boolean hasUnpairedSurrogate(JsonNode node, String skipField) {
        if (node.isTextual()) {
            return TextCheck.unpairedSurrogate(node.textValue()) >= 0;
        }
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            if (TextCheck.unpairedSurrogate(e.getKey()) >= 0 || !e.getKey().equals(skipField)
                    && hasUnpairedSurrogate(e.getValue(), null)) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                if (hasUnpairedSurrogate(n, null)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String scalar(JsonNode n) {
        return n != null && n.isValueNode() && !n.isNull() ? n.asText() : null;
    }

    @Override
    public void write(InputRecord<ObjectNode> in, RowOutput result) throws IOException {
        ObjectNode o;
        if (result.keepFields() && in.fields() != null) {
            o = in.fields().deepCopy();
            o.put(textField, result.text());
            if (options.patient() != null && result.patient() != null) {
                o.put(options.patient(), result.patient());
            }
        } else {
            o = mapper.createObjectNode();
            JsonNode id = in.fields() == null ? null : in.fields().get(idField);
            if (id != null && id.isValueNode()) {
                o.set(idField, id);
            }
        }
        for (Map.Entry<String, Object> e : result.extras(options).entrySet()) {
            if (e.getValue() instanceof JsonNode n) {
                o.set(e.getKey(), n);
            } else if (e.getValue() != null) {
                o.put(e.getKey(), e.getValue().toString());
            }
        }
        out.write(mapper.writeValueAsString(o));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

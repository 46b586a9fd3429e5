package org.raddeid.corpora.format;

import org.raddeid.core.io.AtomicOutput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.CorpusWriter;
import org.raddeid.corpora.LabelledDocument;

/**
 * Writes JSON lines, one document per line in the layout {@link JsonlReader} reads:
 * {@code {"id","text","spans":[{"start","end","type","subtype","origin"?}]}}, code point offsets, {@code subtype} null
 * when absent, {@code origin} only when known. The file is written under a temporary name and moved onto
 * {@code target}, replacing an existing file. Stateless and thread-safe.
 */
public final class JsonlWriter implements CorpusWriter {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * Writes the documents to the file {@code target}; the documents are not changed.
     *
     * @throws UnwritableDocumentException when two documents share an id
     */
    @Override
    public void write(List<LabelledDocument> documents, Path target) throws IOException {
        StringBuilder out = new StringBuilder();
        Set<String> ids = new HashSet<>();
        for (LabelledDocument d : documents) {
            if (!ids.add(d.id())) {
                throw new UnwritableDocumentException(d.id(), "duplicate document id");
            }
            out.append(line(d)).append('\n');
        }
        AtomicOutput.writeString(target, out.toString());
    }

    /** Returns one document as a JSON line without the line break. */
    static String line(LabelledDocument d) throws JsonProcessingException {
        SpanAnchor offsets = new SpanAnchor(d.text());
        ObjectNode doc = JSON.createObjectNode();
        doc.put("id", d.id());
        doc.put("text", d.text());
        ArrayNode spans = doc.putArray("spans");
        for (Annotation a : d.annotations()) {
            ObjectNode s = spans.addObject();
            s.put("start", offsets.toCodePoint(a.start()));
            s.put("end", offsets.toCodePoint(a.end()));
            s.put("type", a.type().name());
            s.put("subtype", a.subtype() == null ? null : a.subtype().name());
            if (a.origin() != null) {
                s.put("origin", a.origin());
            }
        }
        return JSON.writeValueAsString(doc);
    }
}

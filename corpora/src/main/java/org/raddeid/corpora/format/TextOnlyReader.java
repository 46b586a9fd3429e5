package org.raddeid.corpora.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.raddeid.corpora.Corpus;
import org.raddeid.corpora.CorpusReader;
import org.raddeid.corpora.LabelledDocument;

/**
 * Reads text without labels, for measuring what a detector flags on text known to hold no PHI. Every document comes
 * back with no annotations.
 * <ul>
 *   <li>A {@code .jsonl} file: one JSON object per line with a string {@code text}; {@code id} is optional (the file
 *       name and line number stand in) and other fields are ignored.</li>
 *   <li>Any other file: the whole file is one document, named by the file.</li>
 *   <li>A directory: every {@code .jsonl} and {@code .txt} file directly in it, in file name order.</li>
 * </ul>
 * A line that is not a JSON object with a string {@code text}, and a file that is not UTF-8, are reported (by file and
 * line, never by content) and skipped. Stateless and thread-safe.
 */
public final class TextOnlyReader implements CorpusReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Override
    public Corpus read(Path path) throws IOException {
        CorpusCollector out = new CorpusCollector();
        List<Path> files = new ArrayList<>(CorpusFiles.inputs(path, ".jsonl"));
        if (Files.isDirectory(path)) {
            files.addAll(CorpusFiles.inputs(path, ".txt"));
            files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        }
        for (Path file : files) {
            String source = CorpusFiles.name(file);
            String content;
            try {
                content = StrictUtf8.read(file);
            } catch (StrictUtf8.InvalidUtf8Exception e) {
                out.problem(e.problem());
                continue;
            }
            if (CorpusFiles.hasExtension(file, ".jsonl")) {
                readLines(source, content, out);
            } else {
                out.document(new LabelledDocument(source, content, List.of()), source, 0);
            }
        }
        return out.build();
    }

    private static void readLines(String source, String content, CorpusCollector out) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            JsonNode node;
            try {
                node = JSON.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                out.problem(source, lineNo, "malformed JSON at column " + column + "; line skipped");
                continue;
            }
            JsonNode text = node.isObject() ? node.get("text") : null;
            if (text == null || !text.isTextual()) {
                out.problem(source, lineNo, "not a JSON object with a string field 'text'; line skipped");
                continue;
            }
            JsonNode id = node.get("id");
            String docId = id != null && id.isValueNode() && !id.asText().isBlank() ? id.asText()
                    : source + ":" + lineNo;
            out.document(new LabelledDocument(docId, text.asText(), List.of()), source, lineNo);
        }
    }
}

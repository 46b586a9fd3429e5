package org.raddeid.corpora.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.CorpusWriter;
import org.raddeid.corpora.LabelledDocument;

/**
 * Writes BRAT standoff, {@code <id>.txt} (the exact text) and {@code <id>.ann} per document, in the layout
 * {@link BratReader} reads: one {@code T} line per annotation labelled with its subtype (or type) name, code point
 * offsets, the covered text with line breaks and tabs turned into spaces, and an {@code A} line {@code Origin Tn X} when
 * the annotation has an origin. The target directory must not exist or be empty; files are written in a temporary
 * sibling directory that is then renamed. Stateless and thread-safe.
 */
public final class BratWriter implements CorpusWriter {

    /**
     * Writes the documents into the directory {@code target}; the documents are not changed.
     *
     * @throws UnwritableDocumentException when an id is not a safe file name or an origin holds whitespace
     */
    @Override
    public void write(List<LabelledDocument> documents, Path target) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (LabelledDocument d : documents) {
            String base = CorpusFiles.requireFileName(d.id());
            if (files.put(base + ".txt", d.text()) != null) {
                throw new UnwritableDocumentException(d.id(), "duplicate document id");
            }
            files.put(base + ".ann", render(d));
        }
        AtomicDirectory.writeDirectory(target, files);
    }

    static String render(LabelledDocument d) throws UnwritableDocumentException {
        SpanAnchor offsets = new SpanAnchor(d.text());
        StringBuilder ann = new StringBuilder();
        int t = 0;
        int attr = 0;
        for (Annotation a : d.annotations()) {
            t++;
            ann.append('T').append(t).append('\t').append(PhiLabel.of(a).text()).append(' ')
                    .append(offsets.toCodePoint(a.start())).append(' ').append(offsets.toCodePoint(a.end()))
                    .append('\t').append(d.covered(a).replaceAll("[\r\n\t]", " ")).append('\n');
            if (a.origin() != null) {
                if (!a.origin().matches("\\S+")) {
                    throw new UnwritableDocumentException(d.id(), "origin of annotation at " + a.start()
                            + " holds whitespace, which a BRAT attribute value cannot");
                }
                ann.append('A').append(++attr).append("\tOrigin T").append(t).append(' ').append(a.origin())
                        .append('\n');
            }
        }
        return ann.toString();
    }
}

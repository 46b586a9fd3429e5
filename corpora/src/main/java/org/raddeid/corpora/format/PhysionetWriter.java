package org.raddeid.corpora.format;

import org.raddeid.core.io.AtomicOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.CorpusWriter;
import org.raddeid.corpora.LabelledDocument;

/**
 * Writes the PhysioNet deid format read by {@link PhysionetReader}: {@code target} (a {@code .text} file) and
 * {@code <base>-phi.phrase} beside it.
 *
 * <p>A document id must be {@code <patient>-<note>} (split at the last hyphen, neither part empty nor holding
 * whitespace or {@code |}); numeric parts give files the original deid tools accept. Each record is the header line, the
 * exact text, then {@code ||||END_OF_RECORD} and a line break. Phrase lines hold the covered text with line breaks and
 * tabs as spaces. Origins are not kept: the format has no place for them.
 *
 * <p>Each file is written under a temporary name and moved into place, the phrase file first, so a complete-looking
 * {@code .text} file always has its phrases; the pair is not replaced as one unit. Stateless and thread-safe.
 */
public final class PhysionetWriter implements CorpusWriter {

    private static final Pattern ID = Pattern.compile("([^|\\s]+)-([^|\\s-]+)");

    /**
     * Writes the documents; they are not changed.
     *
     * @throws UnwritableDocumentException when an id is not {@code <patient>-<note>}, ids repeat, or a text holds the
     *     record marker
     */
    @Override
    public void write(List<LabelledDocument> documents, Path target) throws IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder phrases = new StringBuilder();
        Set<String> ids = new HashSet<>();
        for (LabelledDocument d : documents) {
            Matcher id = ID.matcher(d.id());
            if (!id.matches()) {
                throw new UnwritableDocumentException(d.id(), "id is not <patient>-<note>");
            }
            if (!ids.add(d.id())) {
                throw new UnwritableDocumentException(d.id(), "duplicate document id");
            }
            if (d.text().contains(PhysionetReader.END_MARKER) || PhysionetReader.HEADER.matcher(d.text()).find()) {
                throw new UnwritableDocumentException(d.id(), "text holds a record marker");
            }
            String patient = id.group(1);
            String note = id.group(2);
            text.append("START_OF_RECORD=").append(patient).append("||||").append(note).append("||||\n")
                    .append(d.text()).append(PhysionetReader.END_MARKER).append('\n');
            SpanAnchor offsets = new SpanAnchor(d.text());
            for (Annotation a : d.annotations()) {
                phrases.append(patient).append(' ').append(note).append(' ')
                        .append(offsets.toCodePoint(a.start())).append(' ').append(offsets.toCodePoint(a.end()))
                        .append(' ').append(PhysionetCategories.name(PhiLabel.of(a))).append(' ')
                        .append(d.covered(a).replaceAll("[\r\n\t]", " ")).append('\n');
            }
        }
        String base = CorpusFiles.hasExtension(target, ".text")
                ? CorpusFiles.baseName(target, ".text") : CorpusFiles.name(target);
        AtomicOutput.writeString(target.resolveSibling(base + "-phi.phrase"), phrases.toString());
        AtomicOutput.writeString(target, text.toString());
    }
}

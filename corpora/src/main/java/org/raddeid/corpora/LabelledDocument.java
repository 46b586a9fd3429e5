package org.raddeid.corpora;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A document with its gold PHI labels. Immutable; annotations are sorted by start, longer first.
 *
 * @param id a document id, unique within its corpus, never blank
 * @param text the document text
 * @param annotations the labels, each inside the text (char offsets)
 */
public record LabelledDocument(String id, String text, List<Annotation> annotations) {

    private static final Comparator<Annotation> ORDER =
            Comparator.comparingInt(Annotation::start).thenComparing(Comparator.comparingInt(Annotation::end).reversed());

    public LabelledDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("document id must not be blank");
        }
        Objects.requireNonNull(text, "text of document " + id);
        List<Annotation> sorted = new ArrayList<>(Objects.requireNonNull(annotations, "annotations"));
        sorted.sort(ORDER);
        for (Annotation a : sorted) {
            if (a.end() > text.length()) {
                throw new IllegalArgumentException("document " + id + ": annotation end " + a.end()
                        + " is beyond text length " + text.length());
            }
        }
        annotations = List.copyOf(sorted);
    }

    /** Returns the text an annotation covers. */
    public String covered(Annotation a) {
        return text.substring(a.start(), a.end());
    }
}

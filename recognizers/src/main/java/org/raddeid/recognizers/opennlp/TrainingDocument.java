package org.raddeid.recognizers.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.raddeid.core.PhiSpan;

/**
 * A labelled document to train the name finder on, in plain core types. Immutable; the spans are sorted in
 * {@link PhiSpan#ORDER}.
 *
 * @param id a document id, never blank; it seeds the surrogate names drawn for this document
 * @param text the document text
 * @param spans the gold spans, each inside the text (char offsets); spans of types the model does not learn are allowed
 *     and ignored
 */
public record TrainingDocument(String id, String text, List<PhiSpan> spans) {

    public TrainingDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("training document id must not be blank");
        }
        Objects.requireNonNull(text, "text");
        List<PhiSpan> sorted = new ArrayList<>(Objects.requireNonNull(spans, "spans"));
        sorted.sort(PhiSpan.ORDER);
        for (PhiSpan s : sorted) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("training document " + id + ": span end " + s.end()
                        + " is beyond text length " + text.length());
            }
        }
        spans = List.copyOf(sorted);
    }
}

package org.raddeid.corpora.generator;

import java.util.Set;
import org.raddeid.corpora.LabelledDocument;

/**
 * One generated report with what the generator knows about how it was made. Immutable.
 *
 * @param document the labelled document
 * @param modality the imaging modality of the report
 * @param dateStyles the surface forms the labelled dates were written in
 * @param style how the document is written
 */
public record SyntheticReport(LabelledDocument document, Modality modality, Set<DateStyle> dateStyles,
        WritingStyle style) {

    public SyntheticReport {
        dateStyles = Set.copyOf(dateStyles);
    }
}

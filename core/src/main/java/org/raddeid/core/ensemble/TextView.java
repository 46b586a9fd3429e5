package org.raddeid.core.ensemble;

import org.raddeid.core.text.AnalyzedText;

/**
 * What recognizers read instead of a text: a same-length view of it, such as the text with its case restored
 * ({@link AnalyzedText#recased}), so that offsets found in the view hold in the text. An {@link Ensemble} builds the
 * view once per text and hands it to every recognizer and to its own rules. Implementations are thread-safe and never
 * change their input.
 */
@FunctionalInterface
public interface TextView {

    /** Returns the view of {@code text}: {@code text} itself, or a {@link AnalyzedText#recased} view of it. */
    AnalyzedText of(AnalyzedText text);

    /** The text as it is. */
    TextView IDENTITY = text -> text;
}

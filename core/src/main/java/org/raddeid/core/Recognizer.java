package org.raddeid.core;

import java.util.List;
import java.util.Set;
import org.raddeid.core.text.AnalyzedText;

/**
 * Finds PHI in a text. Implementations are stateless and thread-safe after construction, load heavy models once,
 * never change their input, and never log or put report text into exceptions.
 */
public interface Recognizer {

    /** Returns a short, stable name, used in spans, logs and ensemble definitions. */
    String name();

    /** Returns the types this recognizer can report. */
    Set<PhiType> types();

    /**
     * Returns the spans found, in any order, possibly overlapping. Never null.
     *
     * @throws RuntimeException on failure; the ensemble turns it into a {@link RecognitionException} and the whole
     *     result fails (fail closed), unless it is a {@link RecognizerUnavailableException} from an
     *     {@link #optional()} recognizer
     */
    List<PhiSpan> recognize(AnalyzedText text);

    /**
     * Returns true when an ensemble may go on without this recognizer if it throws
     * {@link RecognizerUnavailableException}; the analysis then records a {@link Degradation}. False by default:
     * every failure fails the whole result (fail closed).
     */
    default boolean optional() {
        return false;
    }
}

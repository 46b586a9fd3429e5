package org.raddeid.core;

import java.util.Objects;

/**
 * An optional recognizer that did not contribute to an {@link Analysis}: the result was computed without it. Outputs
 * show it so that a degraded result is never mistaken for a complete one. Immutable.
 *
 * @param recognizer the recognizer's name
 * @param reason why it was left out (a status, a timeout, an open circuit), never report text
 */
public record Degradation(String recognizer, String reason) {

    public Degradation {
        Objects.requireNonNull(recognizer, "recognizer");
        Objects.requireNonNull(reason, "reason");
    }
}

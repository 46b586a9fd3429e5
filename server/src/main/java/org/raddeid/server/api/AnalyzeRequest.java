package org.raddeid.server.api;

import java.util.List;
import org.raddeid.core.KnownIdentifiers;

/**
 * The body of {@code POST /api/v1/analyze}. Immutable.
 *
 * @param text the report, required, not blank
 * @param ensemble a loaded ensemble's name, or null for the default
 * @param known identifiers the caller already knows for this report
 */
public record AnalyzeRequest(String text, String ensemble, KnownIdentifiers known) {

    /** The fields a body may have. */
    public static final List<String> FIELDS = List.of("text", "ensemble", "known");

    /** Reads and validates the request from {@code json}; {@code maxTextChars} limits the text (413 beyond). */
    public static AnalyzeRequest from(RequestJson json, int maxTextChars) {
        return new AnalyzeRequest(json.requiredText("text", maxTextChars), json.optionalString("ensemble", 100),
                json.known());
    }

    /** Never shows the text or the known identifiers. */
    @Override
    public String toString() {
        return "AnalyzeRequest[" + text.length() + " chars, ensemble=" + ensemble + "]";
    }
}

package org.raddeid.server.api;

import java.util.List;
import org.raddeid.core.KnownIdentifiers;

/**
 * The body of {@code POST /api/v1/deidentify}. Immutable.
 *
 * @param text the report, required, not blank
 * @param ensemble a loaded ensemble's name, or null for the default
 * @param policy a preset's name (never a file: clients cannot name server paths), or null for the default
 * @param patientKey the key that keeps surrogates consistent across a patient's reports, or null (then each request
 *     is its own scope)
 * @param known identifiers the caller already knows for this report
 */
public record DeidentifyRequest(String text, String ensemble, String policy, String patientKey,
        KnownIdentifiers known) {

    /** The fields a body may have. */
    public static final List<String> FIELDS = List.of("text", "ensemble", "policy", "patientKey", "known");

    /** Reads and validates the request from {@code json}; {@code maxTextChars} limits the text (413 beyond). */
    public static DeidentifyRequest from(RequestJson json, int maxTextChars) {
        return new DeidentifyRequest(json.requiredText("text", maxTextChars), json.optionalString("ensemble", 100),
                json.optionalString("policy", 100), json.optionalString("patientKey", 256), json.known());
    }

    /** Never shows the text, the patient key or the known identifiers. */
    @Override
    public String toString() {
        return "DeidentifyRequest[" + text.length() + " chars, ensemble=" + ensemble + ", policy=" + policy + "]";
    }
}

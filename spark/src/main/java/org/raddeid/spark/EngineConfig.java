package org.raddeid.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What an executor needs to build its engine, and nothing else: names, the policy file's text, where to find the
 * secret and a keyed fingerprint of it (an HMAC of a constant, never the key). Broadcast to executors; equal configs
 * share one engine per JVM ({@link Engines}). Immutable and thread-safe.
 *
 * @param ensemble the ensemble's name ({@code patterns}, {@code fast}, {@code default})
 * @param policy the preset's name, or the policy file's name when {@code policyText} is set
 * @param policyText the policy file's content read on the driver, or null for a preset
 * @param secretFile where executors read the secret, or null to read {@code RADDEID_SECRET} from their environment
 * @param secretFingerprint the driver's secret fingerprint, so an executor with another secret fails instead of
 *     writing surrogates that disagree with the other executors'
 * @param maxChars the longest text accepted per cell, in chars
 * @param textColumns the columns to de-identify, at least one
 * @param keepPatient whether the patient column keeps its raw key instead of the pseudonym
 */
public record EngineConfig(String ensemble, String policy, String policyText, String secretFile,
        String secretFingerprint, int maxChars, List<String> textColumns, boolean keepPatient) implements Serializable {

    private static final long serialVersionUID = 1L;

    public EngineConfig {
        Objects.requireNonNull(ensemble, "ensemble");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(secretFingerprint, "secretFingerprint");
        textColumns = List.copyOf(textColumns);
        if (textColumns.isEmpty()) {
            throw new IllegalArgumentException("at least one text column is needed");
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("--max-chars must be > 0, was " + maxChars);
        }
    }

    /** Never shows the policy text or the fingerprint. */
    @Override
    public String toString() {
        return "EngineConfig[ensemble=" + ensemble + ", policy=" + policy + ", columns=" + textColumns + "]";
    }
}

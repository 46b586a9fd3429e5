package org.raddeid.server.api;

import java.util.List;

/**
 * The answer of {@code GET /api/v1/info}. Immutable.
 *
 * @param version the server's version
 * @param defaultEnsemble the ensemble used when a request names none
 * @param ensembles the loaded ensembles and their recognizers
 * @param knownEnsembles every ensemble raddeid has, which {@code serve --ensemble} can load
 * @param defaultPolicy the preset used when a request names none
 * @param policies the presets a request may name
 * @param limits the size limits and the request timeout
 * @param secret whether the secret is random for this run
 * @param apiKeyRequired whether requests need an {@code X-API-Key} header
 */
public record InfoResponse(String version, String defaultEnsemble, List<EnsembleInfo> ensembles,
        List<String> knownEnsembles, String defaultPolicy,
        List<String> policies, Limits limits, SecretInfo secret, boolean apiKeyRequired) {

    /**
     * One loaded ensemble.
     *
     * @param name its name
     * @param recognizers its recognizers in run order
     */
    public record EnsembleInfo(String name, List<String> recognizers) {
    }

    /**
     * The limits a request must keep to.
     *
     * @param maxBodyBytes largest body
     * @param maxTextChars longest text, in code points
     * @param requestTimeoutMs longest processing time
     */
    public record Limits(long maxBodyBytes, int maxTextChars, long requestTimeoutMs) {
    }

    /**
     * About the secret, never the secret itself.
     *
     * @param ephemeral true when it is random for this run
     * @param note what that means for surrogates
     */
    public record SecretInfo(boolean ephemeral, String note) {
    }
}

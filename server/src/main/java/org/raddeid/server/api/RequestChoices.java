package org.raddeid.server.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.recognizers.Policies;
import org.raddeid.server.ServerSetup;

/**
 * The ensemble and preset policy a request names, checked against what the server has: one place for the text,
 * HL7 and DICOM routes. Presets are built once; policy files cannot be named over HTTP. Immutable and thread-safe.
 */
final class RequestChoices {

    private final ServerSetup setup;
    private final Map<String, Policy> presets = new LinkedHashMap<>();

    RequestChoices(ServerSetup setup) {
        this.setup = setup;
        for (String name : Policies.names()) {
            presets.put(name, Policies.named(name));
        }
    }

    /**
     * Returns the loaded ensemble {@code requested} names, or the default one when it is null.
     *
     * @throws ApiException 400 naming the field when no such ensemble is loaded
     */
    String ensemble(String requested) {
        if (requested == null) {
            return setup.engines().defaultName();
        }
        if (setup.engines().get(requested) == null) {
            throw ApiException.badField("ensemble", "unknown or not loaded ensemble; loaded: "
                    + String.join(", ", setup.engines().names()));
        }
        return requested;
    }

    /**
     * Returns the preset {@code requested} names (stripped), or {@code fallback} when it is null.
     *
     * @throws ApiException 400 naming the field when there is no such preset
     */
    Policy preset(String requested, String fallback) {
        String name = requested == null ? fallback : requested.strip();
        Policy p = presets.get(name);
        if (p == null) {
            throw ApiException.badField("policy", "unknown policy; known presets: " + String.join(", ",
                    presets.keySet()) + " (policy files cannot be named over HTTP)");
        }
        return p;
    }
}

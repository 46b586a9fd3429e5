package org.raddeid.server;

import java.util.Objects;
import org.raddeid.server.config.ServerConfig;

/**
 * What a {@link RaddeidServer} starts from. Immutable.
 *
 * @param config the settings
 * @param engines the loaded ensembles
 * @param secret the secret for keyed operators
 * @param version the version string reported by {@code GET /api/v1/info}
 */
public record ServerSetup(ServerConfig config, Engines engines, ServerSecret secret, String version) {

    public ServerSetup {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(engines, "engines");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(version, "version");
    }
}

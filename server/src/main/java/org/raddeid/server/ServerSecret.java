package org.raddeid.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.core.rewrite.SecretSource;

/**
 * The secret keyed operators use, and whether it was made up for this server run (then surrogates, hashes and date
 * shifts are consistent only until the server stops). Immutable; never shows the secret.
 *
 * @param secret the secret
 * @param ephemeral true when it is random for this run
 */
public record ServerSecret(Secret secret, boolean ephemeral) {

    /**
     * Loads the secret from {@code file}, else the {@code RADDEID_SECRET} variable of {@code env}, else makes a random
     * one.
     *
     * @throws IllegalArgumentException naming the file or variable when it is unreadable or too short
     */
    public static ServerSecret load(Path file, Map<String, String> env) {
        Optional<Secret> s = SecretSource.load(file, env);
        return s.map(x -> new ServerSecret(x, false)).orElseGet(() -> new ServerSecret(Secret.random(), true));
    }
}

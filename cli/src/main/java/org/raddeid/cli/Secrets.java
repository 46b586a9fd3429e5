package org.raddeid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.core.rewrite.SecretSource;

/** The secret of the commands that rewrite PHI, loaded the same way by each. */
final class Secrets {

    private Secrets() {
    }

    /**
     * Returns the secret from {@code secretFile} or {@link SecretSource#ENV}; without either, a random one and a note
     * on {@code err} that {@code consistent} (what the secret keys) then holds {@code until} (this run, the listener's
     * life) only.
     *
     * @throws UserError when the file or variable holds no usable secret
     */
    static Secret loadOrRandom(Path secretFile, PrintWriter err, String command, String consistent, String until) {
        try {
            return SecretSource.load(secretFile, System.getenv()).orElseGet(() -> {
                err.println(command + ": no secret given (--secret-file or " + SecretSource.ENV + "): " + consistent
                        + " are consistent " + until + " only");
                return Secret.random();
            });
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}

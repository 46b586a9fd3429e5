package org.raddeid.core.rewrite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the secret comes from: a file, or an environment variable; never the command line, so it stays out of shell
 * histories and process lists. Messages name the file or variable, never the secret.
 */
public final class SecretSource {

    /** The environment variable read when no file is given. */
    public static final String ENV = "RADDEID_SECRET";

    private SecretSource() {
    }

    /**
     * Returns the secret from {@code file} (its bytes, a trailing newline removed) when given, else from the
     * environment variable {@link #ENV} in {@code env}, else empty.
     *
     * @throws IllegalArgumentException naming the file or variable when it is unreadable or too short
     */
    public static Optional<Secret> load(Path file, Map<String, String> env) {
        byte[] bytes;
        String where;
        if (file != null) {
            where = "secret file " + file;
            try {
                bytes = Files.readAllBytes(file);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalArgumentException(where.replace("secret file ", "secret file not found: "));
            } catch (java.nio.file.AccessDeniedException e) {
                throw new IllegalArgumentException("cannot read " + where + ": permission denied");
            } catch (IOException e) {
                throw new IllegalArgumentException(Files.isDirectory(file) ? where + " is a folder, not a file"
                        : "cannot read " + where + " (" + e.getClass().getSimpleName() + ")");
            }
            int n = bytes.length;
            while (n > 0 && (bytes[n - 1] == '\n' || bytes[n - 1] == '\r')) {
                n--;
            }
            bytes = java.util.Arrays.copyOf(bytes, n);
        } else {
            String v = env.get(ENV);
            if (v == null || v.isEmpty()) {
                return Optional.empty();
            }
            where = "environment variable " + ENV;
            bytes = v.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length < Secret.MIN_BYTES) {
            throw new IllegalArgumentException(where + " holds " + bytes.length + " bytes; a secret needs at least "
                    + Secret.MIN_BYTES);
        }
        return Optional.of(Secret.of(bytes));
    }
}

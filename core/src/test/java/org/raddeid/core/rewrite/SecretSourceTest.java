package org.raddeid.core.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretSourceTest {

    @TempDir
    Path dir;

    @Test
    void fileWinsOverEnvironmentAndItsNewlineIsDropped() throws IOException {
        Path f = dir.resolve("secret");
        Files.writeString(f, "file-secret-0123456789\n");
        Secret fromFile = SecretSource.load(f, Map.of(SecretSource.ENV, "env-secret-0123456789")).orElseThrow();
        assertThat(fromFile).isEqualTo(Secret.of("file-secret-0123456789".getBytes(StandardCharsets.UTF_8)));
        Secret fromEnv = SecretSource.load(null, Map.of(SecretSource.ENV, "env-secret-0123456789")).orElseThrow();
        assertThat(fromEnv).isEqualTo(Secret.of("env-secret-0123456789".getBytes(StandardCharsets.UTF_8)));
        assertThat(SecretSource.load(null, Map.of())).isEmpty();
    }

    @Test
    void problemsNameTheSourceNeverTheSecret() throws IOException {
        Path f = dir.resolve("short");
        Files.writeString(f, "tiny-secret");
        assertThatThrownBy(() -> SecretSource.load(f, Map.of())).hasMessageContaining("secret file")
                .hasMessageContaining("11 bytes").hasMessageNotContaining("tiny-secret");
        assertThatThrownBy(() -> SecretSource.load(dir.resolve("missing"), Map.of()))
                .hasMessage("secret file not found: " + dir.resolve("missing"));
        assertThatThrownBy(() -> SecretSource.load(dir, Map.of())).hasMessage("secret file " + dir
                + " is a folder, not a file");
        assertThatThrownBy(() -> SecretSource.load(null, Map.of(SecretSource.ENV, "short")))
                .hasMessageContaining("environment variable RADDEID_SECRET holds 5 bytes")
                .hasMessageNotContaining("short");
    }
}

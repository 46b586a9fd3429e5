package org.raddeid.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.recognizers.Policies;

/**
 * The server config and policy YAML readers on arbitrary files. The contract: a file gives a config or policy, or
 * is refused with {@link ConfigFileException} or {@link IllegalArgumentException} (a {@code PolicyFileException})
 * naming the file and line; nothing else is thrown and nothing hangs (aliases and sizes are bounded). These files are
 * the operator's, so their messages may quote keys. Stored inputs run in {@code verify}; {@code -Pfuzz} fuzzes.
 */
class SettingsFilesFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void serverConfig(byte[] input) throws IOException {
        Path file = Files.createTempFile("raddeid-fuzz", ".yaml");
        try {
            Files.write(file, input);
            ServerConfig c = ConfigFiles.load(file, ServerConfig.defaults());
            assertThat(c.limits().maxBodyBytes()).isPositive();
        } catch (ConfigFileException e) {
            assertThat(e.getMessage()).isNotBlank();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void policy(byte[] input) throws IOException {
        Path file = Files.createTempFile("raddeid-fuzz", ".yaml");
        try {
            Files.write(file, input);
            Policy p = Policies.resolve(file.toString());
            assertThat(p.name()).isNotBlank();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

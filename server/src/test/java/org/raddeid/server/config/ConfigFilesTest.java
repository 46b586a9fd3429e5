package org.raddeid.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigFilesTest {

    @TempDir
    Path dir;

    @Test
    void jobSettingsAreRead_andTheRestKeepTheirDefaults() throws Exception {
        Path f = dir.resolve("server.yaml");
        Files.writeString(f, """
                jobs:
                  work-dir: jobs
                  concurrent: 2
                  queue: 0
                  threads: 4
                  max-upload-bytes: 1048576
                  ttl: 2h
                  keep-after-download: 0s
                """);
        ServerConfig.Jobs j = ConfigFiles.load(f, ServerConfig.defaults()).jobs();
        assertThat(j.workDir()).isEqualTo(dir.toAbsolutePath().resolve("jobs"));
        assertThat(List.of(j.concurrent(), j.queue(), j.threads())).containsExactly(2, 0, 4);
        assertThat(j.maxUploadBytes()).isEqualTo(1 << 20);
        assertThat(j.ttl()).isEqualTo(Duration.ofHours(2));
        assertThat(j.keepAfterDownload()).isZero();
        assertThat(j.shutdownGrace()).isEqualTo(ServerConfig.Jobs.defaults().shutdownGrace());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jobs: {concurrent: 0}|line 1: jobs.concurrent must be a whole number from 1 to 64",
        "jobs: {ttl: soon}|line 1: jobs.ttl must be a duration such as 500ms, 30s, 2m or 24h",
        "jobs: {spool: /tmp}|unknown setting 'spool'",
        "jobs: {max-upload-bytes: 10}|jobs.max-upload-bytes must be a whole number from 1024"})
    void whenAJobSettingIsWrong_thenTheLineAndSettingAreNamed(String yaml, String message) throws Exception {
        Path f = dir.resolve("server.yaml");
        Files.writeString(f, yaml + "\n");
        assertThatThrownBy(() -> ConfigFiles.load(f, ServerConfig.defaults()))
                .isInstanceOf(ConfigFileException.class).hasMessageContaining(message);
    }

    @Test
    void everySettingIsRead() throws Exception {
        Path f = dir.resolve("server.yaml");
        Files.writeString(f, """
                host: 0.0.0.0
                port: 9090
                ensembles: [fast, patterns]
                policy: surrogate
                api-keys: ["k-0123456789abcdef"]
                cors-origins: [https://intranet.example.org]
                tls: {keystore: server.p12, password-env: RADDEID_TLS_PASSWORD}
                limits: {max-body-bytes: 65536, max-text-chars: 20000}
                request-timeout: 500ms
                secret-file: secret.key
                """);
        ServerConfig c = ConfigFiles.load(f, ServerConfig.defaults());
        assertThat(c.host()).isEqualTo("0.0.0.0");
        assertThat(c.port()).isEqualTo(9090);
        assertThat(c.ensembles()).containsExactly("fast", "patterns");
        assertThat(c.defaultPolicy()).isEqualTo("surrogate");
        assertThat(c.apiKeys()).containsExactly("k-0123456789abcdef");
        assertThat(c.corsOrigins()).containsExactly("https://intranet.example.org");
        assertThat(c.tls().keystore()).isEqualTo(dir.toAbsolutePath().resolve("server.p12"));
        assertThat(c.tls().passwordEnv()).isEqualTo("RADDEID_TLS_PASSWORD");
        assertThat(c.limits()).isEqualTo(new ServerConfig.Limits(65536, 20000));
        assertThat(c.requestTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.secretFile()).isEqualTo(dir.toAbsolutePath().resolve("secret.key"));
        assertThat(c.toString()).doesNotContain("k-0123456789abcdef").contains("1 key(s)");
    }

    @Test
    void anEmptyFileKeepsTheDefaults() {
        assertThat(ConfigFiles.parse("", "empty.yaml", dir, ServerConfig.defaults()))
                .isEqualTo(ServerConfig.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "port: 99999                          | s.yaml line 1: port must be a whole number from 0 to 65535",
        "host: a\\nprot: 80                   | s.yaml line 2: unknown setting 'prot'",
        "ensembles: [fast, huge]              | s.yaml line 1: ensembles: unknown ensemble 'huge'; known: ",
        "ensembles: []                        | s.yaml line 1: ensembles must name at least one ensemble",
        "policy: strict                       | s.yaml line 1: policy: unknown preset 'strict'",
        "api-keys: [short]                    | s.yaml line 1: api-keys: key 1 is shorter than 16 characters",
        "api-keys: k-0123456789abcdef         | s.yaml line 1: api-keys must be a list",
        "cors-origins: ['*']                  | s.yaml line 1: cors-origins: '*' is not an origin",
        "tls: {keystore: a.p12}               | s.yaml line 1: tls needs both keystore and password-env",
        "limits: {max-body-bytes: 10}         | s.yaml line 1: limits.max-body-bytes must be a whole number from 1024",
        "limits:\\n  max-text: 5              | s.yaml line 2: unknown setting 'max-text'",
        "request-timeout: soon                | s.yaml line 1: request-timeout must be a duration such as 500ms",
        "host: a\\nhost: b                    | s.yaml line 2: 'host' appears twice",
        "port: [1                             | s.yaml line 1: not valid YAML",
        "- just a list                        | s.yaml line 1: the config file must be a mapping",
    })
    void everyMistakeIsNamedWithFileAndLine(String yaml, String message) {
        assertThatThrownBy(() -> ConfigFiles.parse(yaml.replace("\\n", "\n"), "s.yaml", dir,
                ServerConfig.defaults())).isInstanceOf(ConfigFileException.class).hasMessageStartingWith(message);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> ConfigFiles.load(dir.resolve("nope.yaml"), ServerConfig.defaults()))
                .isInstanceOf(ConfigFileException.class).hasMessageContaining("nope.yaml: cannot read");
    }

    @Test
    void flagsAndWithersKeepTheRest() {
        ServerConfig c = ServerConfig.defaults().withApiKeys(List.of("k-0123456789abcdef"));
        assertThat(c.withAddress("::1", 0).apiKeys()).containsExactly("k-0123456789abcdef");
    }

    @Test
    void whenAJobDurationBreaksARuleOfTheJobsThemselves_thenTheErrorNamesTheFileAndLine(@TempDir Path dir)
            throws java.io.IOException {
        Path f = Files.writeString(dir.resolve("c.yaml"), "port: 8080\njobs: {ttl: 24h, sweep-every: 0m}\n");
        assertThatThrownBy(() -> ConfigFiles.load(f, ServerConfig.defaults()))
                .isInstanceOf(ConfigFileException.class).hasMessageContaining("c.yaml line 2")
                .hasMessageContaining("sweep-every");
    }
}

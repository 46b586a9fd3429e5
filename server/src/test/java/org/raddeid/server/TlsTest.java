package org.raddeid.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.server.config.ServerConfig;

/** HTTPS from a key store whose password comes from an environment variable (set by Surefire for this test). */
class TlsTest {

    static final String PASSWORD_ENV = "RADDEID_TEST_TLS_PASSWORD";

    @TempDir
    Path dir;

    @Test
    void servesHttpsFromTheConfiguredKeyStore() throws Exception {
        String password = System.getenv(PASSWORD_ENV);
        assertThat(password).as("Surefire sets %s", PASSWORD_ENV).isNotBlank();
        Path ks = dir.resolve("server.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "raddeid", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", ks.toString(), "-storepass", password,
                "-keypass", password, "-ext", "san=ip:127.0.0.1").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();

        ServerConfig c = ServerConfig.defaults();
        c = new ServerConfig(c.host(), 0, c.ensembles(), c.defaultPolicy(), List.of(), List.of(),
                new ServerConfig.Tls(ks, PASSWORD_ENV), c.limits(), c.requestTimeout(), null, c.jobs());
        try (TestServer s = TestServer.start(c)) {
            assertThat(s.url()).startsWith("https://127.0.0.1:");
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(ks)) {
                trust.load(in, password.toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpResponse<String> r = HttpClient.newBuilder().sslContext(ssl).build().send(
                    HttpRequest.newBuilder(URI.create(s.url() + "/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void whenThePasswordVariableIsUnset_thenStartFailsNamingIt() {
        ServerConfig c = ServerConfig.defaults();
        ServerConfig bad = new ServerConfig(c.host(), 0, c.ensembles(), c.defaultPolicy(), List.of(), List.of(),
                new ServerConfig.Tls(dir.resolve("none.p12"), "RADDEID_TEST_NO_SUCH_VARIABLE"), c.limits(),
                c.requestTimeout(), null, c.jobs());
        assertThatThrownBy(() -> TestServer.start(bad)).isInstanceOf(IllegalStateException.class)
                .hasStackTraceContaining("RADDEID_TEST_NO_SUCH_VARIABLE");
    }
}

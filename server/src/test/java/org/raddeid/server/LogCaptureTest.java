package org.raddeid.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raddeid.server.config.ServerConfig;
import org.slf4j.LoggerFactory;

/** Runs PHI-rich requests, good and bad, and checks that no log line (at any level) holds any of the PHI. */
class LogCaptureTest {

    static final List<String> PHI = List.of("Zebulon", "Quartermaine", "88812345", "617-555-0142", "03/14/2021",
            "Okafor", "p-secret-patient");

    @Test
    void noRequestTextReachesTheLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Level before = root.getLevel();
        root.setLevel(Level.DEBUG);
        // Jetty and Javalin at INFO, one step more than the command line's default (WARN): their DEBUG lines
        // show raw request lines by design and are never for production.
        List<Logger> libraries = List.of((Logger) LoggerFactory.getLogger("org.eclipse.jetty"),
                (Logger) LoggerFactory.getLogger("io.javalin"));
        libraries.forEach(l -> l.setLevel(Level.INFO));
        root.addAppender(captured);
        String report = "PATIENT: QUARTERMAINE, ZEBULON  MRN: 88812345\nDiscussed with Dr. Okafor on 03/14/2021 "
                + "at 617-555-0142. Zebulon Quartermaine tolerated the procedure.";
        try (TestServer s = TestServer.start(ServerConfig.defaults(), TestRecognizers.BROKEN)) {
            s.postJson("/api/v1/analyze", Map.of("text", report));
            s.postJson("/api/v1/deidentify", Map.of("text", report, "policy", "surrogate",
                    "patientKey", "p-secret-patient"));
            s.postJson("/api/v1/analyze", Map.of("text", report, "ensemble", "broken"));
            s.postJson("/api/v1/analyze", Map.of("text", report, "ensemble", "Zebulon"));
            s.post("/api/v1/deidentify", "{\"text\": \"" + report.replace("\n", " ") + "\", Okafor}");
            s.get("/api/v1/Zebulon?text=Okafor");
            s.get("/metrics");
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
            libraries.forEach(l -> l.setLevel(Level.WARN));
        }
        assertThat(captured.list).isNotEmpty();
        for (ILoggingEvent e : captured.list) {
            String line = e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            for (String phi : PHI) {
                assertThat(line).as("log line of %s", e.getLoggerName()).doesNotContain(phi);
            }
        }
        assertThat(captured.list).anyMatch(e -> e.getLoggerName().equals("org.raddeid.server.access")
                && e.getFormattedMessage().startsWith("POST /api/v1/analyze 200"));
    }
}

package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --ensemble full} against an OpenAI-style chat server on loopback started by the test. */
class AnalyzeFullEnsembleTest {

    private static final String REPORT = "CT HEAD 03/14/2021. Discussed with Dr. Okafor.";
    private static final String REPLY = "{\"entities\":[{\"text\":\"Okafor\",\"label\":\"DOCTOR\",\"context\":\"\"}]}";

    @TempDir
    Path dir;

    private HttpServer server;
    private volatile int status = 200;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        LlmOptions.environment = Map::of;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", ex -> {
            try (ex) {
                ex.getRequestBody().readAllBytes();
                requests.incrementAndGet();
                String content = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(REPLY);
                byte[] body = (status != 200 ? "{}" : "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,"
                        + "\"model\":\"m\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":"
                        + "{\"role\":\"assistant\",\"content\":" + content + "}}]}").getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(status, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        LlmOptions.environment = System::getenv;
    }

    private CliRun analyze(String... extra) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"r1\",\"text\":\"" + REPORT + "\"}\n");
        List<String> args = new java.util.ArrayList<>(List.of("analyze", "--input", in.toString(), "--output",
                dir.resolve("out.jsonl").toString(), "--ensemble", "full", "--recognizers", "pattern,llm"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private JsonNode output() throws IOException {
        return DeidFiles.readJsonl(dir.resolve("out.jsonl")).get(0);
    }

    @Test
    void whenNoEndpointIsConfigured_thenFullIsAUserErrorNamingTheSetting() throws IOException {
        CliRun run = analyze();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("ensemble 'full' needs an LLM endpoint").contains("--llm-base-url");
        assertThat(requests.get()).isZero();
    }

    @Test
    void whenTheEndpointAnswers_thenItsSpansAreInTheOutput() throws IOException {
        CliRun run = analyze("--llm-base-url", endpoint(), "--llm-model", "m");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode record = output();
        assertThat(record.get("spans").findValuesAsText("recognizer")).contains("llm");
        assertThat(record.get("spans").findValuesAsText("text")).contains("Okafor", "03/14/2021");
        assertThat(record.has("degraded")).isFalse();
    }

    @Test
    void whenTheEndpointFailsInDegradeMode_thenTheRecordIsMarkedDegraded() throws IOException {
        status = 503;
        CliRun run = analyze("--llm-base-url", endpoint(), "--llm-model", "m", "--llm-on-failure", "degrade");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode record = output();
        assertThat(record.get("spans").findValuesAsText("text")).containsExactly("03/14/2021");
        assertThat(record.at("/degraded/0/recognizer").asText()).isEqualTo("llm");
        assertThat(record.at("/degraded/0/reason").asText()).isEqualTo("HTTP 503 after 3 attempt(s)");
        assertThat(run.err()).contains("1 record(s) DEGRADED").contains("1 degraded");
    }

    @Test
    void whenTheEndpointFailsByDefault_thenTheRecordFailsClosed() throws IOException {
        status = 503;
        CliRun run = analyze("--llm-base-url", endpoint(), "--llm-model", "m");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RECORD_ERRORS);
        assertThat(run.err()).contains("recognizer 'llm' failed").contains("HTTP 503").doesNotContain("Okafor");
    }

    @Test
    void deidInDegradeMode_countsDegradedRowsInTheSummary() throws IOException {
        status = 503;
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"r1\",\"text\":\"" + REPORT + "\"}\n");
        Path summary = dir.resolve("summary.json");
        CliRun run = CliRun.of("deid", "--input", in.toString(), "--output", dir.resolve("deid.jsonl").toString(),
                "--ensemble", "full", "--recognizers", "pattern,llm", "--summary", summary.toString(),
                "--llm-base-url", endpoint(), "--llm-model", "m", "--llm-on-failure", "degrade");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("1 row(s) DEGRADED");
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary.toFile());
        assertThat(json.at("/degraded/rows").asLong()).isEqualTo(1);
        assertThat(json.at("/degraded/rowsByRecognizer/llm").asLong()).isEqualTo(1);
    }
}

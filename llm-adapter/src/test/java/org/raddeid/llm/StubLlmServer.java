package org.raddeid.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A chat server on loopback that speaks OpenAI {@code POST /v1/chat/completions} and Ollama {@code POST /api/chat}
 * with scripted replies, one per request, in order; when the script runs out the last step repeats. Records every
 * request body. Test code only: nothing leaves the machine.
 */
final class StubLlmServer implements AutoCloseable {

    /** One scripted answer: a status, the assistant's content (for 200), a delay and an optional Retry-After. */
    record Step(int status, String content, Duration delay, String retryAfter) {
        static Step reply(String content) {
            return new Step(200, content, Duration.ZERO, null);
        }

        static Step status(int status) {
            return new Step(status, null, Duration.ZERO, null);
        }

        static Step slow(String content, Duration delay) {
            return new Step(200, content, delay, null);
        }

        Step retryAfter(String seconds) {
            return new Step(status, content, delay, seconds);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        // The JDK server writes headers and body separately; without this, Nagle's algorithm and delayed ACKs add
        // about 40 ms to every answer, which would be the stub's cost, not raddeid's.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Step> script = new ConcurrentLinkedDeque<>();
    private volatile Step last = Step.reply("{\"entities\":[]}");
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> paths = new CopyOnWriteArrayList<>();

    StubLlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", ex -> answer(ex, false));
        server.createContext("/api/chat", ex -> answer(ex, true));
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stub-llm");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** Queues steps to answer the next requests with. */
    StubLlmServer then(Step... steps) {
        script.addAll(List.of(steps));
        return this;
    }

    /** The OpenAI-style base URL. */
    URI openAiBase() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** The Ollama base URL. */
    URI ollamaBase() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    int requestCount() {
        return requests.size();
    }

    private void answer(HttpExchange ex, boolean ollama) throws IOException {
        try (ex) {
            requests.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            paths.add(ex.getRequestURI().getPath());
            Step step = script.pollFirst();
            if (step == null) {
                step = last;
            } else {
                last = step;
            }
            if (!step.delay().isZero()) {
                try {
                    Thread.sleep(step.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body;
            if (step.status() == 200) {
                body = MAPPER.writeValueAsBytes(ollama ? ollamaBody(step.content()) : openAiBody(step.content()));
            } else {
                body = "{\"error\":{\"message\":\"scripted failure\"}}".getBytes(StandardCharsets.UTF_8);
            }
            if (step.retryAfter() != null) {
                ex.getResponseHeaders().add("Retry-After", step.retryAfter());
            }
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(step.status(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    private static ObjectNode openAiBody(String content) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "stub");
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        o.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
        return o;
    }

    private static ObjectNode ollamaBody(String content) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("model", "stub").put("created_at", "2026-01-01T00:00:00Z").put("done", true).put("done_reason", "stop");
        o.putObject("message").put("role", "assistant").put("content", content);
        o.put("prompt_eval_count", 1).put("eval_count", 1);
        return o;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package org.raddeid.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP client LangChain4j uses here, over the JDK's: it sends only to URLs under the configured base URL (report
 * text leaves the process for that endpoint and no other), applies the per-call timeout, and turns a non-2xx answer
 * into {@link EndpointStatusException} with the status and Retry-After but not the body. Never logs. Thread-safe.
 */
final class GuardedHttpClient implements HttpClient {

    private final java.net.http.HttpClient jdk;
    private final String base;
    private final Duration timeout;

    GuardedHttpClient(URI baseUrl, Duration timeout) {
        String b = baseUrl.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.timeout = timeout;
        this.jdk = java.net.http.HttpClient.newBuilder()
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10))
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .version(java.net.http.HttpClient.Version.HTTP_1_1) // local model servers speak HTTP/1.1; no h2c upgrade dance
                .build();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        String url = request.url();
        if (!(url.equals(base) || url.startsWith(base + "/"))) {
            // Not the configured endpoint: refuse rather than send report text elsewhere.
            throw new IllegalStateException("refusing to send to a URL outside the configured LLM base URL");
        }
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        request.headers().forEach((name, values) -> {
            if (!isRestricted(name)) {
                values.forEach(v -> b.header(name, v));
            }
        });
        switch (request.method()) {
            case GET -> b.GET();
            case DELETE -> b.DELETE();
            default -> b.POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                    request.body() == null ? "" : request.body()));
        }
        HttpResponse<String> response;
        // The request timeout covers the wait for headers only; the deadline also covers a body that trickles in.
        CompletableFuture<HttpResponse<String>> call = jdk.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
        try {
            response = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new UncheckedIOException(new HttpTimeoutException("no complete answer within the timeout"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? new UncheckedIOException(io)
                    : new IllegalStateException("HTTP call failed (" + cause.getClass().getSimpleName() + ")", cause);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw new EndpointStatusException(status, retryAfter(response.headers().firstValue("Retry-After")));
        }
        return SuccessfulHttpResponse.builder().statusCode(status).headers(response.headers().map())
                .body(response.body()).build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("raddeid does not stream LLM replies");
    }

    private static boolean isRestricted(String header) {
        String h = header.toLowerCase(java.util.Locale.ROOT);
        return h.equals("content-length") || h.equals("host") || h.equals("connection") || h.equals("expect")
                || h.equals("upgrade");
    }

    /** Parses a Retry-After of seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return null;
        }
        String v = header.get().strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Builds the one client; LangChain4j's timeouts are ignored in favour of the configured one. */
    static final class Builder implements HttpClientBuilder {
        private final URI baseUrl;
        private final Duration timeout;
        private Duration connect;
        private Duration read;

        Builder(URI baseUrl, Duration timeout) {
            this.baseUrl = baseUrl;
            this.timeout = timeout;
        }

        @Override
        public Duration connectTimeout() {
            return connect;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration d) {
            connect = d;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return read;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration d) {
            read = d;
            return this;
        }

        @Override
        public HttpClient build() {
            return new GuardedHttpClient(baseUrl, timeout);
        }
    }
}

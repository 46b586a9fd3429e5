package org.raddeid.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.raddeid.server.api.SpanJson;

/**
 * The server's meters, exposed as Prometheus text at {@code /metrics}. Tags hold route templates, methods, statuses,
 * ensemble names and PHI types only, never request values. Thread-safe.
 */
public final class ServerMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /** Records one finished request: its route template (not the raw path), method, status and duration. */
    public void request(String route, String method, int status, Duration took) {
        Timer.builder("raddeid.http.requests").description("HTTP requests by route, method and status")
                .tags("route", route, "method", method, "status", Integer.toString(status))
                .publishPercentileHistogram(false).register(registry).record(took);
        if (status >= 400) {
            Counter.builder("raddeid.http.errors").description("Error responses by route and status")
                    .tags("route", route, "status", Integer.toString(status)).register(registry).increment();
        }
    }

    /** Records one report processed by {@code endpoint} with {@code ensemble} and the PHI spans found in it. */
    public void report(String endpoint, String ensemble, List<SpanJson> spans) {
        Counter.builder("raddeid.reports.processed").description("Reports analysed or de-identified")
                .tags("endpoint", endpoint, "ensemble", ensemble).register(registry).increment();
        for (SpanJson s : spans) {
            Counter.builder("raddeid.phi.spans").description("PHI spans found, by type").tags("type", s.type())
                    .register(registry).increment();
        }
    }

    /** Returns every meter in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }
}

package org.raddeid.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.raddeid.server.api.SpanJson;
import org.raddeid.server.job.JobState;
import org.raddeid.server.job.Jobs;

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

    /** Records a batch job that ended in {@code state} after {@code rows} rows. */
    public void jobFinished(JobState state, long rows) {
        Counter.builder("raddeid.jobs.finished").description("Batch jobs that ended, by final state")
                .tags("state", state.json()).register(registry).increment();
        Counter.builder("raddeid.batch.rows").description("Rows processed by batch jobs").register(registry)
                .increment(rows);
    }

    /** Exposes the number of jobs in each state and the queue length of {@code jobs}, read at each scrape. */
    public void watch(Jobs jobs) {
        for (JobState s : JobState.values()) {
            Gauge.builder("raddeid.jobs", jobs, j -> j.countByState().get(s))
                    .description("Batch jobs known to the server, by state").tags("state", s.json())
                    .register(registry);
        }
        Gauge.builder("raddeid.jobs.queue.length", jobs, Jobs::queueLength)
                .description("Batch jobs waiting for a free slot").register(registry);
        Counter.builder("raddeid.batch.rows").description("Rows processed by batch jobs").register(registry);
    }

    /** Returns every meter in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }
}

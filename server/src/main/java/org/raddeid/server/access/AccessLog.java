package org.raddeid.server.access;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.time.Duration;
import org.raddeid.server.metrics.ServerMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each finished request (method, route template, status, milliseconds) and times it in the metrics. Never logs
 * bodies, query strings or raw paths: an unmatched path is logged as {@code (unmatched)}, since a client may put
 * anything in a path. Thread-safe.
 */
public final class AccessLog implements RequestLogger {

    private static final Logger LOG = LoggerFactory.getLogger("org.raddeid.server.access");

    private final ServerMetrics metrics;

    /** Creates the log, timing requests in {@code metrics}. */
    public AccessLog(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx, Float ms) {
        String route = route(ctx);
        String method = ctx.method().name();
        int status = ctx.statusCode();
        metrics.request(route, method, status, Duration.ofNanos((long) (ms * 1_000_000)));
        LOG.info("{} {} {} {}ms", method, route, status, String.format(java.util.Locale.ROOT, "%.1f", ms));
    }

    /** Returns the matched route template, or {@code (static)} / {@code (unmatched)}. */
    public static String route(Context ctx) {
        try {
            var e = ctx.endpoint();
            if (e != null && e.path != null && !e.path.isEmpty()) {
                return e.path;
            }
        } catch (RuntimeException notMatched) {
            // no endpoint matched this request
        }
        return ctx.statusCode() == 404 ? "(unmatched)" : "(static)";
    }
}

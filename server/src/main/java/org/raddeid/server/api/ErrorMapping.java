package org.raddeid.server.api;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper: a refused request ({@link ApiException}) gets its status and message; Javalin's own
 * refusals (no such route, wrong method, body too large) get their status and a fixed message; anything else is a
 * 500 that echoes nothing of the request and is logged with its class and an id, never its message (library messages
 * may quote input). Thread-safe.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    /** Writes the error response for {@code e}. */
    public static void handle(Exception e, Context ctx) {
        if (e instanceof ApiException a) {
            write(ctx, new ErrorBody(a.status(), a.getMessage(), a.field()));
        } else if (e instanceof HttpResponseException h) {
            write(ctx, new ErrorBody(h.getStatus(), describe(h.getStatus()), null));
        } else {
            String id = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("internal error {} on {}: {}", id, ctx.method().name(), e.getClass().getName());
            write(ctx, new ErrorBody(500, "internal error (id " + id + "); nothing was returned", null));
        }
    }

    /** Writes {@code body} as the response with its status. */
    public static void write(Context ctx, ErrorBody body) {
        ctx.status(body.status()).json(body);
    }

    /** A fixed message per status, never built from the request. */
    public static String describe(int status) {
        return switch (status) {
            case 404 -> "no such resource; the API is under /api/v1/, its description at /openapi.json";
            case 405 -> "method not allowed on this resource";
            case 413 -> "request body is larger than the limit";
            case 401 -> "missing or wrong X-API-Key header";
            case 415 -> "unsupported content type; send application/json";
            default -> status >= 500 ? "internal error; nothing was returned" : "bad request";
        };
    }
}

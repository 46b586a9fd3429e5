package org.raddeid.server.access;

import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.raddeid.server.api.ApiException;

/**
 * Checks made before any work, on every {@code /api/} request, and CORS itself: a request from a web page of another
 * origin is refused (403) unless that origin is configured for CORS, so a cross-site form or {@code fetch} never
 * reaches an engine or makes a job (a CORS library only withholds the answer from the page, after the work is done);
 * a configured origin gets the CORS headers and its preflights answered; a body in a character set other than UTF-8
 * is refused (415). Never echoes the origin or the charset. Immutable and thread-safe.
 */
public final class RequestGate {

    private final List<String> corsOrigins;

    /** A gate that lets pages of {@code corsOrigins} (and of the server's own origin) through. */
    public RequestGate(List<String> corsOrigins) {
        this.corsOrigins = corsOrigins.stream().map(RequestGate::normalise).toList();
    }

    /**
     * Refuses the request when it must not be served.
     *
     * @throws ApiException 403 for a foreign origin, 415 for a charset other than UTF-8
     */
    public void check(Context ctx) {
        String origin = ctx.header("Origin");
        if (ctx.method().name().equals("OPTIONS")) {
            return; // answered by preflight()
        }
        if (origin != null) {
            if (configured(origin)) {
                allowOrigin(ctx, origin);
            } else if (!sameOrigin(origin, ctx.header("Host"))) {
                throw new ApiException(403, "Origin", "requests from other web origins are refused; configure "
                        + "cors-origins to allow a page's origin");
            }
        }
        String charset = charset(ctx.header("Content-Type"));
        if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
            throw new ApiException(415, "Content-Type", "unsupported charset; send UTF-8");
        }
    }

    /**
     * Answers a CORS preflight ({@code OPTIONS}): 204 with the methods and headers the API takes for a configured
     * origin, 403 for any other.
     */
    public void preflight(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !configured(origin)) {
            throw new ApiException(403, "Origin", "requests from other web origins are refused; configure "
                    + "cors-origins to allow a page's origin");
        }
        allowOrigin(ctx, origin);
        ctx.header("Access-Control-Allow-Methods", "GET, POST, DELETE");
        ctx.header("Access-Control-Allow-Headers", "Content-Type, X-API-Key");
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
    }

    private static void allowOrigin(Context ctx, String origin) {
        ctx.header("Access-Control-Allow-Origin", origin.strip());
        ctx.header("Vary", "Origin");
    }

    private boolean configured(String origin) {
        return corsOrigins.contains(normalise(origin)) || corsOrigins.contains("*");
    }

    /** Whether a page of {@code origin} is the server's own (the playground): same host and port as asked for. */
    private static boolean sameOrigin(String origin, String host) {
        String o = normalise(origin);
        try {
            URI u = URI.create(o);
            String authority = u.getRawAuthority();
            return authority != null && host != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalise(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }

    /** The charset parameter of a Content-Type, lower case without quotes, or null when there is none. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String v = p.substring(eq + 1).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}

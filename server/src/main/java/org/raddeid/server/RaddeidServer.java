package org.raddeid.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.raddeid.server.access.AccessLog;
import org.raddeid.server.access.ApiKeys;
import org.raddeid.server.access.RequestGate;
import org.raddeid.server.api.ApiException;
import org.raddeid.server.api.Deadline;
import org.raddeid.server.api.DicomEndpoints;
import org.raddeid.server.api.ErrorBody;
import org.raddeid.server.api.ErrorMapping;
import org.raddeid.server.api.Hl7Endpoint;
import org.raddeid.server.api.JobEndpoints;
import org.raddeid.server.api.PhiEndpoints;
import org.raddeid.server.api.ServiceEndpoints;
import org.raddeid.server.config.ServerConfig;
import org.raddeid.server.job.Jobs;
import org.raddeid.server.metrics.ServerMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The raddeid HTTP server: all wiring in one place. Routes are listed in {@link #ROUTES} (and in
 * {@code /openapi.json}); the playground is served from the jar's {@code /raddeid/web} resources. Thread-safe;
 * {@link #close()} stops it.
 */
public final class RaddeidServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RaddeidServer.class);

    /** Where the static pages live on the class path. */
    static final String WEB = "/raddeid/web";

    /**
     * One route: method and path template.
     *
     * @param method HTTP method
     * @param path path template
     */
    public record Route(String method, String path) {
    }

    static final Route HEALTH = new Route("GET", "/api/v1/health");
    static final Route INFO = new Route("GET", "/api/v1/info");
    static final Route SAMPLE = new Route("GET", "/api/v1/sample");
    static final Route ANALYZE = new Route("POST", "/api/v1/analyze");
    static final Route DEIDENTIFY = new Route("POST", "/api/v1/deidentify");
    static final Route DICOM = new Route("POST", "/api/v1/dicom");
    static final Route OPENAPI = new Route("GET", "/openapi.json");
    static final Route DOCS = new Route("GET", "/docs");
    static final Route METRICS = new Route("GET", "/metrics");
    static final Route BATCH = new Route("POST", "/api/v1/batch");
    static final Route JOBS = new Route("GET", "/api/v1/jobs");
    static final Route JOB = new Route("GET", "/api/v1/jobs/{id}");
    static final Route JOB_DELETE = new Route("DELETE", "/api/v1/jobs/{id}");
    static final Route JOB_RESULT = new Route("GET", "/api/v1/jobs/{id}/result");
    static final Route HL7 = new Route("POST", "/api/v1/hl7");

    /** Every route the server answers besides the static playground files. */
    public static final List<Route> ROUTES = List.of(HEALTH, INFO, SAMPLE, ANALYZE, DEIDENTIFY, DICOM, HL7, BATCH, JOBS,
            JOB, JOB_DELETE, JOB_RESULT, OPENAPI, DOCS, METRICS);

    private final Javalin app;
    private final Deadline deadline;
    private final Jobs jobs;
    private final boolean tls;

    private RaddeidServer(Javalin app, Deadline deadline, Jobs jobs, boolean tls) {
        this.app = app;
        this.deadline = deadline;
        this.jobs = jobs;
        this.tls = tls;
    }

    /**
     * Starts the server on the configured host and port (0: a free port).
     *
     * @throws IllegalStateException when it cannot bind or the TLS key store cannot be used
     */
    public static RaddeidServer start(ServerSetup setup) {
        ServerConfig c = setup.config();
        ObjectMapper mapper = new ObjectMapper();
        ServerMetrics metrics = new ServerMetrics();
        ApiKeys keys = new ApiKeys(c.apiKeys());
        Deadline deadline = new Deadline(Math.max(2, Runtime.getRuntime().availableProcessors()), c.requestTimeout());
        PhiEndpoints phi = new PhiEndpoints(setup, mapper, metrics, deadline);
        DicomEndpoints dicom = new DicomEndpoints(setup, mapper, deadline);
        ServiceEndpoints service = new ServiceEndpoints(setup, keys.required());
        Jobs jobs = Jobs.open(c.jobs(), new Jobs.Engine(setup.engines(), setup.secret().secret(),
                c.limits().maxTextChars()), metrics::jobFinished);
        metrics.watch(jobs);
        JobEndpoints jobRoutes = new JobEndpoints(setup, jobs);
        Hl7Endpoint hl7 = new Hl7Endpoint(setup, deadline);
        byte[] openApi = resource("/raddeid/openapi.json");
        byte[] docs = resource(WEB + "/docs.html");

        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.http.maxRequestSize = c.limits().maxBodyBytes();
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = WEB;
                s.location = Location.CLASSPATH;
            });
            cfg.requestLogger.http(new AccessLog(metrics));
            if (c.tls() != null) {
                cfg.jetty.addConnector((server, http) -> httpsConnector(server, http, c));
            }
            RequestGate gate = new RequestGate(c.corsOrigins());
            cfg.routes.before("/api/*", gate::check);
            cfg.routes.options("/api/*", gate::preflight);
            cfg.routes.before("/api/*", ctx -> requireKey(ctx, keys));
            cfg.routes.before("/metrics", ctx -> requireKey(ctx, keys));
            Map<Route, Handler> handlers = Map.ofEntries(Map.entry(HEALTH, service::health),
                    Map.entry(INFO, service::info), Map.entry(SAMPLE, service::sample),
                    Map.entry(ANALYZE, phi::analyze), Map.entry(DEIDENTIFY, phi::deidentify),
                    Map.entry(DICOM, dicom::deidentify),
                    Map.entry(BATCH, jobRoutes::submit), Map.entry(JOBS, jobRoutes::list),
                    Map.entry(JOB, jobRoutes::status), Map.entry(JOB_DELETE, jobRoutes::delete),
                    Map.entry(JOB_RESULT, jobRoutes::result),
                    Map.entry(HL7, hl7::deidentify),
                    Map.entry(OPENAPI, ctx -> ctx.contentType("application/json").result(openApi)),
                    Map.entry(DOCS, ctx -> ctx.contentType("text/html; charset=utf-8").result(docs)),
                    Map.entry(METRICS, ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                            .result(metrics.scrape())));
            for (Route r : ROUTES) {
                Handler h = Objects.requireNonNull(handlers.get(r), r.path());
                switch (r.method()) {
                    case "GET" -> cfg.routes.get(r.path(), h);
                    case "POST" -> cfg.routes.post(r.path(), h);
                    case "DELETE" -> cfg.routes.delete(r.path(), h);
                    default -> throw new IllegalStateException("no registration for " + r.method());
                }
            }
            cfg.routes.exception(Exception.class, ErrorMapping::handle);
            cfg.routes.error(404, ctx -> notFound(ctx));
        });
        try {
            app.start(c.host(), c.port());
        } catch (RuntimeException e) {
            deadline.close();
            jobs.close();
            throw new IllegalStateException("cannot start the server on " + c.host() + ":" + c.port() + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        RaddeidServer s = new RaddeidServer(app, deadline, jobs, c.tls() != null);
        LOG.info("listening on {} with ensembles {}; secret {}", s.url(), setup.engines().names(),
                setup.secret().ephemeral() ? "random for this run" : "configured");
        return s;
    }

    private static void requireKey(Context ctx, ApiKeys keys) {
        if (ctx.path().equals(HEALTH.path()) || ctx.method().name().equals("OPTIONS")) {
            return;
        }
        if (!keys.accepts(ctx.header(ApiKeys.HEADER))) {
            throw new ApiException(401, ApiKeys.HEADER, ErrorMapping.describe(401));
        }
        ctx.attribute(JobEndpoints.OWNER, keys.owner(ctx.header(ApiKeys.HEADER)));
    }

    /**
     * Javalin's 404 for an unmatched request becomes a JSON 404, or a 405 with {@code Allow} when the path is a route
     * that takes other methods. A 404 a handler answered (no such job) is left as it is.
     */
    private static void notFound(Context ctx) {
        String body = ctx.result();
        if (body != null && body.startsWith("{")) {
            return;
        }
        List<String> allowed = allowedMethods(ctx.path());
        if (allowed.isEmpty()) {
            ErrorMapping.write(ctx, new ErrorBody(404, ErrorMapping.describe(404), null));
        } else {
            ctx.header("Allow", String.join(", ", allowed));
            ErrorMapping.write(ctx, new ErrorBody(405, "method not allowed; this resource allows "
                    + String.join(", ", allowed), null));
        }
    }

    /** Returns the methods the routes take on {@code path}, in route order; empty when no route has this path. */
    static List<String> allowedMethods(String path) {
        List<String> methods = new java.util.ArrayList<>();
        for (Route r : ROUTES) {
            String template = java.util.regex.Pattern.quote(r.path()).replace("{id}", "\\E[^/]+\\Q");
            if (path.matches(template) && !methods.contains(r.method())) {
                methods.add(r.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add(methods.indexOf("GET") + 1, "HEAD");
        }
        return methods;
    }

    private static ServerConnector httpsConnector(Server server, HttpConfiguration http, ServerConfig c) {
        String password = System.getenv(c.tls().passwordEnv());
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("TLS: environment variable " + c.tls().passwordEnv()
                    + " (the key store password) is not set");
        }
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(c.tls().keystore().toString());
        ssl.setKeyStorePassword(password);
        HttpConfiguration https = new HttpConfiguration(http);
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(c.host());
        connector.setPort(c.port());
        return connector;
    }

    private static byte[] resource(String path) {
        try (InputStream in = RaddeidServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the port it listens on (the real one when 0 was asked). */
    public int port() {
        return app.port();
    }

    /** Returns the base URL, such as {@code http://127.0.0.1:8080}. */
    public String url() {
        String host = app.jettyServer().server().getConnectors().length > 0
                && app.jettyServer().server().getConnectors()[0] instanceof ServerConnector sc && sc.getHost() != null
                ? sc.getHost() : "127.0.0.1";
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return (tls ? "https" : "http") + "://" + host + ":" + port();
    }

    /**
     * Stops accepting requests, lets running ones finish, gives running batch jobs the configured grace period (then
     * marks them failed, reason "server stopped"), and stops the workers.
     */
    @Override
    public void close() {
        app.stop();
        jobs.close();
        deadline.close();
    }

    /** Returns the routes in registration order (unmodifiable), for tests and documentation. */
    public static List<Route> routes() {
        return ROUTES;
    }
}

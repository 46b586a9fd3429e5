package org.raddeid.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import org.raddeid.core.Analysis;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.rewrite.DeidResult;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.RewriteContext;
import org.raddeid.server.ServerSetup;
import org.raddeid.server.metrics.ServerMetrics;

/**
 * {@code POST /api/v1/analyze} and {@code POST /api/v1/deidentify}. Thread-safe; the engines are shared.
 */
public final class PhiEndpoints {

    private final ServerSetup setup;
    private final ObjectMapper mapper;
    private final ServerMetrics metrics;
    private final Deadline deadline;
    private final RequestChoices choices;

    /** Creates the endpoints over {@code setup}'s engines; presets are built once here. */
    public PhiEndpoints(ServerSetup setup, ObjectMapper mapper, ServerMetrics metrics, Deadline deadline) {
        this.setup = setup;
        this.mapper = mapper;
        this.metrics = metrics;
        this.deadline = deadline;
        this.choices = new RequestChoices(setup);
    }

    /** Finds PHI and answers with the spans and the recognizers behind each. */
    public void analyze(Context ctx) {
        AnalyzeRequest req = AnalyzeRequest.from(body(ctx, AnalyzeRequest.FIELDS), maxChars());
        String name = choices.ensemble(req.ensemble());
        Deidentifier engine = setup.engines().get(name);
        Analysis a = deadline.run(() -> engine.analyze(req.text(), req.known()));
        List<SpanJson> spans = SpanJson.analyzed(req.text(), a);
        metrics.report("analyze", name, spans);
        ctx.json(new AnalyzeResponse(name, spans, new AnalyzeResponse.Timings(millis(a.nanos())), a.degraded()));
    }

    /**
     * Finds and rewrites PHI by a preset policy and answers with the new text and what was done, each span with the
     * recognizers that found it (one analysis serves both).
     */
    public void deidentify(Context ctx) {
        DeidentifyRequest req = DeidentifyRequest.from(body(ctx, DeidentifyRequest.FIELDS), maxChars());
        String name = choices.ensemble(req.ensemble());
        Policy policy = choices.preset(req.policy(), setup.config().defaultPolicy());
        String scope = req.patientKey() != null ? req.patientKey() : "request-" + UUID.randomUUID();
        RewriteContext context = new RewriteContext(setup.secret().secret(), scope);
        Deidentifier engine = setup.engines().get(name);
        long t0 = System.nanoTime();
        Deidentifier.Explained e = deadline.run(() -> engine.explain(req.text(), policy, context, req.known()));
        long took = System.nanoTime() - t0;
        DeidResult r = e.result();
        List<SpanJson> spans = SpanJson.explained(req.text(), e);
        metrics.report("deidentify", name, spans);
        ctx.json(new DeidentifyResponse(r.text(), r.policy(), name, spans,
                new DeidentifyResponse.Timings(millis(took)), e.analysis().degraded()));
    }

    private RequestJson body(Context ctx, List<String> fields) {
        requireJson(ctx.contentType());
        return RequestJson.read(ctx.bodyInputStream(), setup.config().limits().maxBodyBytes(), mapper, fields);
    }

    /**
     * Refuses a body that is not declared JSON ({@code application/json} or a {@code +json} type, any parameters):
     * 415, as a form post ({@code curl -d} without a type) or plain text would otherwise fail as malformed JSON.
     */
    static void requireJson(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            throw new ApiException(415, "Content-Type", "unsupported content type; send the JSON body with "
                    + "Content-Type: application/json");
        }
    }

    private int maxChars() {
        return setup.config().limits().maxTextChars();
    }


    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}

package org.raddeid.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.raddeid.corpora.generator.ReportGenerator;
import org.raddeid.corpora.generator.WritingStyle;
import org.raddeid.llm.FullEnsemble;
import org.raddeid.recognizers.Ensembles;
import org.raddeid.recognizers.Policies;
import org.raddeid.server.ServerSetup;
import org.raddeid.server.config.ServerConfig;

/** {@code GET /api/v1/health}, {@code GET /api/v1/info} and {@code GET /api/v1/sample}. Thread-safe. */
public final class ServiceEndpoints {

    private final InfoResponse info;

    /** Creates the endpoints; the info answer is fixed at start. */
    public ServiceEndpoints(ServerSetup setup, boolean apiKeyRequired) {
        ServerConfig c = setup.config();
        List<InfoResponse.EnsembleInfo> ensembles = setup.engines().names().stream()
                .map(n -> new InfoResponse.EnsembleInfo(n, setup.engines().recognizersOf(n))).toList();
        String note = setup.secret().ephemeral()
                ? "random for this server run: surrogates, hashes and date shifts are consistent only until it stops;"
                        + " set RADDEID_SECRET or secret-file for stable ones"
                : "from the configured secret file or RADDEID_SECRET: surrogates are stable across runs";
        List<String> known = new java.util.ArrayList<>(Ensembles.names());
        known.add(FullEnsemble.NAME);
        this.info = new InfoResponse(setup.version(), setup.engines().defaultName(), ensembles, List.copyOf(known),
                c.defaultPolicy(),
                List.copyOf(Policies.names()),
                new InfoResponse.Limits(c.limits().maxBodyBytes(), c.limits().maxTextChars(),
                        c.requestTimeout().toMillis()),
                new InfoResponse.SecretInfo(setup.secret().ephemeral(), note), apiKeyRequired);
    }

    /** Answers {@code {"status":"ok"}}: the server is up and its ensembles are loaded. */
    public void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    /** The writing styles of the playground's sample reports. */
    static final java.util.Set<WritingStyle> SAMPLE_STYLES = java.util.EnumSet.of(WritingStyle.STANDARD,
            WritingStyle.LEGACY_RIS, WritingStyle.DICTATED);

    /** Answers the version, ensembles, policies, limits and secret kind. */
    public void info(Context ctx) {
        ctx.json(info);
    }

    /**
     * Answers a freshly generated synthetic report (no real PHI) and the seed that reproduces it: a whole report in one
     * of the {@link #SAMPLE_STYLES}, mixed case, ALL CAPS or dictated lower case, never a two-line question.
     */
    public void sample(Context ctx) {
        long seed = ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        String text = new ReportGenerator(seed, SAMPLE_STYLES).report(0).document().text();
        ctx.json(new SampleResponse(text, seed));
    }

    /**
     * A synthetic report.
     *
     * @param text the report
     * @param seed the generator seed ({@code raddeid generate --seed S --n 1 --styles standard,legacy-ris,dictated}
     *     gives it again)
     */
    public record SampleResponse(String text, long seed) {
    }
}

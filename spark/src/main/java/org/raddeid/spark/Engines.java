package org.raddeid.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.raddeid.batch.RowDeidentifier;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.core.rewrite.SecretSource;
import org.raddeid.recognizers.Ensembles;
import org.raddeid.recognizers.Policies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engines of this JVM: one per {@link EngineConfig}, built lazily by the first task that needs it and shared by
 * every later task, so models load once per executor, never per partition or row. Thread-safe.
 */
public final class Engines {

    private static final Logger LOG = LoggerFactory.getLogger(Engines.class);
    private static final ConcurrentHashMap<EngineConfig, Engine> ENGINES = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();

    /**
     * One built engine: the de-identifier and a row de-identifier per text column (the same rules as
     * {@code raddeid deid}).
     *
     * @param deid the de-identifier over the ensemble
     * @param policy the resolved policy
     * @param rows the row de-identifier of each text column, in column order
     */
    public record Engine(Deidentifier deid, Policy policy, Map<String, RowDeidentifier> rows) {
    }

    private Engines() {
    }

    /**
     * Returns this JVM's engine for {@code config}, building it on first use; concurrent callers wait for the one
     * build.
     *
     * @throws IllegalStateException when this JVM has no secret, or another secret than the driver's
     * @throws IllegalArgumentException when the ensemble or policy is unknown or invalid
     */
    public static Engine get(EngineConfig config) {
        return ENGINES.computeIfAbsent(config, Engines::build);
    }

    /** Returns how many engines this JVM has built (for tests and logs). */
    public static int builds() {
        return BUILDS.get();
    }

    /**
     * Returns a short keyed fingerprint of {@code secret} (an HMAC of a constant): equal for equal secrets, and
     * revealing nothing of the key.
     */
    public static String fingerprint(Secret secret) {
        return HexFormat.of().formatHex(Arrays.copyOf(secret.hmac("raddeid-spark", "secret-fingerprint"), 8));
    }

    /**
     * Loads the secret as {@code raddeid deid} does (file, else {@code RADDEID_SECRET}), but never invents one: a
     * random secret per JVM would give every executor different surrogates.
     *
     * @throws IllegalStateException naming where it looked when there is none
     * @throws IllegalArgumentException when the file is unreadable or the secret too short
     */
    public static Secret loadSecret(String secretFile, Map<String, String> env) {
        Optional<Secret> s = SecretSource.load(secretFile == null ? null : Path.of(secretFile), env);
        return s.orElseThrow(() -> new IllegalStateException("no secret: give --secret-file (readable on every "
                + "executor) or set " + SecretSource.ENV + " (spark.executorEnv." + SecretSource.ENV
                + " for executors)"));
    }

    private static Engine build(EngineConfig c) {
        long t0 = System.nanoTime();
        Secret secret = loadSecret(c.secretFile(), System.getenv());
        if (!fingerprint(secret).equals(c.secretFingerprint())) {
            throw new IllegalStateException("the secret on this executor differs from the driver's; every JVM of a "
                    + "job must have the same secret, or surrogates would differ between partitions");
        }
        Policy policy = policy(c);
        Deidentifier deid = new Deidentifier(Ensembles.create(c.ensemble()), c.maxChars());
        Map<String, RowDeidentifier> rows = new LinkedHashMap<>();
        for (String column : c.textColumns()) {
            rows.put(column, new RowDeidentifier(deid,
                    new RowDeidentifier.Settings(policy, secret, column, c.keepPatient(), false)));
        }
        BUILDS.incrementAndGet();
        LOG.info("raddeid engine built: ensemble {}, policy {}, {} column(s), {} ms", c.ensemble(), policy.name(),
                c.textColumns().size(), (System.nanoTime() - t0) / 1_000_000);
        return new Engine(deid, policy, java.util.Collections.unmodifiableMap(rows));
    }

    /** A preset by name, or the driver's policy file written to a private temporary file of the same name. */
    static Policy policy(EngineConfig c) {
        if (c.policyText() == null) {
            return Policies.resolve(c.policy());
        }
        try {
            Path dir = Files.createTempDirectory("raddeid-policy");
            Path file = dir.resolve(c.policy());
            try {
                Files.writeString(file, c.policyText(), StandardCharsets.UTF_8);
                return Policies.resolve(file.toString());
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the policy to a temporary file", e);
        }
    }
}

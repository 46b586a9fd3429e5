package org.raddeid.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the server is started with, from defaults, a config file ({@link ConfigFiles}) and command-line flags.
 * Immutable; the {@code with…} methods return changed copies. {@link #toString()} never shows API keys.
 *
 * @param host address to bind (loopback by default)
 * @param port port to listen on; 0 picks a free one
 * @param ensembles ensembles to load at start, the first one is the default; never empty
 * @param defaultPolicy the preset used when a request names none
 * @param apiKeys keys accepted in the {@code X-API-Key} header; empty means no key is needed
 * @param corsOrigins origins allowed to call the API from a browser; empty means CORS is off
 * @param tls the key store to serve HTTPS from, or null for plain HTTP
 * @param limits body and text size limits
 * @param requestTimeout longest time one request may spend finding and rewriting PHI
 * @param secretFile file holding the secret for keyed operators, or null (then {@code RADDEID_SECRET}, else random)
 * @param jobs batch job settings: work directory, concurrency, upload size, lifetimes
 */
public record ServerConfig(String host, int port, List<String> ensembles, String defaultPolicy, List<String> apiKeys,
        List<String> corsOrigins, Tls tls, Limits limits, Duration requestTimeout, Path secretFile, Jobs jobs) {

    /** The default port. */
    public static final int DEFAULT_PORT = 8080;

    /** The default bind address: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /**
     * HTTPS settings: a PKCS12 or JKS key store and the environment variable holding its password (never the
     * password itself, so it stays out of files and process lists).
     *
     * @param keystore path of the key store
     * @param passwordEnv name of the environment variable holding the password
     */
    public record Tls(Path keystore, String passwordEnv) {
        public Tls {
            Objects.requireNonNull(keystore, "keystore");
            Objects.requireNonNull(passwordEnv, "passwordEnv");
        }
    }

    /**
     * Size limits; larger requests get a 413.
     *
     * @param maxBodyBytes largest request body, in bytes
     * @param maxTextChars longest {@code text}, in Unicode code points
     */
    public record Limits(long maxBodyBytes, int maxTextChars) {

        /** 2 MiB bodies, 500,000-character texts (a long report is about 10,000). */
        public static final Limits DEFAULT = new Limits(2L * 1024 * 1024, 500_000);

        public Limits {
            if (maxBodyBytes < 1024) {
                throw new IllegalArgumentException("max body bytes must be >= 1024, was " + maxBodyBytes);
            }
            if (maxTextChars < 1) {
                throw new IllegalArgumentException("max text chars must be >= 1, was " + maxTextChars);
            }
        }
    }

    /**
     * Batch job settings ({@code POST /api/v1/batch}).
     *
     * @param workDir where each job keeps its upload, result and {@code job.json}
     * @param concurrent jobs that run at once
     * @param queue jobs that may wait for a free slot; beyond that a new upload gets a 503
     * @param threads worker threads of each running job
     * @param maxUploadBytes largest upload (the whole multipart body); larger ones get a 413
     * @param ttl how long a finished job's files are kept when its result is never downloaded
     * @param keepAfterDownload how long a result is kept after its first download
     * @param shutdownGrace how long running jobs may go on finishing when the server stops
     * @param sweepEvery how often expired jobs are looked for
     */
    public record Jobs(Path workDir, int concurrent, int queue, int threads, long maxUploadBytes, Duration ttl,
            Duration keepAfterDownload, Duration shutdownGrace, Duration sweepEvery) {

        public Jobs {
            Objects.requireNonNull(workDir, "workDir");
            if (concurrent < 1 || queue < 0 || threads < 1) {
                throw new IllegalArgumentException("jobs: concurrent and threads must be >= 1 and queue >= 0, were "
                        + concurrent + ", " + threads + ", " + queue);
            }
            if (maxUploadBytes < 1024) {
                throw new IllegalArgumentException("jobs: max upload bytes must be >= 1024, was " + maxUploadBytes);
            }
            for (Duration d : List.of(ttl, keepAfterDownload, shutdownGrace, sweepEvery)) {
                if (d.isNegative()) {
                    throw new IllegalArgumentException("jobs: durations must not be negative");
                }
            }
            if (sweepEvery.isZero()) {
                throw new IllegalArgumentException("jobs: sweep-every must be > 0");
            }
        }

        /**
         * {@code ${java.io.tmpdir}/raddeid-jobs}, 1 job at a time with 8 waiting, 2 threads each, 512 MiB uploads,
         * kept 24 h (10 minutes after download), 30 s shutdown grace, swept every minute.
         */
        public static Jobs defaults() {
            return new Jobs(Path.of(System.getProperty("java.io.tmpdir"), "raddeid-jobs"), 1, 8, 2,
                    512L * 1024 * 1024, Duration.ofHours(24), Duration.ofMinutes(10), Duration.ofSeconds(30),
                    Duration.ofMinutes(1));
        }
    }

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jobs, "jobs");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        ensembles = List.copyOf(ensembles);
        if (ensembles.isEmpty()) {
            throw new IllegalArgumentException("at least one ensemble must be loaded");
        }
        Objects.requireNonNull(defaultPolicy, "defaultPolicy");
        apiKeys = List.copyOf(apiKeys);
        corsOrigins = List.copyOf(corsOrigins);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be > 0");
        }
    }

    /** Returns the defaults: loopback, port 8080, the {@code default} ensemble, safe harbor, no keys, no CORS. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, List.of("default"), "safe-harbor", List.of(), List.of(),
                null, Limits.DEFAULT, Duration.ofSeconds(30), null, Jobs.defaults());
    }

    /** Returns a copy listening on {@code newHost} and {@code newPort}. */
    public ServerConfig withAddress(String newHost, int newPort) {
        return new ServerConfig(newHost, newPort, ensembles, defaultPolicy, apiKeys, corsOrigins, tls, limits,
                requestTimeout, secretFile, jobs);
    }

    /** Returns a copy loading {@code names} (the first is the default). */
    public ServerConfig withEnsembles(List<String> names) {
        return new ServerConfig(host, port, names, defaultPolicy, apiKeys, corsOrigins, tls, limits, requestTimeout,
                secretFile, jobs);
    }

    /** Returns a copy accepting only {@code keys} (empty: no key needed). */
    public ServerConfig withApiKeys(List<String> keys) {
        return new ServerConfig(host, port, ensembles, defaultPolicy, keys, corsOrigins, tls, limits, requestTimeout,
                secretFile, jobs);
    }

    /** Returns a copy allowing browser calls from {@code origins}. */
    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(host, port, ensembles, defaultPolicy, apiKeys, origins, tls, limits, requestTimeout,
                secretFile, jobs);
    }

    /** Returns a copy with other size limits. */
    public ServerConfig withLimits(Limits newLimits) {
        return new ServerConfig(host, port, ensembles, defaultPolicy, apiKeys, corsOrigins, tls, newLimits,
                requestTimeout, secretFile, jobs);
    }

    /** Returns a copy with another request timeout. */
    public ServerConfig withRequestTimeout(Duration timeout) {
        return new ServerConfig(host, port, ensembles, defaultPolicy, apiKeys, corsOrigins, tls, limits, timeout,
                secretFile, jobs);
    }

    /** Returns a copy reading the secret from {@code file} (null: environment, else random). */
    public ServerConfig withSecretFile(Path file) {
        return new ServerConfig(host, port, ensembles, defaultPolicy, apiKeys, corsOrigins, tls, limits,
                requestTimeout, file, jobs);
    }

    /** Returns a copy with other batch job settings. */
    public ServerConfig withJobs(Jobs newJobs) {
        return new ServerConfig(host, port, ensembles, defaultPolicy, apiKeys, corsOrigins, tls, limits,
                requestTimeout, secretFile, newJobs);
    }

    /** Shows every setting except the API keys, of which only the count. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", ensembles=" + ensembles + ", defaultPolicy="
                + defaultPolicy + ", apiKeys=" + apiKeys.size() + " key(s), corsOrigins=" + corsOrigins + ", tls="
                + (tls == null ? "off" : tls.keystore()) + ", limits=" + limits + ", requestTimeout=" + requestTimeout
                + ", secretFile=" + secretFile + ", jobs=" + jobs + "]";
    }
}

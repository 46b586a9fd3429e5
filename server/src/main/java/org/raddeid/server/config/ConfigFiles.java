package org.raddeid.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raddeid.llm.FullEnsemble;
import org.raddeid.recognizers.Ensembles;
import org.raddeid.recognizers.Policies;
import org.raddeid.recognizers.SettingsTree;
import org.raddeid.recognizers.SettingsTree.Node;

/**
 * Reads the server's YAML config file over the defaults. Every mistake is reported with the file, the line and the
 * setting; API keys are never quoted.
 *
 * <pre>{@code
 * host: 127.0.0.1
 * port: 8080
 * ensembles: [fast, default]        # loaded once at start, the first the default; full needs RADDEID_LLM_*
 * policy: safe-harbor               # the preset used when a request names none
 * api-keys: [k-7f3a…]               # X-API-Key values; none: no key needed
 * cors-origins: [https://intranet.example.org]
 * tls: {keystore: server.p12, password-env: RADDEID_TLS_PASSWORD}
 * limits: {max-body-bytes: 2097152, max-text-chars: 500000}
 * request-timeout: 30s              # ms, s or m
 * secret-file: secret.key           # relative to this file
 * jobs: {work-dir: /var/tmp/raddeid-jobs, concurrent: 1, queue: 8, threads: 2, max-upload-bytes: 536870912,
 *        ttl: 24h, keep-after-download: 10m, shutdown-grace: 30s, sweep-every: 1m}
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class ConfigFiles {

    /** The largest config file read. */
    static final int MAX_BYTES = 1 << 20;

    private static final Set<String> KEYS = new TreeSet<>(List.of("host", "port", "ensembles", "policy", "api-keys",
            "cors-origins", "tls", "limits", "request-timeout", "secret-file", "jobs"));
    private static final Set<String> JOB_KEYS = Set.of("work-dir", "concurrent", "queue", "threads",
            "max-upload-bytes", "ttl", "keep-after-download", "shutdown-grace", "sweep-every");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

    private ConfigFiles() {
    }

    /**
     * Returns {@code base} with the settings of {@code file} over it. Relative paths in the file are resolved against
     * the file's directory.
     *
     * @throws ConfigFileException naming the file and line of the first mistake
     */
    public static ServerConfig load(Path file, ServerConfig base) {
        String source = file.toString();
        try {
            return parse(SettingsTree.read(file, source, "config file", MAX_BYTES), source,
                    file.toAbsolutePath().getParent(), base);
        } catch (SettingsTree.Invalid e) {
            throw new ConfigFileException(e.getMessage());
        }
    }

    /** Parses config text; {@code source} names it in errors, {@code dir} resolves relative paths. */
    static ServerConfig parse(String text, String source, Path dir, ServerConfig base) {
        try {
            Node root = SettingsTree.parse(text, source, "config file", true);
            return root.value() == null ? base : new Reader(source, dir).config(root, base);
        } catch (SettingsTree.Invalid e) {
            throw new ConfigFileException(e.getMessage());
        }
    }

    /** Validates and builds, remembering where it is for error messages. */
    private static final class Reader {
        private final String source;
        private final Path dir;

        Reader(String source, Path dir) {
            this.source = source;
            this.dir = dir;
        }

        private ConfigFileException error(Node at, String what) {
            return new ConfigFileException(source + " line " + at.line() + ": " + what);
        }

        ServerConfig config(Node root, ServerConfig c) {
            Map<String, Node> top = map(root, "the config file", KEYS);
            String host = top.containsKey("host") ? string(top.get("host"), "host") : c.host();
            int port = top.containsKey("port") ? (int) number(top.get("port"), "port", 0, 65535) : c.port();
            List<String> ensembles = c.ensembles();
            if (top.containsKey("ensembles")) {
                ensembles = strings(top.get("ensembles"), "ensembles", false);
                if (ensembles.isEmpty()) {
                    throw error(top.get("ensembles"), "ensembles must name at least one ensemble; known: "
                            + String.join(", ", Ensembles.names()));
                }
                for (String e : ensembles) {
                    if (!Ensembles.names().contains(e) && !FullEnsemble.NAME.equals(e)) {
                        throw error(top.get("ensembles"), "ensembles: unknown ensemble '" + e + "'; known: "
                                + String.join(", ", Ensembles.names()) + ", " + FullEnsemble.NAME);
                    }
                }
            }
            String policy = c.defaultPolicy();
            if (top.containsKey("policy")) {
                policy = string(top.get("policy"), "policy");
                if (!Policies.names().contains(policy)) {
                    throw error(top.get("policy"), "policy: unknown preset '" + policy + "'; known: "
                            + String.join(", ", Policies.names()));
                }
            }
            List<String> keys = top.containsKey("api-keys") ? strings(top.get("api-keys"), "api-keys", true)
                    : c.apiKeys();
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).length() < 16) {
                    throw error(top.get("api-keys"), "api-keys: key " + (i + 1) + " is shorter than 16 characters");
                }
            }
            List<String> origins = top.containsKey("cors-origins")
                    ? strings(top.get("cors-origins"), "cors-origins", false) : c.corsOrigins();
            for (String o : origins) {
                if (!o.matches("https?://[^/\\s]+")) {
                    throw error(top.get("cors-origins"), "cors-origins: '" + o
                            + "' is not an origin like https://host[:port]");
                }
            }
            ServerConfig.Tls tls = top.containsKey("tls") ? tls(top.get("tls")) : c.tls();
            ServerConfig.Limits limits = top.containsKey("limits") ? limits(top.get("limits"), c.limits())
                    : c.limits();
            Duration timeout = top.containsKey("request-timeout")
                    ? duration(top.get("request-timeout"), "request-timeout") : c.requestTimeout();
            Path secret = top.containsKey("secret-file") ? path(top.get("secret-file"), "secret-file")
                    : c.secretFile();
            ServerConfig.Jobs jobs = top.containsKey("jobs") ? jobs(top.get("jobs"), c.jobs()) : c.jobs();
            return new ServerConfig(host, port, ensembles, policy, keys, origins, tls, limits, timeout, secret, jobs);
        }

        private ServerConfig.Jobs jobs(Node n, ServerConfig.Jobs base) {
            Map<String, Node> m = map(n, "jobs", JOB_KEYS);
            Path dir = m.containsKey("work-dir") ? path(m.get("work-dir"), "jobs.work-dir") : base.workDir();
            int concurrent = m.containsKey("concurrent")
                    ? (int) number(m.get("concurrent"), "jobs.concurrent", 1, 64) : base.concurrent();
            int queue = m.containsKey("queue") ? (int) number(m.get("queue"), "jobs.queue", 0, 10_000) : base.queue();
            int threads = m.containsKey("threads") ? (int) number(m.get("threads"), "jobs.threads", 1, 256)
                    : base.threads();
            long upload = m.containsKey("max-upload-bytes")
                    ? number(m.get("max-upload-bytes"), "jobs.max-upload-bytes", 1024, 1L << 40)
                    : base.maxUploadBytes();
            Duration ttl = lifetime(m, "ttl", base.ttl());
            Duration keep = lifetime(m, "keep-after-download", base.keepAfterDownload());
            Duration grace = lifetime(m, "shutdown-grace", base.shutdownGrace());
            Duration sweep = lifetime(m, "sweep-every", base.sweepEvery());
            try {
                return new ServerConfig.Jobs(dir, concurrent, queue, threads, upload, ttl, keep, grace, sweep);
            } catch (IllegalArgumentException e) {
                // the record's own checks (sweep-every 0, ...): their messages hold no value from the file
                throw error(n, e.getMessage());
            }
        }

        private Duration lifetime(Map<String, Node> m, String key, Duration base) {
            if (!m.containsKey(key)) {
                return base;
            }
            Duration d = parseDuration(m.get(key), "jobs." + key);
            if (d.compareTo(Duration.ofDays(365)) > 0) {
                throw error(m.get(key), "jobs." + key + " must be at most 365 days");
            }
            return d;
        }

        private ServerConfig.Tls tls(Node n) {
            Map<String, Node> m = map(n, "tls", Set.of("keystore", "password-env"));
            if (!m.containsKey("keystore") || !m.containsKey("password-env")) {
                throw error(n, "tls needs both keystore and password-env (the environment variable holding the "
                        + "key store password)");
            }
            String env = string(m.get("password-env"), "tls.password-env");
            if (!env.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw error(m.get("password-env"), "tls.password-env must name an environment variable");
            }
            return new ServerConfig.Tls(path(m.get("keystore"), "tls.keystore"), env);
        }

        private ServerConfig.Limits limits(Node n, ServerConfig.Limits base) {
            Map<String, Node> m = map(n, "limits", Set.of("max-body-bytes", "max-text-chars"));
            long body = m.containsKey("max-body-bytes")
                    ? number(m.get("max-body-bytes"), "limits.max-body-bytes", 1024, 1L << 30) : base.maxBodyBytes();
            int chars = m.containsKey("max-text-chars")
                    ? (int) number(m.get("max-text-chars"), "limits.max-text-chars", 1, 100_000_000)
                    : base.maxTextChars();
            return new ServerConfig.Limits(body, chars);
        }

        private Map<String, Node> map(Node n, String what, Set<String> keys) {
            if (!(n.value() instanceof Map)) {
                throw error(n, what + " must be a mapping with the keys " + new TreeSet<>(keys));
            }
            for (Map.Entry<String, Node> e : n.map().entrySet()) {
                if (!keys.contains(e.getKey())) {
                    throw error(e.getValue(), "unknown setting '" + e.getKey() + "'; known: " + new TreeSet<>(keys));
                }
            }
            return n.map();
        }

        private String string(Node n, String key) {
            if (!(n.value() instanceof String s) || s.isBlank()) {
                throw error(n, key + " must be a non-empty string");
            }
            return s.strip();
        }

        private long number(Node n, String key, long min, long max) {
            if (!(n.value() instanceof Long v) || v < min || v > max) {
                throw error(n, key + " must be a whole number from " + min + " to " + max);
            }
            return v;
        }

        private List<String> strings(Node n, String key, boolean secret) {
            if (!(n.value() instanceof List<?> list)) {
                throw error(n, key + " must be a list");
            }
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                Node item = (Node) o;
                if (!(item.value() instanceof String s) || s.isBlank()) {
                    throw error(item, key + ": every entry must be a non-empty string"
                            + (secret ? " (quote keys that look like numbers)" : ""));
                }
                out.add(s.strip());
            }
            return out;
        }

        private Duration duration(Node n, String key) {
            Duration d = parseDuration(n, key);
            if (d.isZero() || d.compareTo(Duration.ofHours(1)) > 0) {
                throw error(n, key + " must be more than 0 and at most 1 hour");
            }
            return d;
        }

        private Duration parseDuration(Node n, String key) {
            String v = n.value() instanceof Long l ? l + "s" : n.value() instanceof String s ? s.strip() : "";
            Matcher m = DURATION.matcher(v);
            if (!m.matches()) {
                throw error(n, key + " must be a duration such as 500ms, 30s, 2m or 24h");
            }
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            Duration d = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
            return d;
        }

        private Path path(Node n, String key) {
            Path p = Path.of(string(n, key));
            return p.isAbsolute() || dir == null ? p : dir.resolve(p);
        }
    }
}

package org.raddeid.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.raddeid.corpora.generator.ReportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code raddeid bench-server}: a load run against a running server. For each ensemble, {@code --clients} threads
 * send {@code POST /api/v1/deidentify} with generated reports of about {@code --chars} characters back to back for
 * {@code --seconds} (after an untimed warm-up), over keep-alive connections, and the run is reported as requests per
 * second, p50/p95/p99 latency at the client and errors (any answer but 200, or a failed request). Prints Markdown.
 */
@Command(name = "bench-server", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Load a running server: concurrent clients on POST /api/v1/deidentify; req/s, p50/p95/p99, "
                + "errors.")
final class ServerBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", paramLabel = "URL",
            description = "The server (default: ${DEFAULT-VALUE}); start it with ./raddeid serve.")
    String url;

    @Option(names = "--ensemble", paramLabel = "NAME", split = ",", defaultValue = "fast,default",
            description = "Ensembles to load the server with, one run each (default: ${DEFAULT-VALUE}).")
    List<String> ensembles;

    @Option(names = "--policy", defaultValue = "safe-harbor", paramLabel = "NAME",
            description = "Policy preset (default: ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "Timed seconds per ensemble (default: "
            + "${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Untimed warm-up seconds per ensemble (default: "
            + "${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--chars", defaultValue = "2000", description = "Report size in characters (default: "
            + "${DEFAULT-VALUE}).")
    int chars;

    @Option(names = "--api-key", paramLabel = "KEY", description = "X-API-Key, when the server needs one.")
    String apiKey;

    /** One timed run: requests sent, errors, wall seconds and the sorted latencies of the good ones. */
    record Result(long requests, long errors, double seconds, long[] nanos) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMs(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (clients < 1 || seconds < 1 || warmup < 0 || chars < 100) {
            throw new UserError("--clients and --seconds must be >= 1, --warmup >= 0, --chars >= 100");
        }
        List<byte[]> bodies = new ArrayList<>();
        List<String> reports = reports(200, chars);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        MachineInfo m = MachineInfo.detect("");
        out.printf("Server load: %d clients, POST /api/v1/deidentify (%s), reports of %d characters on average, "
                + "%d s after %d s warm-up%n", clients, policy,
                reports.stream().mapToInt(String::length).sum() / reports.size(), seconds, warmup);
        out.printf("client machine: %s, %d processors, %s%n%n", m.cpuModel(), m.availableProcessors(), m.jvm());
        out.println("| ensemble | requests | req/s | p50 | p95 | p99 | errors |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        out.flush();
        ObjectMapper json = new ObjectMapper();
        long errors = 0;
        for (String ensemble : ensembles) {
            bodies.clear();
            for (String r : reports) {
                bodies.add(json.writeValueAsBytes(Map.of("text", r, "ensemble", ensemble, "policy", policy)));
            }
            run(client, bodies, warmup);
            Result r = run(client, bodies, seconds);
            errors += r.errors();
            out.printf(Locale.ROOT, "| `%s` | %,d | %.0f | %.1f ms | %.1f ms | %.1f ms | %d |%n", ensemble,
                    r.requests(), r.perSecond(), r.percentileMs(50), r.percentileMs(95), r.percentileMs(99),
                    r.errors());
            out.flush();
        }
        return errors == 0 ? ExitCodes.OK : ExitCodes.RECORD_ERRORS;
    }

    /** Reports of {@code size} characters: generated reports joined until long enough, cut at {@code size}. */
    static List<String> reports(int n, int size) {
        ReportGenerator gen = new ReportGenerator(20261123L);
        List<String> out = new ArrayList<>(n);
        int next = 0;
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            while (b.length() < size) {
                if (b.length() > 0) {
                    b.append("\n\n");
                }
                b.append(gen.report(next++).document().text());
            }
            out.add(b.substring(0, size));
        }
        return out;
    }

    private Result run(HttpClient client, List<byte[]> bodies, int forSeconds) throws Exception {
        if (forSeconds == 0) {
            return new Result(0, 0, 1, new long[0]);
        }
        long end = System.nanoTime() + forSeconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long[] errors = new long[clients];
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int id = c;
            futures.add(pool.submit(() -> client(client, bodies, id, end, errors)));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double took = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long errs = Arrays.stream(errors).sum();
        return new Result(nanos.length + errs, errs, took, nanos);
    }

    private long[] client(HttpClient client, List<byte[]> bodies, int id, long end, long[] errors) {
        long[] nanos = new long[1 << 16];
        int n = 0;
        int i = id;
        while (System.nanoTime() < end) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + "/api/v1/deidentify"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i++ % bodies.size())));
            if (apiKey != null) {
                b.header("X-API-Key", apiKey);
            }
            long t = System.nanoTime();
            try {
                HttpResponse<Void> r = client.send(b.build(), HttpResponse.BodyHandlers.discarding());
                long took = System.nanoTime() - t;
                if (r.statusCode() != 200) {
                    errors[id]++;
                    continue;
                }
                if (n == nanos.length) {
                    nanos = Arrays.copyOf(nanos, n * 2);
                }
                nanos[n++] = took;
            } catch (IOException e) {
                errors[id]++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Arrays.copyOf(nanos, n);
    }
}

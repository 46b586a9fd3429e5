package org.raddeid.recognizers.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;

/**
 * Measurement harness, not a test: runs variants of the recognizer over a generated jsonl corpus and prints NAME and
 * LOCATION token recall/precision (typed: a token counts when a span of the same type covers it), per-origin NAME
 * recall, and single-thread reports/s. Usage (after {@code test-compile}):
 * {@code java -cp <test classpath> org.raddeid.recognizers.corenlp.CoreNlpBench <corpus.jsonl> [speed-passes]}.
 */
public final class CoreNlpBench {

    private record Gold(int start, int end, PhiType type, String origin) {
    }

    private record Doc(String id, String text, List<Gold> gold) {
    }

    private CoreNlpBench() {
    }

    public static void main(String[] args) throws IOException {
        List<Doc> docs = read(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        String variants = args.length > 2 ? args[2] : "switch,cased,caseless";
        CrfModel cased = CrfModel.shared(CoreNlpRecognizer.CASED_MODEL);
        CrfModel caseless = CrfModel.shared(CoreNlpRecognizer.CASELESS_MODEL);
        for (String v : variants.split(",")) {
            CoreNlpRecognizer r = switch (v) {
                case "switch" -> new CoreNlpRecognizer(cased, caseless);
                case "cased" -> new CoreNlpRecognizer(cased, null);
                case "caseless" -> new CoreNlpRecognizer(caseless, null);
                default -> new CoreNlpRecognizer(CrfModel.shared("edu/stanford/nlp/models/ner/" + v), null);
            };
            score(v, r, docs, System.getProperty("bench.list") != null);
            if (passes > 0) {
                speed(v, r, docs, passes);
            }
        }
    }

    private static void speed(String v, CoreNlpRecognizer r, List<Doc> docs, int passes) {
        for (Doc d : docs) {
            r.recognize(new AnalyzedText(d.text()));
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long chars = 0;
        for (int p = 0; p < passes; p++) {
            for (Doc d : docs) {
                r.recognize(new AnalyzedText(d.text()));
                chars += d.text().length();
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf("%s speed: %d reports in %.2f s wall = %.1f reports/s; %.2f s thread CPU = %.1f reports/s,"
                + " %.0f chars/s per busy core (one thread)%n", v, docs.size() * passes, s, docs.size() * passes / s,
                cpu, docs.size() * passes / cpu, chars / cpu);
    }

    private static void score(String v, CoreNlpRecognizer r, List<Doc> docs, boolean list) {
        Map<String, int[]> counts = new TreeMap<>(); // key -> {gold tokens, caught, found tokens, found correct}
        for (Doc d : docs) {
            AnalyzedText t = new AnalyzedText(d.text());
            List<PhiSpan> found = r.recognize(t);
            for (Token tok : t.tokens()) {
                if (!tok.isAlphanumeric()) {
                    continue;
                }
                Gold g = null;
                for (Gold x : d.gold()) {
                    if (x.start() <= tok.start() && tok.end() <= x.end()) {
                        g = x;
                    }
                }
                PhiSpan f = null;
                for (PhiSpan x : found) {
                    if (x.start() <= tok.start() && tok.end() <= x.end()) {
                        f = x;
                    }
                }
                if (g != null && (g.type() == PhiType.NAME || g.type() == PhiType.LOCATION)) {
                    boolean caught = f != null && f.type() == g.type();
                    add(counts, g.type().name(), 0, caught);
                    if (g.origin() != null) {
                        add(counts, "NAME/" + g.origin(), 0, caught);
                    }
                    if (!caught && list) {
                        System.out.println("MISS " + g.type() + " " + d.id() + " [" + tok.text(d.text()) + "] in "
                                + context(d.text(), tok.start(), tok.end()));
                    }
                }
                if (f != null) {
                    boolean correct = g != null && g.type() == f.type();
                    add(counts, f.type().name(), 2, correct);
                    add(counts, "score" + f.type().name().charAt(0) + "/" + (int) (f.score() * 20) * 5, 2, correct);
                    if (!correct && list) {
                        System.out.println("FP " + f.type() + " " + d.id() + " [" + tok.text(d.text()) + "] in "
                                + context(d.text(), f.start(), f.end()));
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder(v).append(':');
        counts.forEach((k, c) -> {
            if (!k.startsWith("score")) {
                sb.append(String.format(" %s R=%.1f%%", k, 100.0 * c[1] / Math.max(1, c[0])));
            }
            if (k.startsWith("score")) {
                sb.append(String.format(" %s n=%d P=%.1f%%", k, c[2], 100.0 * c[3] / Math.max(1, c[2])));
            } else if (!k.contains("/")) {
                sb.append(String.format(" P=%.1f%%", 100.0 * c[3] / Math.max(1, c[2])));
            }
        });
        System.out.println(sb);
    }

    private static void add(Map<String, int[]> counts, String key, int idx, boolean hit) {
        int[] c = counts.computeIfAbsent(key, k -> new int[4]);
        c[idx]++;
        if (hit) {
            c[idx + 1]++;
        }
    }

    private static String context(String text, int start, int end) {
        int a = Math.max(0, start - 30);
        int b = Math.min(text.length(), end + 30);
        return (text.substring(a, start) + "[[" + text.substring(start, end) + "]]" + text.substring(end, b))
                .replace("\n", "\\n");
    }

    private static List<Doc> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            List<Gold> gold = new ArrayList<>();
            for (JsonNode s : n.path("spans")) {
                gold.add(new Gold(s.path("start").asInt(), s.path("end").asInt(),
                        PhiType.valueOf(s.path("type").asText()),
                        s.hasNonNull("origin") ? s.path("origin").asText() : null));
            }
            docs.add(new Doc(n.path("id").asText(), n.path("text").asText(), gold));
        }
        return docs;
    }
}

package org.raddeid.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** One local Spark for the module's tests (two cores, loopback only, no UI), and PHI-rich inputs made for them. */
final class SparkFixture {

    static final String SECRET = "spark-test-secret-0123456789abcdef";

    private static SparkSession spark;

    private SparkFixture() {
    }

    /** Returns the shared local[2] session, started on first use; it lives as long as the test JVM. */
    static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("raddeid-spark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
        }
        return spark;
    }

    /** Writes the test secret to {@code dir}/secret.key and returns its path. */
    static Path secretFile(Path dir) throws IOException {
        return Files.writeString(dir.resolve("secret.key"), SECRET + "\n");
    }

    private static final String[] FIRST = {"John", "Maria", "Wei", "Aisha", "Peter", "Olga", "Carlos", "Fatima"};
    private static final String[] LAST = {"Smith", "Garcia", "Chen", "Okafor", "Novak", "Ivanova", "Lopez", "Haddad"};

    /** One report text of patient {@code p}, row {@code i}: names, dates, phone, MRN, sometimes lines and quotes. */
    static String report(int i, int p) {
        String name = FIRST[p % FIRST.length] + " " + LAST[(p * 3) % LAST.length];
        String text = "CT CHEST WITH CONTRAST\nPatient: " + name + ", MRN " + (4_100_000 + p * 37) + ". DOB "
                + String.format("%02d/%02d/19%02d", 1 + p % 12, 1 + p % 27, 40 + p % 50) + ".\n"
                + "Exam date " + String.format("%02d/%02d/2021", 1 + i % 12, 1 + i % 28) + ". Referred by Dr. "
                + LAST[(i + 2) % LAST.length] + " (phone 617-555-" + String.format("%04d", 1000 + i) + ").\n"
                + "FINDINGS: 1.2 x 3.4 cm nodule in the right upper lobe, \"stable\"; no effusion. L4-L5 unremarkable.\n"
                + "IMPRESSION: Stable nodule. Follow-up with " + name.split(" ")[0] + " in 6 months.";
        // some texts with line breaks, some on one line; some with surrounding blanks, which must survive
        return i % 5 == 0 ? text.replace('\n', ' ') : i % 4 == 0 ? "  " + text + "\n\n" : text;
    }

    /** Rows of (id, patient_id, report_text, site) for {@code n} reports over a few patients. */
    static List<String[]> rows(int n) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            int p = i % 7;
            rows.add(new String[] {"doc-" + i, "PAT" + (1000 + p), report(i, p), i % 3 == 0 ? "" : "site " + (i % 4)});
        }
        return rows;
    }

    /** A CSV cell quoted as RFC 4180 asks. */
    static String cell(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** Writes {@code rows} as CSV with a header; {@code extraLines} are appended raw (e.g. a ragged row). */
    static Path csv(Path file, List<String[]> rows, String... extraLines) throws IOException {
        StringBuilder b = new StringBuilder("id,patient_id,report_text,site\n");
        for (String[] r : rows) {
            b.append(r[0]).append(',').append(r[1]).append(',').append(cell(r[2])).append(',')
                    .append(r[3].isEmpty() ? "" : cell(r[3])).append('\n');
        }
        Stream.of(extraLines).forEach(l -> b.append(l).append('\n'));
        return Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** Writes {@code rows} as JSON lines with numeric ids; {@code extraLines} are appended raw. */
    static Path jsonl(Path file, List<String[]> rows, String... extraLines) throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String[] r : rows) {
            var o = mapper.createObjectNode().put("id", ++n).put("patient_id", r[1]).put("report_text", r[2]);
            if (!r[3].isEmpty()) {
                o.put("site", r[3]);
            }
            b.append(mapper.writeValueAsString(o)).append('\n');
        }
        Stream.of(extraLines).forEach(l -> b.append(l).append('\n'));
        return Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }
}

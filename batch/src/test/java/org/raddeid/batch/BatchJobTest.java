package org.raddeid.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raddeid.batch.table.TableOptions;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.rewrite.Policy;
import org.raddeid.core.rewrite.Secret;
import org.raddeid.core.text.AnalyzedText;

class BatchJobTest {

    private static final Secret SECRET = Secret.of("0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8));

    /** Finds "Smith"; fails on a text holding "BOOM", as a broken recognizer would. */
    private static final Recognizer SMITH = new Recognizer() {
        public String name() {
            return "smith";
        }

        public Set<PhiType> types() {
            return Set.of(PhiType.NAME);
        }

        public List<PhiSpan> recognize(AnalyzedText text) {
            if (text.text().contains("BOOM")) {
                throw new IllegalStateException("recognizer broke");
            }
            List<PhiSpan> out = new ArrayList<>();
            Matcher m = Pattern.compile("Smith").matcher(text.text());
            while (m.find()) {
                out.add(PhiSpan.of(m.start(), m.end(), PhiSubtype.PATIENT, 0.9, "smith"));
            }
            return out;
        }
    };

    private static final Deidentifier DEID = new Deidentifier(new Ensemble("test", List.of(SMITH)));

    @TempDir
    Path dir;

    private BatchJob.Settings settings(Path in, Path out, long maxErrors) {
        return new BatchJob.Settings(in, out, BatchJob.Format.CSV, Policy.safeHarbor(), SECRET,
                new TableOptions("text", null, null, false, false, false, 1 << 20, false), false, 2, maxErrors);
    }

    private Path csv(int rows, int boomAt) throws IOException {
        StringBuilder b = new StringBuilder("id,text\r\n");
        for (int i = 1; i <= rows; i++) {
            b.append(i).append(",\"Seen by Smith, row ").append(i).append(i == boomAt ? " BOOM" : "").append("\"\r\n");
        }
        Path in = dir.resolve("in.csv");
        Files.writeString(in, b);
        return in;
    }

    @Test
    void writesEveryRowInOrderAndReportsProgress() throws Exception {
        Path in = csv(600, -1);
        Path out = dir.resolve("out.csv");
        DeidSummary summary = new DeidSummary();
        List<Long> seen = new ArrayList<>();
        BatchJob.run(DEID, settings(in, out, Long.MAX_VALUE), summary, (done, total, s) -> seen.add(s.rows()),
                () -> false);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(601);
        assertThat(lines.get(1)).isEqualTo("1,\"Seen by [NAME], row 1\",");
        assertThat(lines.get(600)).isEqualTo("600,\"Seen by [NAME], row 600\",");
        assertThat(summary.rows()).isEqualTo(600);
        assertThat(seen).containsSubsequence(256L, 512L, 600L);
    }

    @Test
    void aCancelledRunLeavesNoOutput() throws Exception {
        Path in = csv(600, -1);
        Path out = dir.resolve("out.csv");
        AtomicInteger polls = new AtomicInteger();
        assertThatThrownBy(() -> BatchJob.run(DEID, settings(in, out, Long.MAX_VALUE), new DeidSummary(),
                (d, t, s) -> { }, () -> polls.incrementAndGet() >= 2))
                .isInstanceOf(BatchJob.StoppedException.class).hasMessageContaining("cancelled");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("in.csv");
        }
    }

    @Test
    void tooManyFailedRowsStopTheRunAndAFewDoNot() throws Exception {
        Path in = csv(10, 4);
        Path out = dir.resolve("out.csv");
        assertThatThrownBy(() -> BatchJob.run(DEID, settings(in, out, 0), new DeidSummary(), (d, t, s) -> { },
                () -> false)).isInstanceOf(BatchJob.StoppedException.class)
                .hasMessageContaining("more than 0 row(s) failed").hasMessageNotContaining("Smith");
        assertThat(out).doesNotExist();
        DeidSummary summary = new DeidSummary();
        BatchJob.run(DEID, settings(in, out, 1), summary, (d, t, s) -> { }, () -> false);
        assertThat(summary.failed()).isEqualTo(1);
        String failedRow = Files.readAllLines(out).get(4);
        assertThat(failedRow).startsWith("4,,").doesNotContain("Smith").doesNotContain("BOOM");
    }

    @Test
    void formatsComeFromNamesOrWords() {
        assertThat(BatchJob.Format.ofFileName("Reports.CSV")).contains(BatchJob.Format.CSV);
        assertThat(BatchJob.Format.ofFileName("a.ndjson")).contains(BatchJob.Format.JSONL);
        assertThat(BatchJob.Format.ofFileName("a.txt")).isEmpty();
        assertThatThrownBy(() -> BatchJob.Format.parse("xml")).hasMessage("unknown format 'xml'; known: csv, jsonl");
    }
}

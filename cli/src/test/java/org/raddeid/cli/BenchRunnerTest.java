package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.raddeid.core.Deidentifier;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.Recognizer;
import org.raddeid.core.ensemble.Ensemble;
import org.raddeid.core.text.AnalyzedText;

class BenchRunnerTest {

    private static final List<BenchRunner.Report> REPORTS = List.of(
            new BenchRunner.Report("r1", "Seen on 01/02/2020."),
            new BenchRunner.Report("r2", "BOOM Mr Quixote"),
            new BenchRunner.Report("r3", "No PHI here."));

    /** Throws on texts containing BOOM, with a message quoting the text, as a careless library might. */
    private static final class Exploding implements Recognizer {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String name() {
            return "exploding";
        }

        @Override
        public Set<PhiType> types() {
            return Set.of(PhiType.NAME);
        }

        @Override
        public List<PhiSpan> recognize(AnalyzedText text) {
            calls.incrementAndGet();
            if (text.text().contains("BOOM")) {
                throw new IllegalStateException("cannot parse " + text.text());
            }
            return List.of();
        }
    }

    @Test
    void everyReportIsAnalysedOncePerRunOnEveryThreadCount() throws InterruptedException {
        Exploding rec = new Exploding();
        BenchRunner runner = new BenchRunner(new Deidentifier(new Ensemble("t", List.of(rec))), REPORTS);

        List<BenchRunner.Run> runs = runner.timedRuns(2, 3);

        assertThat(runs).hasSize(3);
        assertThat(rec.calls).hasValue(9);
        for (BenchRunner.Run run : runs) {
            assertThat(run.reportNanos()).hasSize(3);
            assertThat(Arrays.stream(run.reportNanos()).boxed()).allSatisfy(n -> assertThat(n).isPositive());
            assertThat(run.wallNanos()).isPositive();
            assertThat(run.cpuNanos()).isNotZero();
        }
    }

    @Test
    void whenAReportThrows_thenItIsAnErrorNamedByIdAndLeftOutOfTheRates() throws InterruptedException {
        BenchRunner runner = new BenchRunner(new Deidentifier(new Ensemble("t", List.of(new Exploding()))), REPORTS);

        BenchRunner.Run run = runner.timedRuns(1, 1).get(0);

        assertThat(run.succeeded()).isEqualTo(2);
        assertThat(run.succeededChars()).isEqualTo(REPORTS.get(0).text().length() + REPORTS.get(2).text().length());
        assertThat(run.errors()).singleElement().asString()
                .startsWith("r2: ").contains("exploding").contains("IllegalStateException")
                .doesNotContain("Quixote");
        assertThat(run.reportsPerSecond()).isPositive();
    }

    @Test
    void warmUpRunsUntilItsTimeIsUpAndCountsErrors() throws InterruptedException {
        Exploding rec = new Exploding();
        BenchRunner runner = new BenchRunner(new Deidentifier(new Ensemble("t", List.of(rec))), REPORTS);

        BenchRunner.WarmUp warm = runner.warmUp(0.05, 2);

        assertThat(warm.analyses()).isGreaterThanOrEqualTo(2).isEqualTo(rec.calls.get());
        assertThat(warm.errors()).isPositive().isLessThan(warm.analyses());
        assertThat(runner.warmUp(0, 2)).isEqualTo(new BenchRunner.WarmUp(0, 0));
    }

    @Test
    void aRunnerNeedsReports() {
        Deidentifier deid = new Deidentifier(new Ensemble("t", List.of(new Exploding())));
        assertThatThrownBy(() -> new BenchRunner(deid, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

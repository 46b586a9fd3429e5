package org.raddeid.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Merging task tallies as Spark does on the driver. */
class RunTallyTest {

    @Test
    void whenTasksMerge_thenCountsAddUp_andTheLowestRowsErrorsAreKept() {
        RunTally a = new RunTally();
        RunTally b = new RunTally();
        for (long row = 1; row <= 150; row++) {
            (row % 2 == 0 ? a : b).row(row, row % 3 == 0 ? "row " + row + ": failed" : null, false);
        }
        RunTally driver = new RunTally();
        driver.merge(b);
        driver.merge(a);
        assertThat(driver.rows()).isEqualTo(150);
        assertThat(driver.failed()).isEqualTo(50);
        assertThat(driver.errors()).hasSize(50).containsEntry(3L, "row 3: failed");
        for (long row = 151; row <= 600; row++) {
            a.row(row, "row " + row + ": failed", false);
        }
        RunTally again = new RunTally();
        again.merge(a);
        again.merge(b);
        assertThat(again.errors()).hasSize(RunTally.MAX_ERRORS);
        assertThat(again.errors().keySet().iterator().next()).isEqualTo(3L);
        assertThat(again.toJson(2.0, "fast", "surrogate").get("errorsNotListed").asLong())
                .isEqualTo(again.failed() - RunTally.MAX_ERRORS);
    }

    @Test
    void aCopyIsIndependent_andResetIsZero() {
        RunTally a = new RunTally();
        a.row(1, null, true);
        RunTally c = a.copy();
        a.row(2, null, false);
        assertThat(c.rows()).isEqualTo(1);
        assertThat(c.toJson(1, "fast", "safe-harbor").get("degraded").get("rows").asLong()).isEqualTo(1);
        c.reset();
        assertThat(c.isZero()).isTrue();
        assertThat(c.toString()).isEqualTo("RunTally[rows=0, failed=0, phi=0]");
    }
}

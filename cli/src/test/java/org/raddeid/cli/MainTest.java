package org.raddeid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpListsTheSubcommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("analyze", "generate", "evaluate", "serve");
    }

    @Test
    void whenAnOptionIsUnknown_thenUsageErrorCode() {
        CliRun run = CliRun.of("analyze", "--input", "a", "--output", "b", "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--frobnicate");
    }

    @Test
    void whenAskedForTheVersion_thenTheProjectVersionAndTheCommitAreShown() {
        CliRun run = CliRun.of("-V");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip())
                .matches("raddeid \\d+\\.\\d+\\.\\d+\\S* \\(commit ([0-9a-f]{7,40}|unknown)(, modified)?\\)")
                .isEqualTo(CliRun.of("deid", "-V").out().strip());
    }
}

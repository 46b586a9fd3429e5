package org.raddeid.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void whenBuiltByMaven_thenTheVersionAndACommitAreRecorded() {
        BuildInfo b = BuildInfo.current();
        assertThat(b.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        // a checkout gives hex; a build without git history gives "unknown", never a Maven placeholder
        assertThat(b.commit()).matches("[0-9a-f]{7,40}|unknown");
        assertThat(b.describe()).startsWith(b.version() + " (commit " + b.commit());
    }

    @Test
    void whenTheSourcesHadNoGitHistory_thenTheCommitIsUnknown() {
        Properties p = new Properties();
        p.setProperty("version", "1.2.3");
        p.setProperty("commit", "${git.commit.id.abbrev}");
        p.setProperty("dirty", "${git.dirty}");
        BuildInfo b = BuildInfo.of(p);
        assertThat(b).isEqualTo(new BuildInfo("1.2.3", "unknown", false));
        assertThat(b.describe()).isEqualTo("1.2.3 (commit unknown)");
    }

    @Test
    void whenTheTreeWasModified_thenTheLineSaysSo() {
        Properties p = new Properties();
        p.setProperty("version", "1.2.3");
        p.setProperty("commit", "abcdef1234");
        p.setProperty("dirty", "true");
        assertThat(BuildInfo.of(p).describe()).isEqualTo("1.2.3 (commit abcdef1234, modified)");
    }

    @Test
    void whenNothingWasRecorded_thenEveryPartIsUnknown() {
        assertThat(BuildInfo.of(new Properties())).isEqualTo(new BuildInfo("unknown", "unknown", false));
    }
}

package org.raddeid.cli;

import org.raddeid.core.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** Reports the project version and the git commit the jar was built from ({@link BuildInfo}). Stateless. */
public final class Version implements IVersionProvider {

    /** Returns the one line {@code -V} prints: {@code raddeid 0.1.0-SNAPSHOT (commit 1a2b3c4d5e)}. */
    static String line() {
        return "raddeid " + BuildInfo.current().describe();
    }

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }
}

package org.raddeid.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this build: the project version and the git commit it was built from, written into the jar by
 * Maven ({@code org/raddeid/core/build.properties}). A build from sources without git history (a source tarball)
 * says {@code unknown} for the commit instead of failing. Immutable and thread-safe.
 *
 * @param version the project version, such as {@code 0.1.0-SNAPSHOT}
 * @param commit the abbreviated commit id, or {@code unknown}
 * @param dirty true when the working tree had uncommitted changes at build time
 */
public record BuildInfo(String version, String commit, boolean dirty) {

    /** What is said for a part that the build did not record. */
    public static final String UNKNOWN = "unknown";

    private static final BuildInfo CURRENT = load();

    /** Returns the build this code belongs to. */
    public static BuildInfo current() {
        return CURRENT;
    }

    /**
     * Returns one line for people and reports: {@code 0.1.0-SNAPSHOT (commit 1a2b3c4d5e)}, with {@code , modified}
     * when the tree was dirty, or {@code (commit unknown)}.
     */
    public String describe() {
        return version + " (commit " + commit + (dirty ? ", modified" : "") + ")";
    }

    /** Reads the build properties; a missing or unfiltered file gives {@code unknown} parts. */
    static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // nothing recorded: every part is unknown
        }
        return of(p);
    }

    /** Builds the record from properties as Maven wrote them; placeholders Maven left unresolved count as unknown. */
    static BuildInfo of(Properties p) {
        return new BuildInfo(value(p, "version"), value(p, "commit"), "true".equals(value(p, "dirty")));
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
    }
}

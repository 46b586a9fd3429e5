package org.raddeid.cli.io;

import java.io.PrintWriter;

/**
 * Progress of a long run on stderr: on a terminal, a one-line bar redrawn with carriage returns at most a few times a
 * second; elsewhere (a log, a pipe, CI), one plain line every few seconds, so a long run is never silent and logs stay
 * readable. Not thread-safe.
 */
public final class Progress {

    /** How often a plain line is printed when stderr is not a terminal. */
    static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long plainEveryNanos;
    private final long total;
    private final String label;
    private long lastDraw;
    private long lastPlain;
    private long bytes = -1;
    private final long startNanos = System.nanoTime();

    /**
     * Creates a bar.
     *
     * @param err where to draw
     * @param terminal whether to draw a bar (pass {@link #isTerminal()}); else plain lines every few seconds
     * @param total the amount of work (bytes, documents), or 0 when unknown
     * @param label a short word shown before the bar
     */
    public Progress(PrintWriter err, boolean terminal, long total, String label) {
        this(err, terminal, total, label, PLAIN_EVERY_NANOS);
    }

    /** As the public constructor, with plain lines every {@code plainEveryNanos} (for tests). */
    Progress(PrintWriter err, boolean terminal, long total, String label, long plainEveryNanos) {
        this.err = err;
        this.enabled = terminal;
        this.total = total;
        this.label = label;
        this.plainEveryNanos = plainEveryNanos;
        this.lastPlain = startNanos;
    }

    /** Returns true when the process talks to a terminal. */
    public static boolean isTerminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    /** Redraws the bar if enough time has passed; {@code done} is the work done so far, {@code items} a count shown. */
    public void update(long done, long items) {
        update(done, items, -1);
    }

    /** As {@link #update(long, long)}, also showing MB/s over {@code bytes} processed when it is not negative. */
    public void update(long done, long items, long bytes) {
        this.bytes = bytes;
        long now = System.nanoTime();
        if (!enabled) {
            if (now - lastPlain >= plainEveryNanos) {
                lastPlain = now;
                plain(done, items);
            }
            return;
        }
        if (now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        draw(done, items);
    }

    /** Draws the final state and ends the line. */
    public void finish(long done, long items) {
        finish(done, items, -1);
    }

    /** As {@link #finish(long, long)}, also showing MB/s over {@code bytes} when it is not negative. */
    public void finish(long done, long items, long bytes) {
        this.bytes = bytes;
        if (enabled) {
            draw(done, items);
            err.println();
            err.flush();
        }
    }

    /** One line that ends with a newline: {@code deid: 45%, 1,200 done (310/s, 1.2 MB/s), ETA 20s}. */
    private void plain(long done, long items) {
        double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
        StringBuilder b = new StringBuilder(label).append(": ");
        double f = total > 0 ? Math.min(1.0, (double) done / total) : -1;
        if (f >= 0) {
            b.append(String.format("%.0f%%, ", f * 100));
        }
        b.append(String.format("%,d done (%,.0f/s", items, items / seconds));
        if (bytes >= 0) {
            b.append(String.format(", %,.1f MB/s", bytes / 1e6 / seconds));
        }
        b.append(')');
        if (f > 0 && f < 1) {
            b.append(", ETA ").append(duration(seconds * (1 - f) / f));
        }
        err.println(b);
        err.flush();
    }

    private void draw(long done, long items) {
        double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
        String rate = String.format("%,.0f/s", items / seconds)
                + (bytes >= 0 ? String.format(", %,.1f MB/s", bytes / 1e6 / seconds) : "");
        if (total > 0) {
            double f = Math.min(1.0, (double) done / total);
            int width = 30;
            int filled = (int) Math.round(f * width);
            String eta = f > 0 && f < 1 ? ", ETA " + duration(seconds * (1 - f) / f) : "";
            err.printf("\r%s [%s%s] %3.0f%% %,d (%s%s)   ", label, "#".repeat(filled), ".".repeat(width - filled),
                    f * 100, items, rate, eta);
        } else {
            err.printf("\r%s %,d (%s)", label, items, rate);
        }
        err.flush();
    }

    /** Formats seconds as {@code 42s}, {@code 3m05s} or {@code 2h07m}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        return String.format("%dh%02dm", s / 3600, s / 60 % 60);
    }
}

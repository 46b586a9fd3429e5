package org.raddeid.evaluation;

/**
 * How fast the detector ran. Immutable.
 *
 * <p>Rates use the detector time the caller measured and passed in (summed over documents), so they leave out reading
 * and scoring; the wall-clock rate includes everything between the scorer's creation and the report. Rates are null
 * when their time is zero.
 *
 * @param docs documents scored
 * @param chars their total length in Unicode code points
 * @param seconds summed detector time
 * @param reportsPerSecond {@code docs / seconds}, or null
 * @param charsPerSecond {@code chars / seconds}, or null
 * @param wallSeconds wall-clock time from the scorer's creation to the report
 * @param wallReportsPerSecond {@code docs / wallSeconds}, or null
 */
public record Throughput(long docs, long chars, double seconds, Double reportsPerSecond, Double charsPerSecond,
        double wallSeconds, Double wallReportsPerSecond) {

    /** Builds the throughput from counts and nanoseconds. */
    static Throughput of(long docs, long chars, long detectorNanos, long wallNanos) {
        double s = detectorNanos / 1e9;
        double w = wallNanos / 1e9;
        return new Throughput(docs, chars, s, s > 0 ? docs / s : null, s > 0 ? chars / s : null, w,
                w > 0 ? docs / w : null);
    }
}

package org.raddeid.dicom.codec;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How much memory inflating deflated data sets may take, tied to the heap: all files being inflated at once share a
 * quarter of the maximum heap (or the bytes the system property {@value #PROPERTY} gives), and one file may inflate to
 * at most a third of that (and never past 1 GiB). Each
 * inflated byte is counted three times (the growing buffer's slack, and the copy taken when it is done), so a deflate
 * bomb is refused, and the file quarantined, long before the heap runs out. Thread-safe.
 */
public final class InflationBudget {

    /** Bytes counted per inflated byte while a data set is inflated and parsed. */
    private static final int WEIGHT = 3;
    private static final long MAX_FILE = 1L << 30;
    /** The system property that sets the shared budget in bytes (default: a quarter of the maximum heap). */
    public static final String PROPERTY = "raddeid.dicom.inflation-budget";
    private static final InflationBudget SHARED = new InflationBudget(
            Long.getLong(PROPERTY, Runtime.getRuntime().maxMemory() / 4));

    private final long total;
    private final long perFile;
    private final AtomicLong reserved = new AtomicLong();

    /** A budget of {@code totalBytes} shared by every file inflated at once. */
    public InflationBudget(long totalBytes) {
        this.total = totalBytes;
        this.perFile = Math.min(MAX_FILE, totalBytes / WEIGHT);
    }

    /** Returns the budget every reader shares (a quarter of this JVM's maximum heap unless {@value #PROPERTY} is set). */
    public static InflationBudget shared() {
        return SHARED;
    }

    /** Returns the most one data set may inflate to, in bytes. */
    public long perFile() {
        return perFile;
    }

    /** Opens one file's share; close it when the file is parsed, so the memory counts again for others. */
    public Grant open() {
        return new Grant();
    }

    /** One file's share of the budget. Not thread-safe: one reader uses it. */
    public final class Grant implements AutoCloseable {
        private long held;

        private Grant() {
        }

        /**
         * Asks for the data set to grow to {@code inflatedBytes}.
         *
         * @return false when that is over the per-file limit or the budget other files leave free (nothing is then
         *     taken)
         */
        public boolean grow(long inflatedBytes) {
            if (inflatedBytes > perFile) {
                return false;
            }
            long want = inflatedBytes * WEIGHT - held;
            if (want <= 0) {
                return true;
            }
            long now = reserved.addAndGet(want);
            if (now > total) {
                reserved.addAndGet(-want);
                return false;
            }
            held += want;
            return true;
        }

        /** Returns the per-file limit, for messages. */
        public long limit() {
            return perFile;
        }

        /** Gives the share back. */
        @Override
        public void close() {
            reserved.addAndGet(-held);
            held = 0;
        }
    }
}

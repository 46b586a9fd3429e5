package org.raddeid.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap readings for the bench, from the JVM's memory MX beans. Readings are process-wide: anything else running in
 * the JVM counts too. Thread-safe (the beans are).
 */
final class HeapGauge {

    private HeapGauge() {
    }

    /** Asks for a full collection, then returns the heap in use, in bytes. {@code System.gc()} is only a request. */
    static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Resets the peak usage of every heap pool to its current usage. */
    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * Returns the sum of the peak usage of the heap pools since the last {@link #resetPeaks()}, in bytes. The pools
     * peak at different moments and the figure includes garbage not yet collected, so it is an upper bound on the
     * heap the work needed.
     */
    static long peakSum() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

package org.papergraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap use of a part of a run, from the heap memory pools' peak usage. The sum of the pools' peaks
 * can exceed the true peak a little (the pools need not peak at once); it never misses it. Not thread-safe:
 * the pools' peaks are global to the JVM, so one measurement at a time.
 */
public final class HeapPeak {
    private HeapPeak() {
    }

    /** Collects garbage left by earlier parts, so it is not charged to the next one, and resets the peaks. */
    public static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) pool.resetPeakUsage();
        }
    }

    /** Bytes: the sum of the heap pools' peak usage since the last {@link #reset()}. */
    public static long read() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}

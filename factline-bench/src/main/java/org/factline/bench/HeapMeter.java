package org.factline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap figures in megabytes: the peak since the last reset, and what stays in use after full collections. */
public final class HeapMeter {

    private HeapMeter() {
    }

    public static void resetPeak() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound, as pools peak at different moments. */
    public static long peakMb() {
        return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    public static long usedAfterGcMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }
}

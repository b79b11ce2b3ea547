package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class IdleHeapTest {
    @Test
    void theHeapIsCollectedWhenIdleAndKeepsLessFreeMemory() {
        IdleHeap.giveBackWhenIdle();

        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertEquals(IdleHeap.PERIODIC_COLLECTION_MILLIS, vm.getVMOption("G1PeriodicGCInterval").getValue());
        assertEquals(IdleHeap.MOST_FREE_PERCENT, vm.getVMOption("MaxHeapFreeRatio").getValue());
        assertEquals(IdleHeap.LEAST_FREE_PERCENT, vm.getVMOption("MinHeapFreeRatio").getValue());
    }
}

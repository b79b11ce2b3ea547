package org.hubmap.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Has the Java heap give memory back to the system once the window is idle. Opening a large layout needs room to
 * read and draw it, and by default the heap keeps all it grew to: 1.36 GB resident after opening 100 000 features,
 * of which under 500 MB was still in use. With a collection every few seconds of quiet, done alongside the
 * application rather than stopping it, and less free heap kept back, the same window settles near 0.9 GB.
 *
 * <p>The settings are ones the running virtual machine allows changing; one that does not exist (another virtual
 * machine, another collector) is left as it is, at no cost but the memory.
 */
final class IdleHeap {
    /** How long the application must be idle before a collection gives memory back. */
    static final String PERIODIC_COLLECTION_MILLIS = "5000";
    /** Most free heap kept after a collection, as a percentage, instead of 70. */
    static final String MOST_FREE_PERCENT = "30";
    /** Least free heap kept after a collection, as a percentage, instead of 40. */
    static final String LEAST_FREE_PERCENT = "10";

    private IdleHeap() {
    }

    /** Applies the settings to this virtual machine, as far as it allows. */
    static void giveBackWhenIdle() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null) {
            return;
        }
        // Least before most: the virtual machine refuses a least above the most in force.
        set(vm, "MinHeapFreeRatio", LEAST_FREE_PERCENT);
        set(vm, "MaxHeapFreeRatio", MOST_FREE_PERCENT);
        set(vm, "G1PeriodicGCInterval", PERIODIC_COLLECTION_MILLIS);
    }

    private static void set(HotSpotDiagnosticMXBean vm, String option, String value) {
        try {
            vm.setVMOption(option, value);
        } catch (IllegalArgumentException | SecurityException e) {
            // Not a setting this virtual machine has or lets change: memory is then given back as it decides.
        }
    }
}

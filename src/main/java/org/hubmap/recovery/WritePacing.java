package org.hubmap.recovery;

/**
 * How long an autosave waits after a change before writing: the area's delay, or longer for a layout whose
 * snapshots take long to write, so that writing takes at most a fifth of the writer thread's time however fast
 * the user edits. A 100 000-feature layout written in half a second is then written every two and a half seconds
 * at most, while small layouts keep the short delay. Thread-safe.
 */
final class WritePacing {
    /** Time waited per unit of time spent writing. */
    static final int WAIT_PER_WRITE = 4;

    private final long leastDelayMillis;
    private volatile long lastWriteMillis;

    WritePacing(long leastDelayMillis) {
        this.leastDelayMillis = leastDelayMillis;
    }

    /** Notes that a snapshot took {@code nanos} to write. */
    void written(long nanos) {
        lastWriteMillis = nanos / 1_000_000;
    }

    /** How long to wait after a change before writing it. */
    long delayMillis() {
        return Math.max(leastDelayMillis, WAIT_PER_WRITE * lastWriteMillis);
    }
}

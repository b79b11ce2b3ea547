package org.hubmap.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread is kept from its work: a background thread hands it a ping every few
 * milliseconds and notes how long each one waited before it ran. A ping waits as long as whatever runs on the FX
 * thread before it (a handler, a layout pass, a pulse), so the longest wait is the longest time the window could
 * not answer the user. One ping is in flight at a time, so a long block counts once, not once per ping queued.
 * While a ping has waited long, the FX thread's stack is sampled, so that a failure can say what kept it busy.
 *
 * <p>It also measures the processor time the FX thread spent while each ping waited. On a machine other work keeps
 * busy a wait stretches with the load, while the work the FX thread did to cause it does not: that is the figure a
 * test can hold to a limit on any machine.
 */
final class FxThreadWatchdog implements AutoCloseable {
    private static final long PING_EVERY_MILLIS = 5;
    /** How often the FX thread's stack is sampled while a ping waits, and after how long a wait it is. */
    private static final long SAMPLE_EVERY_MILLIS = 50;
    private static final long SAMPLE_AFTER_MILLIS = 150;
    private static final int FRAMES_SHOWN = 4;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong longestCpuNanos = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();
    private final Thread pinger = new Thread(this::ping, "fx-watchdog");
    private volatile boolean running = true;
    private volatile Thread fxThread;
    /** The frames the FX thread was in while pings waited long, with how often each was seen. */
    private final Map<String, Integer> busyIn = new ConcurrentHashMap<>();

    private FxThreadWatchdog() {
        pinger.setDaemon(true);
    }

    /** Starts watching the FX thread until closed. */
    static FxThreadWatchdog start() {
        FxThreadWatchdog watchdog = new FxThreadWatchdog();
        watchdog.pinger.start();
        return watchdog;
    }

    private void ping() {
        Semaphore ran = new Semaphore(0);
        while (running) {
            long posted = System.nanoTime();
            Thread fx = fxThread;
            long cpuAtPost = fx == null ? -1 : THREADS.getThreadCpuTime(fx.getId());
            Platform.runLater(() -> {
                fxThread = Thread.currentThread();
                longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                if (cpuAtPost >= 0) {
                    longestCpuNanos.accumulateAndGet(THREADS.getCurrentThreadCpuTime() - cpuAtPost, Math::max);
                }
                pings.incrementAndGet();
                ran.release();
            });
            try {
                // The next ping goes once this one has run, however long the FX thread keeps it waiting.
                while (running && !ran.tryAcquire(SAMPLE_EVERY_MILLIS, TimeUnit.MILLISECONDS)) {
                    long waited = System.nanoTime() - posted;
                    longestNanos.accumulateAndGet(waited, Math::max);
                    if (cpuAtPost >= 0) {
                        longestCpuNanos.accumulateAndGet(THREADS.getThreadCpuTime(fx.getId()) - cpuAtPost, Math::max);
                    }
                    if (waited > TimeUnit.MILLISECONDS.toNanos(SAMPLE_AFTER_MILLIS) && fxThread != null) {
                        busyIn.merge(framesOf(fxThread.getStackTrace()), 1, Integer::sum);
                    }
                }
                Thread.sleep(PING_EVERY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The longest the FX thread has kept a ping waiting so far, in milliseconds. */
    double longestBlockMillis() {
        return longestNanos.get() / 1e6;
    }

    /** The most processor time the FX thread spent while one ping waited, in milliseconds. */
    double longestBusyCpuMillis() {
        return longestCpuNanos.get() / 1e6;
    }

    /**
     * Where the FX thread was while pings waited long, the most seen first, each with how many samples found it
     * there: its innermost frames of HubMap's code, else its innermost frames.
     */
    String whereBusy() {
        return busyIn.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .map(e -> e.getValue() + " x " + e.getKey()).collect(Collectors.joining("\n", "\n", ""));
    }

    private static String framesOf(StackTraceElement[] stack) {
        List<StackTraceElement> ours = Arrays.stream(stack).filter(f -> f.getClassName().startsWith("org.hubmap"))
                .toList();
        List<StackTraceElement> shown = ours.isEmpty() ? Arrays.asList(stack) : ours;
        return shown.stream().limit(ours.isEmpty() ? 3 * FRAMES_SHOWN : FRAMES_SHOWN).map(StackTraceElement::toString)
                .collect(Collectors.joining(" < "));
    }

    /** How many pings have run: a watchdog whose pings never ran measured nothing. */
    long pingsAnswered() {
        return pings.get();
    }

    /** Forgets the longest block seen so far, to measure the next stretch of work alone. */
    void reset() {
        longestNanos.set(0);
        longestCpuNanos.set(0);
        busyIn.clear();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        pinger.interrupt();
        pinger.join();
    }
}

package org.hubmap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.store.DatabaseAddress;
import org.hubmap.store.DatabaseStorage;
import org.hubmap.store.FeatureConflictException;
import org.hubmap.store.RemoteChanges;
import org.hubmap.store.SharedStore;

/**
 * How soon one client sees another's saved edit in a shared layout. {@code WRITERS} clients, each with a storage of
 * its own, save small edits of a feature of their own at a steady rate (one save every {@code MIN_MS} to {@code
 * MAX_MS} milliseconds, drawn once per writer) for {@code SECONDS}; one observer watches the layout, fetches
 * others' changes when told of them and applies them to its layout, as the window does before drawing. Each edit
 * carries its writer's wall clock in epoch microseconds, and the writer notes when its {@code save} returned (the
 * commit); the observer notes when it applied the edit. All run in this process, so all read the same clock.
 *
 * <p>Prints the count of edits and the latency from commit to applied (and from the call of {@code save} to
 * applied) as p50, p95, p99 and max, the saves per second, and the conflicts, retries and failures.
 *
 * <p>Usage: {@code LiveLatency URI FILE [WRITERS [SECONDS [MIN_MS MAX_MS]]]} (default 20 writers, 60 s, 200 to 500
 * ms); {@code FILE} is pushed as the layout {@code live latency} first, replacing one of that name.
 */
public final class LiveLatency {
    private static final String LAYOUT = "live latency";
    private static final String EDIT = "bench_edit";
    private static final String SENT = "bench_sent_us";
    /** How long the observer may take to see the last edits once the writers stopped. */
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final DatabaseAddress address;
    private final int writers;
    private final long runNanos;
    private final int minMillis;
    private final int maxMillis;
    /** Microseconds since the epoch when each edit's save returned, by edit. */
    private final Map<String, Long> committed = new ConcurrentHashMap<>();
    /** Microseconds since the epoch when each edit's save was called, by edit. */
    private final Map<String, Long> sent = new ConcurrentHashMap<>();
    /** Microseconds since the epoch when the observer applied each edit, by edit. */
    private final Map<String, Long> applied = new ConcurrentHashMap<>();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong fetches = new AtomicLong();
    private volatile boolean writersDone;

    private LiveLatency(DatabaseAddress address, int writers, int seconds, int minMillis, int maxMillis) {
        this.address = address;
        this.writers = writers;
        this.runNanos = TimeUnit.SECONDS.toNanos(seconds);
        this.minMillis = minMillis;
        this.maxMillis = maxMillis;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length == 5 || args.length > 6) {
            System.err.println("usage: LiveLatency URI FILE [WRITERS [SECONDS [MIN_MS MAX_MS]]]");
            System.exit(2);
        }
        DatabaseAddress address = DatabaseAddress.parse(args[0]);
        try (SharedStore store = SharedStore.connect(address)) {
            store.initialise(List.of(), List.of());
            store.remove(LAYOUT);
            store.push(Path.of(args[1]), LAYOUT, ReadProgress.NONE);
        }
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int min = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int max = args.length > 4 ? Integer.parseInt(args[5]) : 500;
        new LiveLatency(address, writers, seconds, min, max).run();
    }

    private void run() throws Exception {
        DatabaseStorage observer = DatabaseStorage.of(address, LAYOUT);
        Layout[] layout = {observer.read(ReadProgress.NONE).layout()};
        int features = layout[0].features().size();
        if (features < writers) {
            throw new IllegalArgumentException("the layout has " + features + " features, fewer than " + writers
                    + " writers");
        }
        Semaphore told = new Semaphore(0);
        CountDownLatch connected = new CountDownLatch(1);
        DatabaseStorage.Watch watch = observer.watch(told::release, up -> {
            if (up) {
                connected.countDown();
            } else {
                System.err.println("The observer lost the server");
            }
        });
        if (!connected.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the observer did not connect to listen within 30 s");
        }
        Thread observing = new Thread(() -> observe(observer, layout, told), "observer");
        observing.start();

        // Every writer has read the layout before the clock starts: the run times saves, not reads.
        CountDownLatch ready = new CountDownLatch(writers);
        long[] start = {0};
        CountDownLatch started = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] saves = new long[writers];
        for (int w = 0; w < writers; w++) {
            int writer = w;
            int index = (int) ((long) w * features / writers);
            Thread thread = new Thread(() -> saves[writer] = write(writer, index, ready, started, start),
                    "writer " + w);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        start[0] = System.nanoTime();
        started.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start[0]) / 1e9;
        writersDone = true;
        told.release();
        observing.join();
        watch.close();
        report(Arrays.stream(saves).sum(), seconds, features);
    }

    /** One writer's loop; the number of saves that went through. */
    private long write(int writer, int index, CountDownLatch ready, CountDownLatch started, long[] startedAt) {
        DatabaseStorage storage = DatabaseStorage.of(address, LAYOUT);
        SplittableRandom random = new SplittableRandom(writer);
        long periodNanos = TimeUnit.MILLISECONDS.toNanos(random.nextInt(minMillis, maxMillis + 1));
        long saves = 0;
        try {
            Layout base;
            try {
                base = storage.read(ReadProgress.NONE).layout();
            } finally {
                ready.countDown();
            }
            started.await();
            long start = startedAt[0];
            // Writers start spread over one period, as people do, rather than all at once.
            long next = start + random.nextLong(periodNanos);
            long end = start + runNanos;
            // A writer whose saves take longer than its period saves less often rather than in bursts to catch up,
            // and stops at the end of the run whatever it planned.
            for (int seq = 0; next < end && System.nanoTime() < end; seq++,
                    next = Math.max(next + periodNanos, System.nanoTime())) {
                LockSupport.parkNanos(next - System.nanoTime());
                String edit = writer + ":" + seq;
                long sentMicros = micros();
                LayoutFeature feature = base.features().get(index).withProperty(EDIT, edit)
                        .withProperty(SENT, sentMicros);
                Layout edited = base.withFeature(index, feature);
                try {
                    storage.save(edited, base);
                    committed.put(edit, micros());
                    sent.put(edit, sentMicros);
                    base = edited;
                    saves++;
                } catch (FeatureConflictException e) {
                    // Nobody else edits this feature, so a conflict is a fault of the store worth counting.
                    conflicts.incrementAndGet();
                    base = storage.read(ReadProgress.NONE).layout();
                }
            }
        } catch (IOException e) {
            failures.incrementAndGet();
            System.err.println("writer " + writer + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            storage.disconnect();
        }
        return saves;
    }

    /** The observer's loop: fetches and applies others' changes each time it is told of some. */
    private void observe(DatabaseStorage observer, Layout[] layout, Semaphore told) {
        Map<String, Integer> positions = new HashMap<>();
        List<LayoutFeature> features = layout[0].features();
        for (int i = 0; i < features.size(); i++) {
            positions.put(String.valueOf(features.get(i).id()), i);
        }
        long drainUntil = Long.MAX_VALUE;
        while (true) {
            try {
                told.tryAcquire(200, TimeUnit.MILLISECONDS);
                told.drainPermits();
                if (writersDone) {
                    if (committed.keySet().stream().allMatch(edit -> seen(edit) != null)) {
                        return;
                    }
                    drainUntil = Math.min(drainUntil, System.nanoTime() + DRAIN_NANOS);
                    if (System.nanoTime() > drainUntil) {
                        return;
                    }
                }
                RemoteChanges changes = observer.fetchChanges();
                fetches.incrementAndGet();
                if (changes.isEmpty()) {
                    continue;
                }
                layout[0] = applied(layout[0], changes, positions);
                observer.take(changes, changes.keys());
                long now = micros();
                for (RemoteChanges.Change change : changes.changed()) {
                    Object edit = change.feature().properties().get(EDIT);
                    if (edit != null) {
                        applied.putIfAbsent(edit.toString(), now);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                failures.incrementAndGet();
                System.err.println("observer: " + e.getMessage());
            }
        }
    }

    /** {@code layout} with the changed features of {@code changes} in place; the benchmark removes none. */
    private static Layout applied(Layout layout, RemoteChanges changes, Map<String, Integer> positions) {
        int[] indexes = new int[changes.changed().size()];
        Map<Integer, LayoutFeature> byIndex = new java.util.TreeMap<>();
        for (RemoteChanges.Change change : changes.changed()) {
            byIndex.put(positions.get(change.key()), change.feature());
        }
        int i = 0;
        for (int index : byIndex.keySet()) {
            indexes[i++] = index;
        }
        return layout.withFeaturesReplaced(Arrays.copyOf(indexes, i), List.copyOf(byIndex.values()));
    }

    private void report(long saves, double seconds, int features) {
        long[] fromCommit = latencies(committed);
        long[] fromSave = latencies(sent);
        System.out.printf("writers: %d, each one save every %d to %d ms, for %.1f s; layout of %d features%n",
                writers, minMillis, maxMillis, seconds, features);
        System.out.printf("saves: %d (%.1f a second); conflicts (each followed by a read and a retry): %d;"
                + " failures: %d; observer fetches: %d%n", saves, saves / seconds, conflicts.get(), failures.get(),
                fetches.get());
        System.out.printf("edits the observer has: %d of %d (%d of them only through a later edit of the same"
                + " feature)%n", fromCommit.length, committed.size(), fromCommit.length
                - committed.keySet().stream().filter(applied::containsKey).count());
        System.out.println();
        System.out.println("| latency to applied | count | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        System.out.println(row("from the commit (save returned)", fromCommit));
        System.out.println(row("from the call of save", fromSave));
    }

    /**
     * The latencies, sorted, in microseconds, of the edits the observer has, from the times in {@code from}. An edit
     * the same writer's next edit overwrote before the observer fetched it is never fetched itself (a fetch gives
     * each feature as it is now): the observer has it once it applied a later edit of that writer.
     */
    private long[] latencies(Map<String, Long> from) {
        return from.entrySet().stream().filter(e -> seen(e.getKey()) != null)
                .mapToLong(e -> seen(e.getKey()) - e.getValue()).sorted().toArray();
    }

    /** When the observer first had edit {@code edit} ("WRITER:SEQUENCE") or a later one of its writer; null: never. */
    private Long seen(String edit) {
        int colon = edit.indexOf(':');
        String writer = edit.substring(0, colon + 1);
        Long first = null;
        for (int seq = Integer.parseInt(edit.substring(colon + 1)); committed.containsKey(writer + seq); seq++) {
            Long at = applied.get(writer + seq);
            if (at != null && (first == null || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static String row(String label, long[] sorted) {
        if (sorted.length == 0) {
            return "| " + label + " | 0 | | | | |";
        }
        return String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |", label, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1] / 1000.0);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1000.0;
    }

    private static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }
}

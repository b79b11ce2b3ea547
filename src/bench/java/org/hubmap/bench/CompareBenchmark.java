package org.hubmap.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.hubmap.compare.LayoutDiff;
import org.hubmap.compare.LayoutMerge;
import org.hubmap.compare.MergeChoice;
import org.hubmap.compare.MergeDecisions;
import org.hubmap.compare.MergeResult;
import org.hubmap.geo.GeodesicShift;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.model.edit.UndoStack;

/**
 * Measures on one thread how long comparing and merging two layouts of 100 000 features take, and how much memory
 * they allocate and keep. Layout A is made by {@link LayoutGenerator} (seed 1; 40% hubs, 40% depots, 20% zones of
 * 12 to 60 vertices) and read as the app reads it; B is A with 1% of its features moved (0.1 to 20 km along
 * geodesics, as HubMap moves them), 1% with their status changed, 1% removed and 1% added (copies of others
 * with new ids, moved 1 km). For three-way merging, A is also the base and "mine" is A with another 1% of features
 * given a new note, so that both sides' edits are merged.
 *
 * <p>Each operation runs for a few seconds of warm-up, then {@value #RUNS} times; the table gives the median and
 * the fastest wall time, the median CPU time of the thread (the steadier figure on a machine shared with other
 * work), the bytes the thread allocated per run (from the JVM's per-thread counter), and the heap the result keeps
 * after full collections; the heap the layouts themselves hold is printed first. "merge + undo step" is the
 * two-way merge with every conflict settled for B, its command made and executed on an undo stack of A: the whole
 * of what the app does.
 *
 * <p>Run with {@code mvn -q test-compile exec:java -Dexec.mainClass=org.hubmap.bench.CompareBenchmark}; an
 * argument names the folder for the generated layout (default {@code target/bench}, reused by later runs).
 */
public final class CompareBenchmark {
    private static final int SIZE = 100_000;
    private static final int RUNS = 9;
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CompareBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(folder);
        Path file = folder.resolve("layout-" + SIZE + "-seed1.geojson");
        if (!Files.exists(file)) {
            LayoutGenerator.write(SIZE, 1, file);
        }
        long heapBefore = usedHeap();
        Layout a = LayoutReader.read(file);
        long heapOfA = usedHeap() - heapBefore;
        SplittableRandom random = new SplittableRandom(7);
        Layout b = colleaguesVersion(a, random);
        Layout mine = withNotes(a, random);
        long heapOfAll = usedHeap() - heapBefore;

        LayoutDiff diff = LayoutDiff.between(a, b);
        MergeResult twoWay = LayoutMerge.twoWay(a, b);
        MergeResult threeWay = LayoutMerge.threeWay(a, mine, b);
        System.out.printf(Locale.ROOT, "A: %d features; B: %d added, %d removed, %d changed (%d moved, %d reshaped)%n",
                a.features().size(), diff.added().size(), diff.removed().size(), diff.changed().size(),
                diff.changed().stream().filter(c -> c.moved()).count(),
                diff.changed().stream().filter(c -> c.reshaped()).count());
        System.out.printf(Locale.ROOT, "Heap held by A as read (with its text): %.0f MB; by A, B and mine: %.0f MB%n",
                heapOfA / 1e6, heapOfAll / 1e6);
        System.out.printf(Locale.ROOT, "two-way: %d added, %d identical, %d conflicts; three-way: %d added,"
                + " %d taken, %d kept mine, %d conflicts%n%n", twoWay.added().size(), twoWay.identical(),
                twoWay.conflicts().size(), threeWay.added().size(), threeWay.taken().size(), threeWay.keptMine(),
                threeWay.conflicts().size());

        System.out.printf(Locale.ROOT, "One thread, %d runs after %d s of warm-up each.%n", RUNS,
                WARM_UP_NANOS / 1_000_000_000L);
        System.out.println("operation              | wall ms median    min | CPU ms median  | allocated MB/run |"
                + " result keeps MB");
        measure("diff", () -> LayoutDiff.between(a, b));
        measure("merge two-way", () -> LayoutMerge.twoWay(a, b));
        measure("merge three-way", () -> LayoutMerge.threeWay(a, mine, b));
        measure("merge + undo step", () -> {
            EditCommand command = LayoutMerge.twoWay(a, b).command(MergeDecisions.all(MergeChoice.THEIRS))
                    .orElseThrow();
            UndoStack stack = new UndoStack(a);
            stack.execute(command);
            return stack;
        });
    }

    private static void measure(String what, Supplier<Object> operation) {
        long warmUpStart = System.nanoTime();
        for (int i = 0; i < 3 || System.nanoTime() - warmUpStart < WARM_UP_NANOS; i++) {
            operation.get();
        }
        double[] millis = new double[RUNS];
        double[] cpuMillis = new double[RUNS];
        long allocated = 0;
        for (int run = 0; run < RUNS; run++) {
            long bytesBefore = THREADS.getCurrentThreadAllocatedBytes();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            operation.get();
            millis[run] = (System.nanoTime() - start) / 1e6;
            cpuMillis[run] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            allocated += THREADS.getCurrentThreadAllocatedBytes() - bytesBefore;
        }
        long heapBefore = usedHeap();
        Object kept = operation.get();
        long heapAfter = usedHeap();
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf(Locale.ROOT, "%-22s | %14.1f %6.1f | %14.1f | %16.1f | %15.1f%n", what, millis[RUNS / 2],
                millis[0], cpuMillis[RUNS / 2], allocated / 1e6 / RUNS, (heapAfter - heapBefore) / 1e6);
        if (kept == null) {
            throw new IllegalStateException(what + " gave nothing");
        }
    }

    /** A with 1% moved, 1% with another status, 1% removed and 1% added, as the class describes. */
    private static Layout colleaguesVersion(Layout a, SplittableRandom random) {
        List<LayoutFeature> features = new ArrayList<>(a.features().size());
        List<LayoutFeature> added = new ArrayList<>();
        for (LayoutFeature feature : a.features()) {
            int roll = random.nextInt(100);
            if (roll == 0) {
                features.add(GeodesicShift.shift(feature, random.nextDouble(360), random.nextDouble(100, 20_000)));
            } else if (roll == 1) {
                features.add(feature.withProperty(FeatureSchema.STATUS,
                        "active".equals(feature.status()) ? "closed" : "active"));
            } else if (roll != 2) {
                features.add(feature);
            }
            if (roll == 3) {
                LayoutFeature copy = LayoutFeature.builder().id(new UUID(random.nextLong(), random.nextLong())
                        .toString()).properties(feature.properties()).geometry(feature.geometry().orElse(null))
                        .build();
                added.add(GeodesicShift.shift(copy, random.nextDouble(360), 1_000));
            }
        }
        features.addAll(added);
        return new Layout("b.geojson", features);
    }

    /** A with a note on 1% of its features, for my side of a three-way merge. */
    private static Layout withNotes(Layout a, SplittableRandom random) {
        List<LayoutFeature> features = new ArrayList<>(a.features());
        for (int i = 0; i < features.size(); i++) {
            if (random.nextInt(100) == 0) {
                Map<String, Object> properties = new LinkedHashMap<>(features.get(i).properties());
                properties.put(FeatureSchema.NOTES, "Checked on site");
                features.set(i, features.get(i).withProperties(properties));
            }
        }
        return new Layout("mine.geojson", features);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

package org.hubmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hubmap.document.LayoutDocument;
import org.hubmap.document.Selection;
import org.hubmap.io.FileStorage;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.recovery.Autosave;
import org.hubmap.recovery.RecoveredLayout;
import org.hubmap.recovery.RecoveryArea;
import org.hubmap.recovery.RecoveryEntry;
import org.hubmap.recovery.RecoveryScan;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * What autosave costs and how long recovery takes, for generated layouts of 10 000 and 100 000 features. For each:
 * the time the autosave's listener takes on the editing thread per edit (it only hands over the layout), the
 * background write of one snapshot (the layout as saved, written safely, and its description), and, after the
 * process would have stopped, the time to find the entry and read the layout back, besides reading the user's
 * file, which restoring in the window also does; wall-clock and, steadier on a shared machine, CPU time of the
 * thread. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.hubmap.bench.AutosaveBenchmark}.
 */
public final class AutosaveBenchmark {
    private static final int[] SIZES = {10_000, 100_000};
    private static final int EDITS = 200;
    private static final int WRITES = 10;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AutosaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("autosave-bench");
        try {
            for (int size : SIZES) {
                measure(size, folder.resolve("run-" + size));
            }
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void measure(int size, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("layout.geojson");
        LayoutGenerator.write(size, 1, file);
        FileStorage storage = new FileStorage(file);
        LayoutDocument document = LayoutDocument.read(storage, storage.read(ReadProgress.NONE).layout());
        SplittableRandom random = new SplittableRandom(size);
        try (RecoveryArea area = new RecoveryArea(folder.resolve("recovery"), Duration.ofSeconds(1),
                Clock.systemUTC())) {
            List<Long> listener = new ArrayList<>();
            List<Long> listenerCpu = new ArrayList<>();
            Autosave autosave = area.autosave(document);
            // The autosave is called as the document would call it, between two readings of the clocks.
            document.removeListener(autosave);
            document.addListener(change -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                autosave.documentChanged(change);
                listener.add(System.nanoTime() - wall);
                listenerCpu.add(THREADS.getCurrentThreadCpuTime() - cpu);
            });
            for (int i = 0; i < EDITS; i++) {
                move(document, random);
            }
            List<Long> writes = new ArrayList<>();
            for (int i = 0; i < WRITES; i++) {
                move(document, random);
                long start = System.nanoTime();
                autosave.flush().get(10, TimeUnit.MINUTES);
                writes.add(System.nanoTime() - start);
            }
            autosave.close().get(10, TimeUnit.MINUTES);
            long entryBytes;
            try (Stream<Path> files = Files.walk(area.folder())) {
                entryBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }

            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            RecoveryScan scan = area.scan();
            RecoveryEntry entry = scan.entries().get(0);
            RecoveredLayout recovered = area.restore(entry);
            long restored = System.nanoTime() - start;
            long restoredCpu = THREADS.getCurrentThreadCpuTime() - startCpu;
            start = System.nanoTime();
            startCpu = THREADS.getCurrentThreadCpuTime();
            Layout stored = new FileStorage(file).read(ReadProgress.NONE).layout();
            LayoutDocument.restored(storage, stored, recovered.layout(), entry.name());
            long storedRead = System.nanoTime() - start;
            long storedReadCpu = THREADS.getCurrentThreadCpuTime() - startCpu;

            System.out.printf(Locale.ROOT, "%d features (%.1f MB file, entry %.1f MB):%n", size,
                    Files.size(file) / 1e6, entryBytes / 1e6);
            System.out.printf(Locale.ROOT, "  autosave on the editing thread per edit: wall median %.1f us, p99 %.1f"
                    + " us; CPU median %.1f us, p99 %.1f us (%d edits)%n", percentile(listener, 50) / 1e3,
                    percentile(listener, 99) / 1e3, percentile(listenerCpu, 50) / 1e3,
                    percentile(listenerCpu, 99) / 1e3, EDITS);
            System.out.printf(Locale.ROOT, "  background write of one snapshot: median %.0f ms, max %.0f ms%n",
                    percentile(writes, 50) / 1e6, percentile(writes, 100) / 1e6);
            System.out.printf(Locale.ROOT, "  recovery: find the entry and read it back %.0f ms (CPU %.0f ms); read"
                    + " the user's file and lay the changes over it %.0f ms (CPU %.0f ms)%n", restored / 1e6,
                    restoredCpu / 1e6, storedRead / 1e6, storedReadCpu / 1e6);
        }
    }

    private static void move(LayoutDocument document, SplittableRandom random) {
        Layout layout = document.layout();
        int index = random.nextInt(layout.features().size());
        LayoutFeature feature = layout.features().get(index);
        document.execute(ReplaceFeatures.of("Move", layout, Map.of(index, feature.withGeometry(GEOMETRY.createPoint(
                new Coordinate(23 + random.nextDouble() * 16, 45 + random.nextDouble() * 7))))), Selection.none());
    }

    private static double percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int at = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, at));
    }
}

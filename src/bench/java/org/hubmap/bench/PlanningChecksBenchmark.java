package org.hubmap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.hubmap.check.CheckKind;
import org.hubmap.check.CheckReport;
import org.hubmap.check.CheckSettings;
import org.hubmap.check.CheckViolation;
import org.hubmap.check.PlanningChecks;
import org.hubmap.io.CountryOutline;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;

/**
 * Measures how long the planning checks take on one thread for layouts of 1 000, 10 000 and 100 000 features made
 * by {@link LayoutGenerator} (seed 1), as the application runs them after an edit: the layout is read already and
 * the checks are made once, so each run sorts the features, indexes the zones and checks everything.
 *
 * <p>The generator scatters zones of up to 40 km radius at random, far more densely than any plan: from 10 000
 * features on, more than a thousand depots lie near a zone boundary and more than a thousand pairs of zones
 * overlap, so those kinds stop at the listing limit, and the overlaps they measure up to it dominate the time.
 * Each size is therefore also measured with those two checks off, to show what the rest costs; a layout planned
 * with care falls in between, its depots and zones still measured but rarely reported. The outside-Ukraine check
 * finds the points the generator put in the sea and in the neighbouring countries either way.
 *
 * <p>Besides wall-clock time, the CPU time of the thread is reported: on a machine shared with other work it is the
 * steadier measure of what the checks cost one core, and the fastest run shows what they cost when nothing else
 * competed for it.
 *
 * <p>Run with {@code mvn -q test-compile exec:java -Dexec.mainClass=org.hubmap.bench.PlanningChecksBenchmark};
 * an argument names the folder for the generated layouts (default {@code target/bench}, reused by later runs).
 */
public final class PlanningChecksBenchmark {
    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int RUNS = 7;
    /** Each measurement first runs the checks for this long, and at least three times, so that the JIT is done. */
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PlanningChecksBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(folder);
        PlanningChecks checks = new PlanningChecks(CountryOutline.ukraine());
        System.out.printf(Locale.ROOT, "One thread, median of %d runs after %d s of warm-up runs.%n%n", RUNS,
                WARM_UP_NANOS / 1_000_000_000L);
        System.out.println("                                          |      wall ms      |      CPU ms       |");
        System.out.println("features  checks                          |  median      min  |  median      min  |"
                + " violations listed (* = stopped at " + PlanningChecks.LISTED_PER_KIND + ")");
        for (int size : SIZES) {
            Layout layout = LayoutReader.read(generated(folder, size));
            measure("all", layout, checks);
            CheckSettings careful = CheckSettings.defaults().withEnabled(CheckKind.DEPOT_NEAR_ZONE_BOUNDARY, false)
                    .withEnabled(CheckKind.ZONE_OVERLAP, false);
            measure("all but depot distance, overlap", careful.writeTo(layout), checks);
        }
    }

    private static Path generated(Path folder, int size) throws IOException {
        Path file = folder.resolve("layout-" + size + "-seed1.geojson");
        if (!Files.exists(file)) {
            LayoutGenerator.write(size, 1, file);
        }
        return file;
    }

    private static void measure(String what, Layout layout, PlanningChecks checks) {
        long warmUpStart = System.nanoTime();
        for (int i = 0; i < 3 || System.nanoTime() - warmUpStart < WARM_UP_NANOS; i++) {
            checks.check(layout);
        }
        double[] wallMillis = new double[RUNS];
        double[] cpuMillis = new double[RUNS];
        CheckReport report = null;
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            report = checks.check(layout);
            wallMillis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wallMillis);
        Arrays.sort(cpuMillis);
        System.out.printf(Locale.ROOT, "%8d  %-31s | %7.1f %8.1f  | %7.1f %8.1f  | %s%n", layout.features().size(),
                what, wallMillis[RUNS / 2], wallMillis[0], cpuMillis[RUNS / 2], cpuMillis[0],
                counts(report));
    }

    private static String counts(CheckReport report) {
        Map<CheckKind, Integer> counts = new EnumMap<>(CheckKind.class);
        for (CheckViolation violation : report.violations()) {
            counts.merge(violation.kind(), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, n) -> text.append(text.length() == 0 ? "" : ", ").append(kind.code()).append(' ')
                .append(n).append(report.stoppedAtLimit().contains(kind) ? "*" : ""));
        return text.length() == 0 ? "none" : text.toString();
    }
}

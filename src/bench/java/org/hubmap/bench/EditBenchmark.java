package org.hubmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.model.edit.RemoveFeatures;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.model.edit.UndoStack;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Measures on one thread how long one execute, one undo and one redo of the undo stack take on layouts of 1 000,
 * 10 000 and 100 000 features, for three edits: moving one feature, deleting one feature and moving 1 000 features
 * at once. Each row executes its steps one after another (each command made, untimed, for the layout the step
 * before left), then undoes them all and redoes them all, timing every call; the stack keeps every step. Besides
 * wall-clock time, each call's CPU time on its thread is reported: on a machine shared with other work it is the
 * steadier measure. Then the heap the stack's history holds is measured after full collections and divided by
 * the steps, a rough figure.
 *
 * <p>The features are points with six properties, like hubs and depots; their content does not change the figures
 * much, since a step copies the layout's list of features and touches only the features it changes. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.hubmap.bench.EditBenchmark}. Every step allocates a
 * new list, so while the heap grows (or grows again after shrinking) its first touches of memory are timed too; on
 * a virtual machine such page faults can cost more than the edits. To time the edits alone, give a fixed,
 * pre-touched heap: {@code MAVEN_OPTS="-Xms3g -Xmx3g -XX:+AlwaysPreTouch"}.
 */
public final class EditBenchmark {
    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final List<String> KINDS = List.of("hub", "depot");
    private static final List<String> STATUSES = List.of("planned", "active", "degraded", "closed");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EditBenchmark() {
    }

    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(1);
        for (Edit edit : Edit.values()) {
            time(layout(10_000, random), edit, random);
        }
        System.out.println("One thread; microseconds per call: wall-clock median and p90, CPU median; every step "
                + "kept.");
        System.out.println(String.join("\n",
                "                               |     execute, us      |       undo, us       |       redo, us",
                "features  edit           steps |   wall    p90    CPU |   wall    p90    CPU |   wall    p90    CPU",
                "------------------------------ + -------------------- + -------------------- + --------------------"));
        for (int size : SIZES) {
            for (Edit edit : Edit.values()) {
                Row row = time(layout(size, random), edit, random);
                System.out.printf(Locale.ROOT, "%8d  %-13s %6d | %s | %s | %s%n", size, edit.label, edit.steps,
                        row.execute, row.undo, row.redo);
            }
        }
        System.out.println();
        System.out.println("Heap held by the history, KB per step (after full collections, rough):");
        for (int size : SIZES) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%8d", size));
            for (Edit edit : Edit.values()) {
                line.append(String.format(Locale.ROOT, "  %s %.1f", edit.label,
                        kilobytesPerStep(layout(size, random), edit, random)));
            }
            System.out.println(line);
        }
    }

    private static Row time(Layout layout, Edit edit, SplittableRandom random) {
        UndoStack stack = new UndoStack(layout, edit.steps);
        Timings execute = new Timings(edit.steps);
        for (int i = 0; i < edit.steps; i++) {
            EditCommand command = edit.command.apply(stack.layout(), random);
            execute.time(i, () -> stack.execute(command));
        }
        Timings undo = new Timings(edit.steps);
        for (int i = 0; i < edit.steps; i++) {
            undo.time(i, stack::undo);
        }
        if (!stack.layout().features().equals(layout.features())) {
            throw new IllegalStateException("undoing every step did not give back the layout");
        }
        Timings redo = new Timings(edit.steps);
        for (int i = 0; i < edit.steps; i++) {
            redo.time(i, stack::redo);
        }
        return new Row(execute, undo, redo);
    }

    /**
     * Measured apart from the timings: the full collections it needs make the heap shrink, and the page faults of
     * growing it again would be timed as edits.
     */
    private static double kilobytesPerStep(Layout layout, Edit edit, SplittableRandom random) {
        UndoStack stack = new UndoStack(layout, edit.steps);
        long heapBefore = usedHeap();
        for (int i = 0; i < edit.steps; i++) {
            stack.execute(edit.command.apply(stack.layout(), random));
        }
        return (usedHeap() - heapBefore) / 1024.0 / edit.steps;
    }

    private static Layout layout(int size, SplittableRandom random) {
        List<LayoutFeature> features = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            features.add(feature(i, random));
        }
        return new Layout("bench", features);
    }

    private static LayoutFeature feature(int number, SplittableRandom random) {
        Map<String, Object> properties = new LinkedHashMap<>();
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        properties.put("kind", kind);
        properties.put("name", kind + " " + number);
        properties.put("nation", "UKR");
        properties.put("status", STATUSES.get(random.nextInt(STATUSES.size())));
        properties.put("capacity", JsonNumber.of(random.nextInt(100, 2000)));
        properties.put("notes", "Access road restricted to vehicles under 40 t");
        return LayoutFeature.create(properties, GEOMETRY.createPoint(
                new Coordinate(random.nextDouble(22.5, 40.0), random.nextDouble(44.5, 52.0))));
    }

    private static LayoutFeature moved(LayoutFeature feature) {
        Coordinate c = feature.geometry().orElseThrow().getCoordinate();
        return feature.withGeometry(GEOMETRY.createPoint(new Coordinate(c.x + 0.001, c.y - 0.001)));
    }

    private static EditCommand move(Layout layout, int count, SplittableRandom random) {
        Map<Integer, LayoutFeature> after = new HashMap<>();
        for (int index : indexes(layout, count, random)) {
            after.put(index, moved(layout.features().get(index)));
        }
        return ReplaceFeatures.of("Move", layout, after);
    }

    private static Set<Integer> indexes(Layout layout, int count, SplittableRandom random) {
        Set<Integer> indexes = new HashSet<>();
        while (indexes.size() < count) {
            indexes.add(random.nextInt(layout.features().size()));
        }
        return indexes;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private enum Edit {
        MOVE_ONE("move 1", 2_000, (layout, random) -> move(layout, 1, random)),
        DELETE_ONE("delete 1", 500, (layout, random) -> RemoveFeatures.of("Delete", layout,
                indexes(layout, 1, random))),
        MOVE_THOUSAND("move 1000", 100, (layout, random) -> move(layout, 1_000, random));

        private final String label;
        private final int steps;
        private final BiFunction<Layout, SplittableRandom, EditCommand> command;

        Edit(String label, int steps, BiFunction<Layout, SplittableRandom, EditCommand> command) {
            this.label = label;
            this.steps = steps;
            this.command = command;
        }
    }

    private record Row(Timings execute, Timings undo, Timings redo) {
    }

    /** Wall-clock and CPU microseconds of each call of one operation. */
    private static final class Timings {
        private final double[] wall;
        private final double[] cpu;

        Timings(int calls) {
            wall = new double[calls];
            cpu = new double[calls];
        }

        void time(int call, Runnable operation) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            operation.run();
            wall[call] = (System.nanoTime() - start) / 1e3;
            cpu[call] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e3;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%6.1f %6.1f %6.1f", percentile(wall, 0.5), percentile(wall, 0.9),
                    percentile(cpu, 0.5));
        }

        /** Nearest-rank percentile. */
        private static double percentile(double[] samples, double fraction) {
            double[] sorted = samples.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(fraction * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}

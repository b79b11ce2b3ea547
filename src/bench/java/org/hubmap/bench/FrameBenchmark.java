package org.hubmap.bench;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.hubmap.geo.WebMercator;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.render.Basemap;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.LayoutEdit;
import org.hubmap.render.LayoutRenderer;
import org.hubmap.render.MapLabeller;
import org.hubmap.render.MapOutput;
import org.hubmap.render.MapViewport;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Measures what the map overlay does for every frame while the user pans and zooms: draw the open
 * layouts and all names with {@link LayoutRenderer} into an image 1.5 times the size of a 1400 x 900 pixel view,
 * for generated layouts of 1 000, 10 000 and 100 000 features over Ukraine ({@link LayoutGenerator}, seed 1).
 *
 * <p>The view follows a scripted path of {@value #FRAMES_PER_LEG} frames per leg: Ukraine whole at zoom 6, then
 * in to Kharkiv, across to Kyiv down to zoom 11 and a pan there, out, in to Odesa, over to Lviv and back out to
 * zoom 6, the zoom moving smoothly through fractional values. Three figures per size:
 *
 * <ul>
 *   <li><b>first pass</b>: every frame of the first pass over the path, with nothing made yet: the first frame at
 *       each whole zoom places all names for that zoom, and crowded zones' tiles are built as the view reaches
 *       them (the code is compiled beforehand, by drawing the path once on a renderer thrown away);</li>
 *   <li><b>steady</b>: every frame of a second pass, as while the user moves the map over ground already seen:
 *       label placements and zone tiles are remembered (the tiles, about 16 KB each, up to some 100 MB, hold all
 *       this path meets);</li>
 *   <li><b>after edit</b>: at {@value #EDITS} frames spread over the path, one feature is moved by an undoable
 *       command, and the frame drawn as the overlay draws right after an edit: the marks updated from the ones
 *       before with the changes the command announced ({@code FeatureMarks.updated}), and drawn without waiting for
 *       the names to be placed again ({@code LayoutRenderer.drawWithoutWaiting}, which leaves out the names the
 *       edit may have made wrong). Timed: the marks alone, that first frame, and the time until the frame after it,
 *       which places the names of that whole zoom again, shows them all ("names settled").</li>
 * </ul>
 *
 * <p>Then, on the largest layout, {@value #CLICKS} clicks at random places over Ukraine at random zooms from 6 to
 * 11 are hit-tested with a tolerance of {@value #TOLERANCE_PIXELS} pixels, after a first one that builds the
 * spatial index (timed on its own).
 *
 * <p>Only {@code draw} is timed, not making or clearing the image, which is drawn onto clear as the map overlay
 * does. Frames are drawn one after another, as the overlay draws them, each using what the renderer uses: a view
 * whose zones are drawn in full is drawn in two bands, the lower on a second thread, and tiles of crowded zones
 * not yet made are built on all processors (two here). Besides wall-clock time, the 95th percentile of each
 * frame's CPU time on the calling thread is shown: on a machine shared with other work it is the steadier figure,
 * though it leaves out the work of the other threads. Layouts are written under {@code target/bench} once and reused.
 *
 * <p>Run with {@code mvn -q test-compile exec:java -Dexec.mainClass=org.hubmap.bench.FrameBenchmark}; arguments,
 * all optional: {@code --every N} to time only every Nth frame of the path (for quick runs), then the sizes.
 */
public final class FrameBenchmark {
    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int VIEW_WIDTH_PIXELS = 1400;
    private static final int VIEW_HEIGHT_PIXELS = 900;
    /** The overlay draws a margin of a quarter of the view on every side. */
    private static final double DRAWN_SHARE = 1.5;
    private static final int FRAMES_PER_LEG = 30;
    private static final int EDITS = 40;
    private static final int WARM_UP_EDITS = 300;
    private static final int CLICKS = 10_000;
    private static final double TOLERANCE_PIXELS = 4;
    /** Ukraine's extent in longitude and latitude, where the layouts are. */
    private static final double[] UKRAINE = {22.5, 44.5, 40.0, 52.0};
    /** The path's turning points: longitude, latitude, zoom. */
    private static final double[][] WAYPOINTS = {
        {31.2, 48.6, 6.0}, {35.0, 48.8, 6.6}, {36.23, 49.99, 8.0}, {30.52, 50.45, 9.0}, {30.52, 50.45, 11.0},
        {30.9, 50.3, 11.0}, {30.0, 49.0, 7.25}, {30.73, 46.48, 10.5}, {24.03, 49.84, 8.75}, {31.2, 48.6, 6.0}};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FrameBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int every = 1;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--every")) {
                every = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            Arrays.stream(SIZES).forEach(sizes::add);
        }
        List<MapViewport> path = path(every);
        Basemap basemap = Basemap.loadBundled();
        BasemapOptions options = BasemapOptions.defaults();
        BufferedImage image = new BufferedImage((int) path.get(0).widthPixels(), (int) path.get(0).heightPixels(),
                BufferedImage.TYPE_INT_ARGB_PRE);
        warmUp(basemap, options, image, path);

        System.out.printf(Locale.ROOT, "%d frames of a %dx%d view drawn %dx%d, zooms 6 to 11; %d processors; "
                + "load average %s.%n%n", path.size(), VIEW_WIDTH_PIXELS, VIEW_HEIGHT_PIXELS, image.getWidth(),
                image.getHeight(), Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println(String.join("\n",
                "          |    first pass, ms    |        steady frame, ms         |   first frame after an edit, ms"
                        + "   | marks   | names settled",
                "features  |    p50     p95    max |    p50     p95     max  CPU p95 |    p50     p95     max   CPU p95"
                        + " | p50, ms |     p50     p95",
                "--------- + -------------------- + ------------------------------- + -------------------------------"
                        + "-- + ------- + ---------------"));
        List<String> byZoom = new ArrayList<>();
        Layout layout = null;
        for (int size : sizes) {
            layout = layout(size);
            LayoutRenderer renderer = new LayoutRenderer(new MapLabeller(basemap));
            FeatureMarks marks = FeatureMarks.of(List.of(layout), Set.of());
            List<Double> first = new ArrayList<>();
            for (MapViewport view : path) {
                long start = System.nanoTime();
                draw(renderer, image, marks, options, view);
                first.add(millisSince(start));
            }
            Timings steady = new Timings();
            List<List<Double>> zoomFrames = new ArrayList<>();
            for (MapViewport view : path) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                draw(renderer, image, marks, options, view);
                double cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                steady.add(millisSince(start), cpuMillis);
                int zoom = (int) Math.floor(view.zoom());
                while (zoomFrames.size() <= zoom) {
                    zoomFrames.add(new ArrayList<>());
                }
                zoomFrames.get(zoom).add(cpuMillis);
            }
            Timings edits = new Timings();
            List<Double> marking = new ArrayList<>();
            List<Double> settled = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(size);
            Layout edited = layout;
            FeatureMarks editedMarks = marks;
            for (int e = 0; e < EDITS; e++) {
                MapViewport view = path.get(e * path.size() / EDITS);
                int index = random.nextInt(edited.features().size());
                EditCommand move = ReplaceFeatures.of("Move", edited,
                        Map.of(index, moved(edited.features().get(index))));
                Layout next = move.apply(edited);
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                FeatureMarks nextMarks = editedMarks.updated(List.of(next), Set.of(),
                        new LayoutEdit(0, move.changes()));
                marking.add(millisSince(start));
                boolean complete = drawWithoutWaiting(renderer, image, nextMarks, options, view);
                edits.add(millisSince(start), (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
                if (!complete) {
                    draw(renderer, image, nextMarks, options, view);
                }
                settled.add(millisSince(start));
                edited = next;
                editedMarks = nextMarks;
            }
            System.out.printf(Locale.ROOT, "%9d | %6.1f  %6.1f %6.0f | %s | %s  | %7.1f | %7.1f %7.1f%n", size,
                    percentile(first, 0.5), percentile(first, 0.95), percentile(first, 1.0), steady, edits,
                    percentile(marking, 0.5), percentile(settled, 0.5), percentile(settled, 0.95));
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%9d |", size));
            for (int zoom = 0; zoom < zoomFrames.size(); zoom++) {
                if (!zoomFrames.get(zoom).isEmpty()) {
                    line.append(String.format(Locale.ROOT, " z%d %6.1f %6.1f |", zoom,
                            percentile(zoomFrames.get(zoom), 0.5), percentile(zoomFrames.get(zoom), 0.95)));
                }
            }
            byZoom.add(line.toString());
        }
        System.out.println();
        System.out.println("Steady frames by whole zoom, CPU ms: p50 and p95.");
        byZoom.forEach(System.out::println);
        if (layout != null) {
            hitTests(layout);
        }
        System.out.printf(Locale.ROOT, "%nLoad average at the end: %s.%n", loadAverage());
    }

    /**
     * Draws the path with the 1 000-feature layout on a renderer thrown away after, and edits it a few hundred
     * times, so that the first size's first pass and first edits measure empty caches, not a virtual machine that
     * has compiled nothing yet.
     */
    private static void warmUp(Basemap basemap, BasemapOptions options, BufferedImage image, List<MapViewport> path)
            throws IOException {
        Layout layout = layout(SIZES[0]);
        FeatureMarks marks = FeatureMarks.of(List.of(layout), Set.of());
        LayoutRenderer renderer = new LayoutRenderer(new MapLabeller(basemap));
        for (MapViewport view : path) {
            draw(renderer, image, marks, options, view);
        }
        // Edits too, as many as a user makes in a few minutes: the code that follows them is compiled by then.
        SplittableRandom random = new SplittableRandom(0);
        for (int e = 0; e < WARM_UP_EDITS; e++) {
            int index = random.nextInt(layout.features().size());
            EditCommand move = ReplaceFeatures.of("Move", layout, Map.of(index, moved(layout.features().get(index))));
            layout = move.apply(layout);
            marks = marks.updated(List.of(layout), Set.of(), new LayoutEdit(0, move.changes()));
            drawWithoutWaiting(renderer, image, marks, options, path.get(e % path.size()));
        }
    }

    private static void hitTests(Layout layout) {
        FeatureMarks marks = FeatureMarks.of(List.of(layout), Set.of());
        SplittableRandom random = new SplittableRandom(7);
        long start = System.nanoTime();
        marks.hitTest(WebMercator.worldX(30.5), WebMercator.worldY(50.4), 8, TOLERANCE_PIXELS);
        double firstMillis = millisSince(start);
        List<Double> micros = new ArrayList<>();
        int hits = 0;
        for (int i = 0; i < CLICKS; i++) {
            double x = WebMercator.worldX(UKRAINE[0] + random.nextDouble() * (UKRAINE[2] - UKRAINE[0]));
            double y = WebMercator.worldY(UKRAINE[1] + random.nextDouble() * (UKRAINE[3] - UKRAINE[1]));
            double zoom = 6 + 5 * random.nextDouble();
            start = System.nanoTime();
            hits += marks.hitTest(x, y, zoom, TOLERANCE_PIXELS).isPresent() ? 1 : 0;
            micros.add(millisSince(start) * 1000);
        }
        System.out.printf(Locale.ROOT, "%nHit-test at %d features, %d clicks at zooms 6 to 11, tolerance %.0f px "
                + "(%d hit something): p50 %.1f us, p95 %.1f us, max %.1f us; the first, which builds the index, "
                + "%.0f ms.%n", layout.features().size(), CLICKS, TOLERANCE_PIXELS, hits, percentile(micros, 0.5),
                percentile(micros, 0.95), percentile(micros, 1.0), firstMillis);
    }

    private static void draw(LayoutRenderer renderer, BufferedImage image, FeatureMarks marks,
            BasemapOptions options, MapViewport view) {
        clear(image);
        Graphics2D g = image.createGraphics();
        try {
            renderer.draw(g, marks, options, view, MapOutput.CLEARED_IMAGE);
        } finally {
            g.dispose();
        }
    }

    /** Draws as the overlay does right after an edit; whether every name was shown as it will stay. */
    private static boolean drawWithoutWaiting(LayoutRenderer renderer, BufferedImage image, FeatureMarks marks,
            BasemapOptions options, MapViewport view) {
        clear(image);
        Graphics2D g = image.createGraphics();
        try {
            return renderer.drawWithoutWaiting(g, marks, options, view, MapOutput.CLEARED_IMAGE);
        } finally {
            g.dispose();
        }
    }

    private static void clear(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        } finally {
            g.dispose();
        }
    }

    /**
     * The scripted path, as the enlarged viewports the overlay draws; every {@code every}th frame only. Centres
     * and zoom move linearly between waypoints.
     */
    static List<MapViewport> path(int every) {
        List<MapViewport> frames = new ArrayList<>();
        int frame = 0;
        for (int leg = 0; leg + 1 < WAYPOINTS.length; leg++) {
            double[] from = WAYPOINTS[leg];
            double[] to = WAYPOINTS[leg + 1];
            for (int step = 0; step < FRAMES_PER_LEG; step++, frame++) {
                if (frame % every != 0) {
                    continue;
                }
                double t = step / (double) FRAMES_PER_LEG;
                frames.add(new MapViewport(from[0] + t * (to[0] - from[0]), from[1] + t * (to[1] - from[1]),
                        from[2] + t * (to[2] - from[2]), Math.ceil(VIEW_WIDTH_PIXELS * DRAWN_SHARE),
                        Math.ceil(VIEW_HEIGHT_PIXELS * DRAWN_SHARE)));
            }
        }
        return frames;
    }

    /** The generated layout of {@code size} features, written under {@code target/bench} on first use. */
    static Layout layout(int size) throws IOException {
        Path file = Path.of("target", "bench", "layout-" + size + "-seed1.geojson");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            LayoutGenerator.write(size, 1, file);
        }
        return LayoutReader.read(file);
    }

    /** The feature moved by about 100 m, as a drag in the editor would. */
    private static LayoutFeature moved(LayoutFeature feature) {
        Geometry geometry = feature.geometry().orElseThrow();
        return feature.withGeometry(AffineTransformation.translationInstance(0.001, -0.001).transform(geometry));
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> samples, double fraction) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Wall-clock and CPU milliseconds of each call. */
    private static final class Timings {
        private final List<Double> wall = new ArrayList<>();
        private final List<Double> cpu = new ArrayList<>();

        void add(double wallMillis, double cpuMillis) {
            wall.add(wallMillis);
            cpu.add(cpuMillis);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%6.1f  %6.1f  %6.1f   %6.1f", percentile(wall, 0.5),
                    percentile(wall, 0.95), percentile(wall, 1.0), percentile(cpu, 0.95));
        }
    }
}

package org.hubmap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hubmap.geo.GeoBounds;
import org.hubmap.geo.TileId;
import org.hubmap.geo.WebMercator;
import org.hubmap.render.Basemap;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.BasemapTileRenderer;
import org.hubmap.render.TileCache;

/**
 * Measures on one thread how long the bundled basemap takes to render one uncached tile, and to serve one cached
 * tile, at zooms 5, 7, 9 and 11 over Kyiv and over Donbas.
 *
 * <p>Each measurement renders the distinct tiles of a 5 x 5 block around the place that show some basemap data
 * (at zoom 5 most of the block lies beyond the data and would flatter the figures), {@value #ROUNDS} times, each
 * round with a new renderer and cache so that nothing rendered before is reused. The first tile of a round
 * therefore also places the labels of the whole map for its zoom and builds the outlines of the names it draws;
 * that extra cost is also timed on its own. The basemap's projected and simplified geometry is shared, as it is in
 * the application.
 *
 * <p>Besides wall-clock time, each uncached tile's CPU time on its thread is reported: on a machine shared with
 * other work it is the steadier measure of what a tile costs one core. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.hubmap.bench.TileRenderBenchmark}.
 */
public final class TileRenderBenchmark {
    private static final int[] ZOOMS = {5, 7, 9, 11};
    private static final Place[] PLACES = {new Place("Kyiv", 30.52, 50.45), new Place("Donbas", 37.8, 48.0)};
    private static final Place[] WARM_UP_PLACES = {new Place("Lviv", 24.03, 49.84),
        new Place("Kharkiv", 36.23, 49.99), new Place("Odesa", 30.73, 46.48), new Place("Minsk", 27.56, 53.9)};
    /** The extent of the basemap data. */
    private static final GeoBounds DATA = new GeoBounds(4, 36.5, 58, 58.5);
    private static final int BLOCK = 5;
    private static final int ROUNDS = 6;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TileRenderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long loadStart = System.nanoTime();
        Basemap basemap = Basemap.loadBundled();
        double loadMillis = millisSince(loadStart);
        BasemapOptions options = BasemapOptions.defaults();
        int warmedUp = warmUp(basemap, options);

        System.out.printf(Locale.ROOT, "Basemap loaded in %.0f ms; JIT warmed up with %d tiles elsewhere.%n",
                loadMillis, warmedUp);
        System.out.printf(Locale.ROOT, "One thread; per row %d rounds over the tiles of a %dx%d block that show data, "
                + "new renderer and cache each round.%n%n", ROUNDS, BLOCK, BLOCK);
        System.out.println(String.join("\n",
                "                    | uncached tile, wall ms | uncached tile, CPU ms | first tile | cached",
                "zoom  place   tiles |  median    p90     max |  median    p90     max |   extra ms | tile us",
                "------------------- + ---------------------- + --------------------- + ---------- + -------"));
        for (int zoom : ZOOMS) {
            for (Place place : PLACES) {
                Row row = measure(basemap, options, zoom, place);
                System.out.printf(Locale.ROOT,
                        "%4d  %-7s %5d | %7.2f %6.2f %7.2f | %7.2f %6.2f %6.2f | %10.1f | %7.1f%n", zoom,
                        place.name(), row.tiles(), row.wall().median(), row.wall().p90(), row.wall().max(),
                        row.cpu().median(), row.cpu().p90(), row.cpu().max(), row.firstTileExtraMillis(),
                        row.cachedMicros());
            }
        }
    }

    private static int warmUp(Basemap basemap, BasemapOptions options) {
        int count = 0;
        for (int pass = 0; pass < 3; pass++) {
            TileCache cache = new TileCache(new BasemapTileRenderer(basemap), 64);
            for (int zoom = 5; zoom <= 11; zoom++) {
                for (Place place : WARM_UP_PLACES) {
                    for (TileId tile : block(zoom, place)) {
                        cache.tile(tile, options);
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static Row measure(Basemap basemap, BasemapOptions options, int zoom, Place place) {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> firstTileExtras = new ArrayList<>();
        List<Double> cached = new ArrayList<>();
        List<TileId> tiles = block(zoom, place);
        for (int round = 0; round < ROUNDS; round++) {
            BasemapTileRenderer renderer = new BasemapTileRenderer(basemap);
            TileCache cache = new TileCache(renderer, BLOCK * BLOCK);
            for (TileId tile : tiles) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                cache.tile(tile, options);
                wall.add(millisSince(start));
                cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            }
            for (TileId tile : tiles) {
                long start = System.nanoTime();
                cache.tile(tile, options);
                cached.add(millisSince(start) * 1000);
            }
            // Another new renderer draws one tile twice: the difference is what the first tile at a zoom pays extra.
            BasemapTileRenderer fresh = new BasemapTileRenderer(basemap);
            TileId centre = WebMercator.tileAt(place.lon(), place.lat(), zoom);
            long start = System.nanoTime();
            fresh.render(centre, options);
            double firstTile = millisSince(start);
            start = System.nanoTime();
            fresh.render(centre, options);
            firstTileExtras.add(firstTile - millisSince(start));
        }
        return new Row(tiles.size(), Stats.of(wall), Stats.of(cpu), Stats.of(firstTileExtras).median(),
                Stats.of(cached).median());
    }

    private static List<TileId> block(int zoom, Place place) {
        TileId centre = WebMercator.tileAt(place.lon(), place.lat(), zoom);
        List<TileId> tiles = new ArrayList<>();
        for (int dy = -BLOCK / 2; dy <= BLOCK / 2; dy++) {
            for (int dx = -BLOCK / 2; dx <= BLOCK / 2; dx++) {
                TileId tile = new TileId(zoom, centre.x() + dx, centre.y() + dy);
                if (tile.westLon() < DATA.eastLon() && tile.eastLon() > DATA.westLon()
                        && tile.southLat() < DATA.northLat() && tile.northLat() > DATA.southLat()) {
                    tiles.add(tile);
                }
            }
        }
        return tiles;
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private record Place(String name, double lon, double lat) {
    }

    private record Row(int tiles, Stats wall, Stats cpu, double firstTileExtraMillis, double cachedMicros) {
    }

    private record Stats(double median, double p90, double max) {
        static Stats of(List<Double> samples) {
            double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            return new Stats(percentile(sorted, 0.5), percentile(sorted, 0.9), sorted[sorted.length - 1]);
        }

        /** Nearest-rank percentile. */
        private static double percentile(double[] sorted, double fraction) {
            int rank = (int) Math.ceil(fraction * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}

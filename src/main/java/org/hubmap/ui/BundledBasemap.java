package org.hubmap.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.hubmap.render.Basemap;
import org.hubmap.render.BasemapTileRenderer;
import org.hubmap.render.LayoutRenderer;
import org.hubmap.render.MapLabeller;
import org.hubmap.render.MapPainter;
import org.hubmap.render.PlaceSearch;
import org.hubmap.render.TileCache;
import org.hubmap.ui.map.DaemonThreadFactory;

/**
 * The basemap shipped with HubMap, read once per JVM on a background thread: it never changes, so every window
 * shares it, its cache of drawn tiles and its label placements.
 */
final class BundledBasemap {
    /** About 64 MB of drawn tiles: several screens' worth at two or three zoom levels. */
    private static final int CACHED_TILES = 256;
    private static CompletableFuture<Basemap> basemap;
    private static CompletableFuture<BasemapTileRenderer> renderer;
    private static CompletableFuture<TileCache> tiles;
    private static CompletableFuture<MapPainter> painter;
    private static CompletableFuture<PlaceSearch> places;

    private BundledBasemap() {
    }

    /** The tile cache, completing once the basemap is read, or failing with a readable message. */
    static synchronized CompletableFuture<TileCache> tiles() {
        if (tiles == null) {
            tiles = renderer().thenApply(drawer -> new TileCache(drawer, CACHED_TILES));
        }
        return tiles;
    }

    /**
     * The painter of the whole map, completing once the basemap is read: the overlay, sheets and copied images draw
     * with it, sharing the tiles' renderer and one placement of names.
     */
    static synchronized CompletableFuture<MapPainter> painter() {
        if (painter == null) {
            painter = basemap().thenCombine(renderer(),
                    (map, drawer) -> new MapPainter(map, drawer, new LayoutRenderer(new MapLabeller(map))));
        }
        return painter;
    }

    /** The basemap's places indexed by name, completing soon after the basemap is read. */
    static synchronized CompletableFuture<PlaceSearch> places() {
        if (places == null) {
            places = basemap().thenApply(PlaceSearch::new);
        }
        return places;
    }

    private static synchronized CompletableFuture<BasemapTileRenderer> renderer() {
        if (renderer == null) {
            renderer = basemap().thenApply(BasemapTileRenderer::new);
        }
        return renderer;
    }

    private static synchronized CompletableFuture<Basemap> basemap() {
        if (basemap == null) {
            DaemonThreadFactory threads = new DaemonThreadFactory("basemap-loader");
            basemap = CompletableFuture.supplyAsync(BundledBasemap::load, task -> threads.newThread(task).start());
        }
        return basemap;
    }

    private static Basemap load() {
        try {
            return Basemap.loadBundled();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.hubmap.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.hubmap.render.Basemap;
import org.hubmap.render.BasemapTileRenderer;
import org.hubmap.render.MapLabeller;
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
    private static CompletableFuture<TileCache> tiles;
    private static CompletableFuture<MapLabeller> labeller;

    private BundledBasemap() {
    }

    /** The tile cache, completing once the basemap is read, or failing with a readable message. */
    static synchronized CompletableFuture<TileCache> tiles() {
        if (tiles == null) {
            tiles = basemap().thenApply(map -> new TileCache(new BasemapTileRenderer(map), CACHED_TILES));
        }
        return tiles;
    }

    /** The placer of names, completing once the basemap is read. */
    static synchronized CompletableFuture<MapLabeller> labeller() {
        if (labeller == null) {
            labeller = basemap().thenApply(MapLabeller::new);
        }
        return labeller;
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

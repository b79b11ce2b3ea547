package org.hubmap.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.hubmap.render.Basemap;
import org.hubmap.render.BasemapTileRenderer;
import org.hubmap.render.TileCache;
import org.hubmap.ui.map.DaemonThreadFactory;

/**
 * The basemap shipped with HubMap, read once per JVM on a background thread: it never changes, so every window
 * shares it and its cache of drawn tiles.
 */
final class BundledBasemap {
    /** About 64 MB of drawn tiles: several screens' worth at two or three zoom levels. */
    private static final int CACHED_TILES = 256;
    private static CompletableFuture<TileCache> tiles;

    private BundledBasemap() {
    }

    /** The tile cache, completing once the basemap is read, or failing with a readable message. */
    static synchronized CompletableFuture<TileCache> tiles() {
        if (tiles == null) {
            DaemonThreadFactory threads = new DaemonThreadFactory("basemap-loader");
            tiles = CompletableFuture.supplyAsync(BundledBasemap::load, task -> threads.newThread(task).start());
        }
        return tiles;
    }

    private static TileCache load() {
        try {
            return new TileCache(new BasemapTileRenderer(Basemap.loadBundled()), CACHED_TILES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

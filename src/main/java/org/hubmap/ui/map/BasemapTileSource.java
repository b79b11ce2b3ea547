package org.hubmap.ui.map;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.hubmap.geo.TileId;
import org.hubmap.geo.WebMercator;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.MapViewport;
import org.hubmap.render.TileCache;

/**
 * Basemap tiles for Gluon's map, drawn by our Java2D renderer on a small pool of background threads.
 *
 * <p>Each tile handed to Gluon is a {@link WritableImage} that this source remembers weakly. Gluon caches tiles
 * itself and has no way to drop them, so when the basemap options change (a layer switched off, another label
 * language) this source paints the new look into the same images instead: the map updates in place, without
 * reloading or flicker, and tiles Gluon has already let go are simply forgotten.
 *
 * <p>All methods are called on the FX thread.
 */
public final class BasemapTileSource implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BasemapTileSource.class.getName());
    private static final int SIZE = WebMercator.TILE_SIZE;

    private final CompletableFuture<TileCache> tiles;
    private final ExecutorService painters;
    private final Map<WritableImage, TileId> liveTiles = new WeakHashMap<>();
    private final Set<WritableImage> awaitingFirstPaint = new HashSet<>();
    private final ReadOnlyIntegerWrapper pendingTiles = new ReadOnlyIntegerWrapper(this, "pendingTiles");
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private volatile BasemapOptions options;

    /**
     * @param tiles   the rendered-tile cache, possibly still loading; tile requests wait for it on the painter
     *                threads
     * @param options what the basemap shows at first
     */
    public BasemapTileSource(CompletableFuture<TileCache> tiles, BasemapOptions options) {
        this.tiles = tiles;
        this.options = options;
        this.painters = Executors.newFixedThreadPool(2, new DaemonThreadFactory("basemap-tiles"));
    }

    /** How many tiles are queued or being drawn; it drops to zero only after Gluon has received the last one. */
    public ReadOnlyIntegerProperty pendingTilesProperty() {
        return pendingTiles.getReadOnlyProperty();
    }

    public BasemapOptions options() {
        return options;
    }

    /** A tile that completes, on the FX thread, once it is drawn with the current options. */
    CompletableFuture<Image> loadTile(TileId tile) {
        WritableImage image = new WritableImage(SIZE, SIZE);
        CompletableFuture<Image> painted = new CompletableFuture<>();
        liveTiles.put(image, tile);
        awaitingFirstPaint.add(image);
        paint(tile, image, painted);
        return painted;
    }

    /**
     * Shows the basemap with new options: every tile Gluon still holds is drawn again, those nearest the current
     * view first.
     */
    public void setOptions(BasemapOptions newOptions, MapViewport view) {
        if (newOptions.equals(options)) {
            return;
        }
        options = newOptions;
        List<Map.Entry<WritableImage, TileId>> repaint = new ArrayList<>(liveTiles.entrySet());
        repaint.removeIf(entry -> awaitingFirstPaint.contains(entry.getKey()));
        repaint.sort(Comparator.comparingDouble(entry -> distanceFromView(entry.getValue(), view)));
        for (Map.Entry<WritableImage, TileId> entry : repaint) {
            paint(entry.getValue(), entry.getKey(), null);
        }
    }

    /**
     * Draws a tile on a painter thread and copies its pixels into {@code image} on the FX thread.
     *
     * @param firstPaint completed once the image is first drawn, or null when repainting a shown tile
     */
    private void paint(TileId tile, WritableImage image, CompletableFuture<Image> firstPaint) {
        if (painters.isShutdown()) {
            return;
        }
        BasemapOptions wanted = options;
        pendingTiles.set(pendingTiles.get() + 1);
        painters.execute(() -> {
            if (firstPaint == null && !wanted.equals(options)) {
                Platform.runLater(this::finishOne);
                return;
            }
            int[] argb;
            try {
                argb = pixels(tiles.join().tile(tile, wanted));
            } catch (RuntimeException e) {
                // Usually the basemap itself failed to load, which the window reports; say it once, not per tile.
                LOG.log(failureLogged.getAndSet(true) ? Level.FINE : Level.WARNING,
                        "basemap tile " + tile + " could not be drawn", e);
                Platform.runLater(() -> {
                    awaitingFirstPaint.remove(image);
                    if (firstPaint != null) {
                        firstPaint.completeExceptionally(e);
                    }
                    finishOne();
                });
                return;
            }
            Platform.runLater(() -> {
                if (!wanted.equals(options)) {
                    if (firstPaint != null) {
                        paint(tile, image, firstPaint);
                    }
                    finishOne();
                    return;
                }
                image.getPixelWriter().setPixels(0, 0, SIZE, SIZE, PixelFormat.getIntArgbInstance(), argb, 0, SIZE);
                if (firstPaint != null) {
                    awaitingFirstPaint.remove(image);
                    firstPaint.complete(image);
                }
                finishOne();
            });
        });
    }

    private void finishOne() {
        pendingTiles.set(pendingTiles.get() - 1);
    }

    private static int[] pixels(BufferedImage tile) {
        return tile.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
    }

    /** Tiles at other zoom levels sort after every tile at the view's level, then by distance in tiles. */
    private static double distanceFromView(TileId tile, MapViewport view) {
        double dx = tile.x() + 0.5 - WebMercator.lonToPixelX(view.centerLon(), tile.zoom()) / SIZE;
        double dy = tile.y() + 0.5 - WebMercator.latToPixelY(view.centerLat(), tile.zoom()) / SIZE;
        return Math.abs(tile.zoom() - Math.round(view.zoom())) * 1e6 + Math.hypot(dx, dy);
    }

    /** Stops the painter threads; tiles still queued are not drawn. */
    @Override
    public void close() {
        painters.shutdownNow();
    }
}

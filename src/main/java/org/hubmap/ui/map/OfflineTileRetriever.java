package org.hubmap.ui.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;
import org.hubmap.geo.TileId;

/**
 * Gluon Maps' tile source for HubMap, registered in {@code META-INF/services} so that Gluon never falls back to
 * its OpenStreetMap retriever, which would open network connections and create a cache folder.
 *
 * <p>Gluon instantiates this class itself, once per JVM, so it draws its tiles from whichever
 * {@link BasemapTileSource} the application installed last with {@link #use}.
 */
public final class OfflineTileRetriever implements TileRetriever {
    private static volatile BasemapTileSource source;

    /** Makes {@code tiles} the source of every basemap tile requested from now on. */
    public static void use(BasemapTileSource tiles) {
        source = tiles;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        BasemapTileSource tiles = source;
        if (tiles == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no basemap installed for the map"));
        }
        try {
            return tiles.loadTile(new TileId(zoom, x, y));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}

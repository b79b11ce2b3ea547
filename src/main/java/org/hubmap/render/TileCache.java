package org.hubmap.render;

import java.awt.image.BufferedImage;
import org.hubmap.geo.TileId;

/**
 * A bounded, thread-safe, least-recently-used cache of rendered basemap tiles, keyed by tile and options. When
 * several threads ask for the same missing tile at once, it is rendered once and the others wait for it.
 */
public final class TileCache {
    private final BasemapTileRenderer renderer;
    private final BoundedMemo<Key, BufferedImage> tiles;

    /** @param capacityTiles how many tiles to keep, at least 1; a tile takes 256 KiB */
    public TileCache(BasemapTileRenderer renderer, int capacityTiles) {
        this.renderer = renderer;
        this.tiles = new BoundedMemo<>(capacityTiles);
    }

    /**
     * The tile drawn with these options, rendered now unless cached. The image is shared with every other caller
     * asking for the same tile: draw it, never draw on it.
     */
    public BufferedImage tile(TileId tile, BasemapOptions options) {
        return tiles.get(new Key(tile, options), key -> renderer.render(key.tile(), key.options()));
    }

    /** How many requests were served from the cache, including those that waited for another thread's render. */
    public long hitCount() {
        return tiles.hitCount();
    }

    /** How many requests rendered their tile. */
    public long missCount() {
        return tiles.missCount();
    }

    /** How many tiles the cache holds now. */
    public int size() {
        return tiles.size();
    }

    private record Key(TileId tile, BasemapOptions options) {
    }
}

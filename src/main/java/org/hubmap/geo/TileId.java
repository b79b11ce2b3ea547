package org.hubmap.geo;

/**
 * One 256-pixel slippy-map tile: integer zoom, column {@code x} from the antimeridian eastwards and row {@code y}
 * from the north edge southwards, both in {@code [0, 2^zoom)}.
 */
public record TileId(int zoom, long x, long y) {
    public TileId {
        if (zoom < 0 || zoom > 30) {
            throw new IllegalArgumentException("zoom out of range 0..30: " + zoom);
        }
        long count = 1L << zoom;
        if (x < 0 || x >= count || y < 0 || y >= count) {
            throw new IllegalArgumentException("tile " + x + "/" + y + " outside zoom " + zoom);
        }
    }

    /** Western edge in degrees of longitude. */
    public double westLon() {
        return WebMercator.pixelXToLon((double) x * WebMercator.TILE_SIZE, zoom);
    }

    /** Eastern edge in degrees of longitude. */
    public double eastLon() {
        return WebMercator.pixelXToLon((double) (x + 1) * WebMercator.TILE_SIZE, zoom);
    }

    /** Northern edge in degrees of latitude. */
    public double northLat() {
        return WebMercator.pixelYToLat((double) y * WebMercator.TILE_SIZE, zoom);
    }

    /** Southern edge in degrees of latitude. */
    public double southLat() {
        return WebMercator.pixelYToLat((double) (y + 1) * WebMercator.TILE_SIZE, zoom);
    }

    @Override
    public String toString() {
        return zoom + "/" + x + "/" + y;
    }
}

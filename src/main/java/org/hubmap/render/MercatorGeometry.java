package org.hubmap.render;

import org.hubmap.geo.CoordinateMap;
import org.hubmap.geo.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Moves longitude/latitude geometry into Web Mercator world pixels at zoom 0, where the whole world is one
 * 256-pixel tile. The basemap keeps all its geometry there, so drawing at zoom {@code z} needs only a scale by
 * {@code 2^z} and a shift, never trigonometry per tile.
 */
final class MercatorGeometry {
    private static final CoordinateMap TO_WORLD = (lon, lat) -> new Coordinate(worldX(lon), worldY(lat));

    private MercatorGeometry() {
    }

    /** A copy of {@code lonLat} (x = longitude, y = latitude, degrees) in world pixels at zoom 0. */
    static Geometry project(Geometry lonLat) {
        return TO_WORLD.appliedTo(lonLat);
    }

    /** World pixel x at zoom 0 of a longitude in degrees. */
    static double worldX(double lonDegrees) {
        return WebMercator.worldX(lonDegrees);
    }

    /** World pixel y at zoom 0 of a latitude in degrees. */
    static double worldY(double latDegrees) {
        return WebMercator.worldY(latDegrees);
    }

    /** How many pixels at {@code zoom} one world pixel at zoom 0 spans: {@code 2^zoom}. */
    static double scale(int zoom) {
        return WebMercator.zoomScale(zoom);
    }
}

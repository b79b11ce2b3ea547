package org.hubmap.render;

import org.hubmap.geo.WebMercator;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Moves longitude/latitude geometry into Web Mercator world pixels at zoom 0, where the whole world is one
 * 256-pixel tile. The basemap keeps all its geometry there, so drawing at zoom {@code z} needs only a scale by
 * {@code 2^z} and a shift, never trigonometry per tile.
 */
final class MercatorGeometry {
    private MercatorGeometry() {
    }

    /** A copy of {@code lonLat} (x = longitude, y = latitude, degrees) in world pixels at zoom 0. */
    static Geometry project(Geometry lonLat) {
        Geometry world = lonLat.copy();
        world.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, CoordinateSequence.X, worldX(seq.getX(i)));
                seq.setOrdinate(i, CoordinateSequence.Y, worldY(seq.getY(i)));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return world;
    }

    /** World pixel x at zoom 0 of a longitude in degrees. */
    static double worldX(double lonDegrees) {
        return WebMercator.lonToPixelX(lonDegrees, 0);
    }

    /** World pixel y at zoom 0 of a latitude in degrees. */
    static double worldY(double latDegrees) {
        return WebMercator.latToPixelY(latDegrees, 0);
    }

    /** How many pixels at {@code zoom} one world pixel at zoom 0 spans: {@code 2^zoom}. */
    static double scale(int zoom) {
        return Math.scalb(1.0, zoom);
    }
}

package org.hubmap.geo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

/**
 * Polygon rings made from their corners. GeoJSON and JTS both want a ring closed, its last position a copy of its
 * first, while people and tools think of a ring as its corners; these add the closing copy.
 */
public final class Rings {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private Rings() {
    }

    /**
     * The ring through {@code corners} in order (x = longitude, y = latitude) and back to the first.
     *
     * @throws IllegalArgumentException for fewer than three corners, which enclose nothing
     */
    public static LinearRing closed(List<GeoPosition> corners) {
        return ring(corners.stream().map(p -> new Coordinate(p.lonDegrees(), p.latDegrees())).toList());
    }

    /**
     * The ring through copies of {@code corners} in order and back to the first; any z or m ordinate is kept.
     *
     * @throws IllegalArgumentException for fewer than three corners, which enclose nothing
     */
    public static LinearRing closedCopy(List<Coordinate> corners) {
        return ring(corners.stream().map(Coordinate::copy).toList());
    }

    private static LinearRing ring(List<Coordinate> corners) {
        if (corners.size() < 3) {
            throw new IllegalArgumentException("a ring needs at least 3 corners: " + corners.size());
        }
        Coordinate[] ring = corners.toArray(new Coordinate[corners.size() + 1]);
        ring[corners.size()] = ring[0].copy();
        return GEOMETRY.createLinearRing(ring);
    }
}

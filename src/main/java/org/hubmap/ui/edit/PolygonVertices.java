package org.hubmap.ui.edit;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Edits of the corners of a polygon's outer ring, by corner index (0 to corners - 1; the ring's closing copy of the
 * first corner follows it). Holes are kept as they are. Pure geometry: the outline's validity is checked where the
 * edit is shown and saved.
 */
final class PolygonVertices {
    /** A ring needs three corners to enclose anything. */
    static final int MIN_CORNERS = 3;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private PolygonVertices() {
    }

    /** The corners of the outer ring, without the closing copy. */
    static List<Coordinate> corners(Polygon polygon) {
        Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
        List<Coordinate> corners = new ArrayList<>();
        for (int i = 0; i < ring.length - 1; i++) {
            corners.add(ring[i]);
        }
        return corners;
    }

    /** The polygon with corner {@code index} at {@code to}. */
    static Polygon moved(Polygon polygon, int index, Coordinate to) {
        List<Coordinate> corners = corners(polygon);
        corners.set(index, to.copy());
        return withCorners(polygon, corners);
    }

    /** The polygon with a new corner at {@code at} between corner {@code after} and the next. */
    static Polygon inserted(Polygon polygon, int after, Coordinate at) {
        List<Coordinate> corners = corners(polygon);
        corners.add(after + 1, at.copy());
        return withCorners(polygon, corners);
    }

    /** The polygon without corner {@code index}; it must keep at least {@link #MIN_CORNERS}. */
    static Polygon removed(Polygon polygon, int index) {
        List<Coordinate> corners = corners(polygon);
        if (corners.size() <= MIN_CORNERS) {
            throw new IllegalArgumentException("a zone needs at least " + MIN_CORNERS + " corners");
        }
        corners.remove(index);
        return withCorners(polygon, corners);
    }

    private static Polygon withCorners(Polygon polygon, List<Coordinate> corners) {
        Coordinate[] ring = new Coordinate[corners.size() + 1];
        for (int i = 0; i < corners.size(); i++) {
            ring[i] = corners.get(i).copy();
        }
        ring[corners.size()] = ring[0].copy();
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int h = 0; h < holes.length; h++) {
            holes[h] = (LinearRing) polygon.getInteriorRingN(h).copy();
        }
        return GEOMETRY.createPolygon(GEOMETRY.createLinearRing(ring), holes);
    }
}

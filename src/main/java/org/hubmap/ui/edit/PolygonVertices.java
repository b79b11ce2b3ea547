package org.hubmap.ui.edit;

import java.util.ArrayList;
import java.util.List;
import org.hubmap.geo.Rings;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Edits of the corners of a polygon's rings: ring 0 is the outline, ring {@code k} its {@code k}th hole. Corners
 * are numbered 0 to corners - 1 in each ring (the ring's closing copy of its first corner follows it); the other
 * rings are kept as they are. Pure geometry: the outline's validity is checked where the edit is shown and saved.
 */
final class PolygonVertices {
    /** A ring needs three corners to enclose anything. */
    static final int MIN_CORNERS = 3;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private PolygonVertices() {
    }

    /** How many rings the polygon has: its outline and its holes. */
    static int rings(Polygon polygon) {
        return 1 + polygon.getNumInteriorRing();
    }

    /** The corners of ring {@code ring}, without the closing copy. */
    static List<Coordinate> corners(Polygon polygon, int ring) {
        Coordinate[] coordinates = ringOf(polygon, ring).getCoordinates();
        List<Coordinate> corners = new ArrayList<>();
        for (int i = 0; i < coordinates.length - 1; i++) {
            corners.add(coordinates[i]);
        }
        return corners;
    }

    /** The polygon with corner {@code index} of ring {@code ring} at {@code to}. */
    static Polygon moved(Polygon polygon, int ring, int index, Coordinate to) {
        List<Coordinate> corners = corners(polygon, ring);
        corners.set(index, to.copy());
        return withCorners(polygon, ring, corners);
    }

    /** The polygon with a new corner at {@code at} between corner {@code after} of ring {@code ring} and the next. */
    static Polygon inserted(Polygon polygon, int ring, int after, Coordinate at) {
        List<Coordinate> corners = corners(polygon, ring);
        corners.add(after + 1, at.copy());
        return withCorners(polygon, ring, corners);
    }

    /**
     * The polygon without corner {@code index} of ring {@code ring}. The outline must keep at least
     * {@link #MIN_CORNERS}; a hole left with fewer goes altogether.
     */
    static Polygon removed(Polygon polygon, int ring, int index) {
        List<Coordinate> corners = corners(polygon, ring);
        if (corners.size() <= MIN_CORNERS) {
            if (ring == 0) {
                throw new IllegalArgumentException("a zone needs at least " + MIN_CORNERS + " corners");
            }
            return withCorners(polygon, ring, List.of());
        }
        corners.remove(index);
        return withCorners(polygon, ring, corners);
    }

    private static LinearRing ringOf(Polygon polygon, int ring) {
        return ring == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(ring - 1);
    }

    /** The polygon with ring {@code ring} made of {@code corners}; a hole given none is left out. */
    private static Polygon withCorners(Polygon polygon, int ring, List<Coordinate> corners) {
        List<LinearRing> holes = new ArrayList<>();
        for (int h = 1; h < rings(polygon); h++) {
            if (h != ring) {
                holes.add((LinearRing) ringOf(polygon, h).copy());
            } else if (!corners.isEmpty()) {
                holes.add(Rings.closedCopy(corners));
            }
        }
        LinearRing outline = ring == 0 ? Rings.closedCopy(corners) : (LinearRing) polygon.getExteriorRing().copy();
        return GEOMETRY.createPolygon(outline, holes.toArray(new LinearRing[0]));
    }
}

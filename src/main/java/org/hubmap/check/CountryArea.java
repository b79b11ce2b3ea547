package org.hubmap.check;

import java.util.List;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A country's land area prepared for many questions: whether a geometry lies within it (an indexed
 * point-in-polygon test) and how far a point outside lies from its border (a nearest-neighbour search of an index
 * of its boundary segments). Safe to use from several threads once made.
 */
final class CountryArea {
    private final PreparedGeometry area;
    private final STRtree segments = new STRtree();

    /** {@code outline}: Polygons or a MultiPolygon in longitude/latitude degrees. */
    CountryArea(Geometry outline) {
        this.area = PreparedGeometryFactory.prepare(outline);
        for (int i = 0; i < outline.getNumGeometries(); i++) {
            if (outline.getGeometryN(i) instanceof Polygon polygon) {
                addRing(polygon.getExteriorRing().getCoordinateSequence());
                for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                    addRing(polygon.getInteriorRingN(hole).getCoordinateSequence());
                }
            }
        }
        // Built now, so that later queries only read the tree and may come from any thread.
        segments.build();
    }

    private void addRing(CoordinateSequence ring) {
        for (int i = 1; i < ring.size(); i++) {
            double[] segment = {ring.getX(i - 1), ring.getY(i - 1), ring.getX(i), ring.getY(i)};
            segments.insert(new Envelope(segment[0], segment[2], segment[1], segment[3]), segment);
        }
    }

    /** Whether {@code geometry} lies in the country, its border included. */
    boolean covers(Geometry geometry) {
        return area.covers(geometry);
    }

    /** The border point nearest to ({@code lon}, {@code lat}), or an empty search for an outline with no area. */
    NearestBoundaryPoint nearestBorderPoint(double lon, double lat) {
        NearestBoundaryPoint nearest = new NearestBoundaryPoint(lon, lat);
        double[] point = {lon, lat, lon, lat};
        Object nearestInDegrees = segments.nearestNeighbour(new Envelope(lon, lon, lat, lat), point,
                CountryArea::degreeDistance);
        if (nearestInDegrees == null) {
            return nearest;
        }
        // Degrees are a poor measure of the ground, but the segment nearest on the ground is no farther than the
        // one nearest in degrees, so it lies in the envelope of that one's ground distance.
        double[] s = (double[]) nearestInDegrees;
        nearest.addSegment(s[0], s[1], s[2], s[3]);
        double radius = nearest.frameMetres();
        @SuppressWarnings("unchecked")
        List<double[]> candidates = segments.query(NearestBoundaryPoint.envelopeAround(lon, lat, radius));
        for (double[] candidate : candidates) {
            nearest.addSegment(candidate[0], candidate[1], candidate[2], candidate[3]);
        }
        return nearest;
    }

    /** The distance in degrees between two segments {lon1, lat1, lon2, lat2} (a point is a segment of length 0). */
    private static double degreeDistance(ItemBoundable a, ItemBoundable b) {
        double[] s = (double[]) a.getItem();
        double[] t = (double[]) b.getItem();
        return Distance.segmentToSegment(new Coordinate(s[0], s[1]), new Coordinate(s[2], s[3]),
                new Coordinate(t[0], t[1]), new Coordinate(t[2], t[3]));
    }
}

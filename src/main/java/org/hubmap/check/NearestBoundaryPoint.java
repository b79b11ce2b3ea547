package org.hubmap.check;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Finds the point of a boundary nearest to a point P, and measures the geodesic distance to it on the WGS84
 * ellipsoid. Segments are straight in longitude/latitude, as JTS and the map draw them.
 *
 * <p>The search runs in a local frame around P in which a degree of longitude is as many metres as it is at P's
 * latitude (prime vertical radius times cos latitude) and a degree of latitude as many as the meridian's radius
 * of curvature makes it there: near P, distances in the frame are ground distances, unlike distances in degrees
 * or Web Mercator (which overstates them by 1.6 times at 50° N). Within 100 km the frame's error stays near 2%
 * (see {@link #FRAME_MARGIN}), which can only matter when two boundary points lie at almost the same distance;
 * the distance reported is the exact geodesic one to the point found.
 */
final class NearestBoundaryPoint {
    private static final double SEMI_MAJOR_AXIS_METRES = Geodesic.WGS84.EquatorialRadius();
    private static final double FLATTENING = Geodesic.WGS84.Flattening();
    private static final double ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);
    /**
     * Within 100 km of P, at Ukraine's latitudes, the frame's distances are within about 2% of the ground's;
     * searches that must not miss a point look this much farther.
     */
    static final double FRAME_MARGIN = 1.05;

    private final double lon;
    private final double lat;
    private final double metresPerDegreeLon;
    private final double metresPerDegreeLat;
    private double bestSquaredMetres = Double.POSITIVE_INFINITY;
    private double bestLon;
    private double bestLat;

    /** Starts a search for the boundary point nearest to ({@code lon}, {@code lat}), in degrees. */
    NearestBoundaryPoint(double lon, double lat) {
        this.lon = lon;
        this.lat = lat;
        this.metresPerDegreeLon = metresPerDegreeLon(lat);
        this.metresPerDegreeLat = metresPerDegreeLat(lat);
    }

    /**
     * An envelope in degrees that holds every point within {@code radiusMetres} of ({@code lon}, {@code lat}),
     * for index queries; {@code radiusMetres} up to a few hundred kilometres.
     */
    static Envelope envelopeAround(double lon, double lat, double radiusMetres) {
        double latDegrees = FRAME_MARGIN * radiusMetres / metresPerDegreeLat(0);
        double poleward = Math.min(90, Math.abs(lat) + latDegrees);
        double lonDegrees = poleward >= 89 ? 180 : FRAME_MARGIN * radiusMetres / metresPerDegreeLon(poleward);
        return new Envelope(lon - lonDegrees, lon + lonDegrees, lat - latDegrees, lat + latDegrees);
    }

    /** Takes in every ring of a Polygon or MultiPolygon, or every LineString of a linear geometry. */
    void addBoundaryOf(Geometry geometry) {
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                addLine(polygon.getExteriorRing().getCoordinateSequence());
                for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                    addLine(polygon.getInteriorRingN(hole).getCoordinateSequence());
                }
            } else if (part instanceof LineString line) {
                addLine(line.getCoordinateSequence());
            }
        }
    }

    private void addLine(CoordinateSequence line) {
        for (int i = 1; i < line.size(); i++) {
            addSegment(line.getX(i - 1), line.getY(i - 1), line.getX(i), line.getY(i));
        }
    }

    /** Takes in the segment from ({@code lon1}, {@code lat1}) to ({@code lon2}, {@code lat2}). */
    void addSegment(double lon1, double lat1, double lon2, double lat2) {
        double x1 = (lon1 - lon) * metresPerDegreeLon;
        double y1 = (lat1 - lat) * metresPerDegreeLat;
        double dx = (lon2 - lon1) * metresPerDegreeLon;
        double dy = (lat2 - lat1) * metresPerDegreeLat;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / lengthSquared));
        double x = x1 + t * dx;
        double y = y1 + t * dy;
        double squared = x * x + y * y;
        if (squared < bestSquaredMetres) {
            bestSquaredMetres = squared;
            bestLon = lon1 + t * (lon2 - lon1);
            bestLat = lat1 + t * (lat2 - lat1);
        }
    }

    /** Whether any segment has been taken in. */
    boolean found() {
        return bestSquaredMetres < Double.POSITIVE_INFINITY;
    }

    /** The distance to the nearest point in the local frame, in metres; infinite before any segment. */
    double frameMetres() {
        return Math.sqrt(bestSquaredMetres);
    }

    /** The geodesic distance in metres on the WGS84 ellipsoid to the nearest point found. */
    double geodesicMetres() {
        if (!found()) {
            throw new IllegalStateException("no boundary segment was given");
        }
        return Geodesic.WGS84.Inverse(lat, lon, bestLat, bestLon, GeodesicMask.DISTANCE).s12;
    }

    /** The nearest point found. */
    LonLat point() {
        return new LonLat(bestLon, bestLat);
    }

    private static double metresPerDegreeLon(double latDegrees) {
        double phi = Math.toRadians(latDegrees);
        double primeVerticalRadius = SEMI_MAJOR_AXIS_METRES
                / Math.sqrt(1 - ECCENTRICITY_SQUARED * Math.sin(phi) * Math.sin(phi));
        return Math.toRadians(primeVerticalRadius * Math.cos(phi));
    }

    private static double metresPerDegreeLat(double latDegrees) {
        double sin = Math.sin(Math.toRadians(latDegrees));
        double w = 1 - ECCENTRICITY_SQUARED * sin * sin;
        return Math.toRadians(SEMI_MAJOR_AXIS_METRES * (1 - ECCENTRICITY_SQUARED) / (w * Math.sqrt(w)));
    }
}

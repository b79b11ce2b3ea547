package org.hubmap.geo;

import java.util.Optional;
import net.sf.geographiclib.Constants;
import org.locationtech.jts.geom.Coordinate;

/**
 * How far the vertices of a polygon stray from the circle a circle zone says it is: each vertex's geodesic distance
 * from the centre against the radius. GeographicLib takes about a microsecond a vertex, which a layout of a million
 * features with tens of thousands of circles would feel, so each vertex is first measured on the plane tangent to
 * the WGS84 ellipsoid at the mid-latitude of centre and vertex; within {@value #PLANE_MOST_METRES} m that agrees
 * with the geodesic to {@value #PLANE_RELATIVE_ERROR} of the distance. Only a vertex the plane cannot clear is
 * measured geodesically, so every vertex reported is measured exactly.
 */
public final class CircleDeviation {
    /** The largest radius measured on the plane first. */
    static final double PLANE_MOST_METRES = 50_000;
    /** A bound on the plane's error relative to the distance, for distances up to {@link #PLANE_MOST_METRES}. */
    static final double PLANE_RELATIVE_ERROR = 1.2e-4;
    /** Nearer the poles, or across the antimeridian, the plane is not used. */
    private static final double PLANE_MOST_LATITUDE = 80;
    private static final double PLANE_MOST_LONGITUDE_SPAN = 10;
    private static final double A = Constants.WGS84_a;
    private static final double E2 = Constants.WGS84_f * (2 - Constants.WGS84_f);

    private CircleDeviation() {
    }

    /** A vertex of the polygon and its geodesic distance from the circle's centre. */
    public record Vertex(double lonDegrees, double latDegrees, double distanceMetres) {
    }

    /**
     * The vertex whose distance from {@code centre} differs most from {@code radiusMetres}, when that difference
     * is more than {@code allowedMetres}; empty when every vertex is within it.
     */
    public static Optional<Vertex> worstBeyond(GeoPosition centre, double radiusMetres, Coordinate[] vertices,
            double allowedMetres) {
        boolean plane = radiusMetres <= PLANE_MOST_METRES && Math.abs(centre.latDegrees()) <= PLANE_MOST_LATITUDE;
        double planeClears = allowedMetres - PLANE_RELATIVE_ERROR * (radiusMetres + allowedMetres);
        // Compared squared, so that a vertex on the circle costs a few multiplications and no root.
        double leastSquared = radiusMetres > planeClears ? square(radiusMetres - planeClears) : 0;
        double mostSquared = square(radiusMetres + planeClears);
        TangentPlane tangent = plane && planeClears > 0 ? new TangentPlane(centre) : null;
        Vertex worst = null;
        for (Coordinate c : vertices) {
            if (tangent != null && Math.abs(c.x - centre.lonDegrees()) < PLANE_MOST_LONGITUDE_SPAN) {
                double squared = tangent.squaredMetres(c.x, c.y);
                if (squared >= leastSquared && squared <= mostSquared) {
                    continue;
                }
            }
            double distance = GeodesicDistance.metres(centre, new GeoPosition(c.x, c.y));
            double off = Math.abs(distance - radiusMetres);
            if (off > allowedMetres && (worst == null || off > Math.abs(worst.distanceMetres() - radiusMetres))) {
                worst = new Vertex(c.x, c.y, distance);
            }
        }
        return Optional.ofNullable(worst);
    }

    /** The distance from {@code centre} to {@code c} on the plane, as {@link #worstBeyond} measures first. */
    static double planeMetres(GeoPosition centre, Coordinate c) {
        return Math.sqrt(new TangentPlane(centre).squaredMetres(c.x, c.y));
    }

    private static double square(double value) {
        return value * value;
    }

    /**
     * Distances from one centre on the plane tangent at the mid-latitude of centre and point, with the ellipsoid's
     * radii of curvature there. The radii and the cosine at the mid-latitude are expanded about the centre's
     * latitude, so that a point costs no trigonometry; within {@link #PLANE_MOST_METRES} the expansion adds far
     * less than the plane's own error.
     */
    private static final class TangentPlane {
        private final double lon;
        private final double lat;
        private final double sin;
        private final double cos;
        private final double meridional;
        private final double meridionalSlope;
        private final double primeVertical;
        private final double primeVerticalSlope;

        TangentPlane(GeoPosition centre) {
            lon = centre.lonDegrees();
            lat = centre.latDegrees();
            double phi = Math.toRadians(lat);
            sin = Math.sin(phi);
            cos = Math.cos(phi);
            double w = 1 - E2 * sin * sin;
            double sqrtW = Math.sqrt(w);
            meridional = A * (1 - E2) / (w * sqrtW);
            meridionalSlope = 3 * A * (1 - E2) * E2 * sin * cos / (w * w * sqrtW);
            primeVertical = A / sqrtW;
            primeVerticalSlope = A * E2 * sin * cos / (w * sqrtW);
        }

        double squaredMetres(double pointLon, double pointLat) {
            double north = Math.toRadians(pointLat - lat);
            double half = north / 2;
            double midCos = cos * (1 - half * half / 2) - sin * half;
            double east = Math.toRadians(pointLon - lon) * (primeVertical + primeVerticalSlope * half) * midCos;
            double northMetres = north * (meridional + meridionalSlope * half);
            return east * east + northMetres * northMetres;
        }
    }
}

package org.hubmap.geo;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Circles on the WGS84 ellipsoid as polygons in longitude/latitude degrees: the points at one geodesic distance
 * from a centre, found with GeographicLib's direct geodesic problem (exact to nanometres). This is how the circle
 * zones of a layout are stored (see docs/layout-format.md): their polygon is {@link #DEFAULT_VERTEX_COUNT}
 * vertices, the first due north of the centre and each next one {@code 360 / vertexCount} degrees further
 * anticlockwise (north, west, south, east), so the ring winds counter-clockwise as RFC 7946 asks of exteriors.
 */
public final class GeodesicCircle {
    /** The vertices of a layout's circle zone: one every 5 degrees of azimuth. */
    public static final int DEFAULT_VERTEX_COUNT = 72;
    /** The largest radius, 1,000 km: far beyond any zone, and small enough that the polygon stays simple. */
    public static final double MAX_RADIUS_METRES = 1_000_000;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private GeodesicCircle() {
    }

    /**
     * The circle of {@code radiusMetres} (more than 0, at most {@link #MAX_RADIUS_METRES}) round {@code centre}, as a
     * polygon of {@code vertexCount} (at least 3) vertices on the circle and a closing copy of the first. Circles
     * that would reach round a pole or across the antimeridian have no such polygon and are refused.
     *
     * @throws IllegalArgumentException for a radius or vertex count out of range, or a circle that reaches a pole
     *     or the antimeridian
     */
    public static Polygon polygon(GeoPosition centre, double radiusMetres, int vertexCount) {
        if (!(radiusMetres > 0 && radiusMetres <= MAX_RADIUS_METRES)) {
            throw new IllegalArgumentException("radius must be more than 0 and at most 1000 km: " + radiusMetres
                    + " m");
        }
        if (vertexCount < 3) {
            throw new IllegalArgumentException("a circle needs at least 3 vertices: " + vertexCount);
        }
        double lat = centre.latDegrees();
        double lon = centre.lonDegrees();
        double toPoleMetres = Geodesic.WGS84.Inverse(lat, lon, Math.copySign(90, lat), lon,
                GeodesicMask.DISTANCE).s12;
        if (toPoleMetres <= radiusMetres) {
            throw new IllegalArgumentException("a circle of " + radiusMetres + " m round " + centre
                    + " reaches a pole");
        }
        List<GeoPosition> vertices = new ArrayList<>(vertexCount);
        for (int i = 0; i < vertexCount; i++) {
            // The longitude is unrolled, not wrapped to -180..180, so that a vertex past the antimeridian shows.
            GeodesicData vertex = Geodesic.WGS84.Direct(lat, lon, -360.0 * i / vertexCount, radiusMetres,
                    GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.LONG_UNROLL);
            if (Math.abs(vertex.lon2) > 180) {
                throw new IllegalArgumentException("a circle of " + radiusMetres + " m round " + centre
                        + " reaches across the antimeridian");
            }
            vertices.add(new GeoPosition(vertex.lon2, vertex.lat2));
        }
        return GEOMETRY.createPolygon(Rings.closed(vertices));
    }
}

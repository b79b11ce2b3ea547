package org.hubmap.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Polygon;

/**
 * How the geometry of a feature changed between two versions, on the WGS84 ellipsoid.
 *
 * <ul>
 *   <li><b>Same</b>: both have no geometry, or both have the same type and the same positions to within
 *       1e-7 degrees (a centimetre or less, the seventh decimal), in the same order or after JTS
 *       normalisation (a ring that starts at another corner or winds the other way is the same ring).</li>
 *   <li><b>Moved</b>: the geodesic distance from the position before to the position after ({@link
 *       FeaturePosition}: a point's own, otherwise the centroid's), in metres; below 1 cm it is 0.</li>
 *   <li><b>Reshaped</b>: the geometry changed other than by a translation. It is a translation when both have the
 *       same type and the same parts, rings and numbers of vertices, and every vertex travelled the way the
 *       centroid did: the vertex's displacement (east and north metres along the geodesic from old to new, at the
 *       old vertex) differs from the centroid's by at most 1 m or 1% of the centroid's move, whichever is larger.
 *       The tolerance allows for the ellipsoid: HubMap moves every vertex along a geodesic of the same azimuth and
 *       length, other tools add the same degrees to every vertex, and either keeps a zone tens of kilometres
 *       across within a fraction of a percent of the move. A geometry that appears, disappears, is turned or
 *       scaled, or has a vertex moved, added or removed, is reshaped.</li>
 * </ul>
 */
final class GeometryComparison {
    /** Positions this close in degrees (both axes) are the same; 1e-7 degrees is 1.1 cm or less on the ground. */
    static final double SAME_DEGREES = 1e-7;
    /** Moves shorter than this, in metres, are no move. */
    static final double MOVE_RESOLUTION_METRES = 0.01;
    static final double TRANSLATION_TOLERANCE_METRES = 1;
    static final double TRANSLATION_TOLERANCE_PERCENT = 1;

    /** How far a changed geometry moved, in metres, and whether it was reshaped. */
    record Motion(double movedMetres, boolean reshaped) {
    }

    private GeometryComparison() {
    }

    /** Whether {@code a} and {@code b} (either may be null) are the same geometry, as the class describes. */
    static boolean same(Geometry a, Geometry b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return a.equalsExact(b, SAME_DEGREES) || a.norm().equalsExact(b.norm(), SAME_DEGREES);
    }

    /** How {@code before} became {@code after} (either may be null); they are not the {@link #same} geometry. */
    static Motion motion(Geometry before, Geometry after) {
        Optional<GeoPosition> from = FeaturePosition.of(before);
        Optional<GeoPosition> to = FeaturePosition.of(after);
        if (from.isEmpty() || to.isEmpty()) {
            return new Motion(0, true);
        }
        double metres = GeodesicDistance.metres(from.get(), to.get());
        double moved = metres < MOVE_RESOLUTION_METRES ? 0 : metres;
        boolean translated = before.getGeometryType().equals(after.getGeometryType())
                && (translated(parts(before), parts(after), from.get(), to.get())
                        || translated(parts(before.norm()), parts(after.norm()), from.get(), to.get()));
        return new Motion(moved, !translated);
    }

    /**
     * Whether the vertices of {@code after} are those of {@code before}, part by part, each displaced as the
     * centroid was from {@code from} to {@code to}, within the tolerance.
     */
    private static boolean translated(List<Coordinate[]> before, List<Coordinate[]> after, GeoPosition from,
            GeoPosition to) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int part = 0; part < before.size(); part++) {
            if (before.get(part).length != after.get(part).length) {
                return false;
            }
        }
        double[] move = displacement(from.latDegrees(), from.lonDegrees(), to.latDegrees(), to.lonDegrees());
        double tolerance = Math.max(TRANSLATION_TOLERANCE_METRES,
                TRANSLATION_TOLERANCE_PERCENT / 100 * Math.hypot(move[0], move[1]));
        for (int part = 0; part < before.size(); part++) {
            Coordinate[] old = before.get(part);
            Coordinate[] moved = after.get(part);
            for (int i = 0; i < old.length; i++) {
                double[] vertex = displacement(old[i].y, old[i].x, moved[i].y, moved[i].x);
                if (Math.hypot(vertex[0] - move[0], vertex[1] - move[1]) > tolerance) {
                    return false;
                }
            }
        }
        return true;
    }

    /** East and north metres of the geodesic from one position to another, along its azimuth where it starts. */
    private static double[] displacement(double latFrom, double lonFrom, double latTo, double lonTo) {
        GeodesicData line = Geodesic.WGS84.Inverse(latFrom, lonFrom, latTo, lonTo,
                GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        double azimuth = Math.toRadians(line.azi1);
        return new double[] {line.s12 * Math.sin(azimuth), line.s12 * Math.cos(azimuth)};
    }

    /** The vertex sequences of a geometry in order: each point, line, and each polygon's shell then holes. */
    private static List<Coordinate[]> parts(Geometry geometry) {
        List<Coordinate[]> parts = new ArrayList<>();
        addParts(geometry, parts);
        return parts;
    }

    private static void addParts(Geometry geometry, List<Coordinate[]> parts) {
        if (geometry instanceof Polygon polygon) {
            parts.add(polygon.getExteriorRing().getCoordinates());
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                parts.add(polygon.getInteriorRingN(i).getCoordinates());
            }
        } else if (geometry instanceof GeometryCollection collection) {
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                addParts(collection.getGeometryN(i), parts);
            }
        } else {
            parts.add(geometry.getCoordinates());
        }
    }
}

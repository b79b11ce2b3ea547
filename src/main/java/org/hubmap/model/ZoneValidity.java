package org.hubmap.model;

import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Whether a zone's outline is a valid polygon by the OGC rules JTS checks (no self-crossing, rings closed, holes
 * inside the shell), and if not why and where, in words a user can act on. The one place that decides it, for the
 * screen, {@code validate} and {@code check} alike.
 *
 * <p>JTS's {@code IsValidOp} compares every pair of edges whose boxes overlap, and in a ring of a million spikes
 * round one point nearly all of them do, which took it minutes. So rings drawn round a centre are proven valid by
 * {@link StarShapedPolygon} first, and a polygon without holes is then swept by {@link RingSweep}, which takes
 * seconds whatever the shape; only polygons with holes, and collections, are left to {@code IsValidOp}.
 */
public final class ZoneValidity {
    private ZoneValidity() {
    }

    /** What is wrong with the outline of an area and where. */
    public record Problem(String reason, Coordinate where) {
        /** For example {@code Self-intersection at 30.12345 50.54321}; the reason alone when there is no place. */
        public String describe() {
            return where == null ? reason : reason + String.format(Locale.ROOT, " at %.5f %.5f", where.x, where.y);
        }

        /** Where it is, when JTS names a place. */
        public Optional<Coordinate> place() {
            return Optional.ofNullable(where);
        }
    }

    /** The problem with {@code feature}'s polygon, or empty when it is valid or not a polygon. */
    public static Optional<Problem> problemOf(LayoutFeature feature) {
        return feature.geometry().flatMap(ZoneValidity::problemOf);
    }

    /** The problem with a polygonal geometry, or empty when it is valid or not polygonal. */
    public static Optional<Problem> problemOf(Geometry geometry) {
        if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
            return Optional.empty();
        }
        if (geometry instanceof Polygon polygon) {
            if (StarShapedPolygon.isCertainlyValid(polygon)) {
                return Optional.empty();
            }
            Coordinate[] shell = polygon.getExteriorRing().getCoordinates();
            if (polygon.getNumInteriorRing() == 0 && RingSweep.canSweep(shell)) {
                return RingSweep.selfIntersection(shell);
            }
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        return error == null ? Optional.empty()
                : Optional.of(new Problem(error.getMessage(), error.getCoordinate()));
    }
}

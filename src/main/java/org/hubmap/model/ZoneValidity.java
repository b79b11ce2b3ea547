package org.hubmap.model;

import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Whether a zone's outline is a valid polygon by the OGC rules JTS checks (no self-crossing, rings closed, holes
 * inside the shell), and if not why and where, in words a user can act on.
 */
public final class ZoneValidity {
    private ZoneValidity() {
    }

    /** What is wrong with the outline of an area and where. */
    public record Problem(String reason, Coordinate where) {
        /** For example {@code Self-intersection at 30.12345 50.54321}. */
        public String describe() {
            return reason + String.format(java.util.Locale.ROOT, " at %.5f %.5f", where.x, where.y);
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
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        return error == null ? Optional.empty()
                : Optional.of(new Problem(error.getMessage(), error.getCoordinate()));
    }
}

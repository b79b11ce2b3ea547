package org.hubmap.model;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Polygon;

/**
 * A quick proof of validity for the zones people draw: rings around a centre (circles, sectors, blobs), with holes
 * well inside them. JTS's {@code IsValidOp} proves the same for any polygon, at many times the cost, so it is asked
 * only when this proof does not go through; a polygon this class accepts is one {@code IsValidOp} finds valid.
 *
 * <p>A ring is star-shaped around the mean of its vertices when, seen from that point, each vertex lies at a
 * strictly greater angle than the one before (or each at a strictly smaller one), once round the full circle.
 * Every edge then sweeps its own wedge of directions, so no two edges cross or touch except adjacent ones at their
 * shared vertex: the ring is simple, with at least three distinct vertices. The disc around the centre out to the
 * nearest edge lies inside the ring. Holes that are star-shaped themselves, lie within that disc and keep apart from
 * one another (by their enclosing discs) neither touch the shell nor each other, and the polygon is valid.
 */
final class StarShapedPolygon {
    /**
     * Angles and distances must clear zero by this fraction of the ring's size, far above rounding error, so that
     * nothing decided here depends on the last bits of a coordinate.
     */
    private static final double MARGIN = 1e-9;

    private StarShapedPolygon() {
    }

    /** Whether {@code polygon} is shown valid here; false means not shown, not invalid. */
    static boolean isCertainlyValid(Polygon polygon) {
        Star shell = Star.of(polygon.getExteriorRing().getCoordinateSequence());
        if (shell == null) {
            return false;
        }
        Star[] holes = new Star[polygon.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            Star hole = Star.of(polygon.getInteriorRingN(i).getCoordinateSequence());
            if (hole == null || shell.distanceTo(hole) + hole.reach >= shell.clearance * (1 - MARGIN)) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (holes[j].distanceTo(hole) <= (holes[j].reach + hole.reach) * (1 + MARGIN)) {
                    return false;
                }
            }
            holes[i] = hole;
        }
        return true;
    }

    /**
     * A ring star-shaped around {@code (x, y)}, the mean of its vertices: every vertex is within {@code reach} of
     * it, and every edge at least {@code clearance} away.
     */
    private record Star(double x, double y, double reach, double clearance) {
        /** The ring as a star, or null when it is not star-shaped around the mean of its vertices. */
        static Star of(CoordinateSequence ring) {
            int vertices = ring.size() - 1;
            if (vertices < 3) {
                return null;
            }
            double x = 0;
            double y = 0;
            for (int i = 0; i < vertices; i++) {
                x += ring.getX(i);
                y += ring.getY(i);
            }
            x /= vertices;
            y /= vertices;
            double turned = 0;
            int turning = 0;
            double reach = 0;
            double clearance = Double.POSITIVE_INFINITY;
            double ax = ring.getX(0) - x;
            double ay = ring.getY(0) - y;
            for (int i = 1; i <= vertices; i++) {
                double bx = ring.getX(i) - x;
                double by = ring.getY(i) - y;
                double lengths = length(ax, ay) * length(bx, by);
                double cross = ax * by - ay * bx;
                int sign = cross > MARGIN * lengths ? 1 : cross < -MARGIN * lengths ? -1 : 0;
                if (sign == 0 || (turning != 0 && sign != turning)) {
                    return null;
                }
                turning = sign;
                turned += Math.atan2(Math.abs(cross), ax * bx + ay * by);
                reach = Math.max(reach, length(ax, ay));
                clearance = Math.min(clearance, distanceToSegment(ax, ay, bx, by));
                ax = bx;
                ay = by;
            }
            // Each edge turns less than half a circle, so a ring that winds round more than once turns 4 pi or more.
            if (Math.abs(turned - 2 * Math.PI) > 1e-6) {
                return null;
            }
            return new Star(x, y, reach, clearance);
        }

        double distanceTo(Star other) {
            return length(other.x - x, other.y - y);
        }

        /** Coordinates are degrees, far from overflow, so the plain formula serves (Math.hypot is slower). */
        private static double length(double x, double y) {
            return Math.sqrt(x * x + y * y);
        }

        /** Distance from the origin to the segment from a to b. */
        private static double distanceToSegment(double ax, double ay, double bx, double by) {
            double dx = bx - ax;
            double dy = by - ay;
            double along = -(ax * dx + ay * dy) / (dx * dx + dy * dy);
            double t = Math.max(0, Math.min(1, along));
            return length(ax + t * dx, ay + t * dy);
        }
    }
}

package org.hubmap.render;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Turns JTS geometries into Java2D paths with the same coordinates. */
final class GeometryPaths {
    private GeometryPaths() {
    }

    /**
     * A path through every line and polygon ring of {@code geometry}; rings are closed and the winding rule is
     * even-odd, so holes stay empty when the path is filled. Points contribute nothing.
     */
    static Path2D.Double toPath(Geometry geometry) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD, geometry.getNumPoints());
        append(path, geometry);
        return path;
    }

    private static void append(Path2D.Double path, Geometry geometry) {
        if (geometry instanceof Polygon polygon) {
            appendLine(path, polygon.getExteriorRing().getCoordinateSequence(), true);
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                appendLine(path, polygon.getInteriorRingN(i).getCoordinateSequence(), true);
            }
        } else if (geometry instanceof LineString line) {
            appendLine(path, line.getCoordinateSequence(), false);
        } else {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Geometry part = geometry.getGeometryN(i);
                if (part != geometry) {
                    append(path, part);
                }
            }
        }
    }

    private static void appendLine(Path2D.Double path, CoordinateSequence points, boolean closed) {
        if (points.size() < 2) {
            return;
        }
        path.moveTo(points.getX(0), points.getY(0));
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.getX(i), points.getY(i));
        }
        if (closed) {
            path.closePath();
        }
    }
}

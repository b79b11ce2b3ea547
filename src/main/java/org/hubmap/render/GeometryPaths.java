package org.hubmap.render;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Turns JTS geometries into Java2D paths and packed coordinates. */
final class GeometryPaths {
    /** The most vertices a coarse ring keeps: enough for a zone a few grid cells across. */
    static final int COARSE_VERTICES = 12;

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

    /**
     * The rings of every polygon in {@code geometry}, each as its coordinates packed x, y, x, y, closing point
     * included: read far faster than JTS's coordinate objects. When {@code coarse}, only exteriors, each cut down
     * to at most {@value #COARSE_VERTICES} of its vertices, evenly spread. Lines and points give none.
     */
    static double[][] polygonRings(Geometry geometry, boolean coarse) {
        List<double[]> rings = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                rings.add(packed(polygon.getExteriorRing().getCoordinateSequence(), coarse));
                for (int h = 0; h < polygon.getNumInteriorRing() && !coarse; h++) {
                    rings.add(packed(polygon.getInteriorRingN(h).getCoordinateSequence(), false));
                }
            }
        }
        return rings.toArray(double[][]::new);
    }

    private static double[] packed(CoordinateSequence points, boolean coarse) {
        int vertices = points.size() - 1;
        int kept = coarse ? Math.min(vertices, COARSE_VERTICES) : vertices;
        double[] packed = new double[2 * kept + 2];
        for (int k = 0; k <= kept; k++) {
            int i = kept == 0 ? 0 : (int) ((long) k * vertices / kept);
            packed[2 * k] = points.getX(i);
            packed[2 * k + 1] = points.getY(i);
        }
        return packed;
    }

    /**
     * Appends every line and polygon ring of {@code geometry} scaled by {@code scale} and then shifted by
     * ({@code dx}, {@code dy}), leaving out each vertex closer than {@code minStep} to the last one kept (the
     * first and last of each line are always kept), so that a shape drawn small costs as few vertices as it shows.
     */
    static void appendThinned(Path2D.Double path, Geometry geometry, double scale, double dx, double dy,
            double minStep) {
        if (geometry instanceof Polygon polygon) {
            appendThinned(path, polygon.getExteriorRing().getCoordinateSequence(), true, scale, dx, dy, minStep);
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                appendThinned(path, polygon.getInteriorRingN(i).getCoordinateSequence(), true, scale, dx, dy,
                        minStep);
            }
        } else if (geometry instanceof LineString line) {
            appendThinned(path, line.getCoordinateSequence(), false, scale, dx, dy, minStep);
        } else {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Geometry part = geometry.getGeometryN(i);
                if (part != geometry) {
                    appendThinned(path, part, scale, dx, dy, minStep);
                }
            }
        }
    }

    private static void appendThinned(Path2D.Double path, CoordinateSequence points, boolean closed, double scale,
            double dx, double dy, double minStep) {
        int last = points.size() - 1;
        if (last < 1) {
            return;
        }
        double keptX = points.getX(0) * scale + dx;
        double keptY = points.getY(0) * scale + dy;
        path.moveTo(keptX, keptY);
        for (int i = 1; i <= last; i++) {
            double x = points.getX(i) * scale + dx;
            double y = points.getY(i) * scale + dy;
            if (i == last || Math.abs(x - keptX) >= minStep || Math.abs(y - keptY) >= minStep) {
                path.lineTo(x, y);
                keptX = x;
                keptY = y;
            }
        }
        if (closed) {
            path.closePath();
        }
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

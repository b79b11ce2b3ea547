package org.hubmap.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Polygon;

/**
 * Areas on the WGS84 ellipsoid, computed with GeographicLib (Karney's algorithms; accurate to a few square
 * millimetres per square kilometre), never in a map projection. Geometries are in longitude/latitude degrees.
 */
public final class GeodesicArea {
    private GeodesicArea() {
    }

    /** Area in square metres of every polygon in {@code geometry} (holes subtracted); 0 for points and lines. */
    public static double squareMetres(Geometry geometry) {
        if (geometry instanceof Polygon polygon) {
            return polygonSquareMetres(polygon);
        }
        double total = 0;
        if (geometry instanceof GeometryCollection collection) {
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                total += squareMetres(collection.getGeometryN(i));
            }
        }
        return total;
    }

    private static double polygonSquareMetres(Polygon polygon) {
        if (polygon.isEmpty()) {
            return 0;
        }
        double area = ringSquareMetres(polygon.getExteriorRing().getCoordinateSequence());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            area -= ringSquareMetres(polygon.getInteriorRingN(i).getCoordinateSequence());
        }
        return Math.max(0, area);
    }

    /** Unsigned area enclosed by a closed ring, whichever way it winds. */
    static double ringSquareMetres(CoordinateSequence ring) {
        PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
        int last = ring.size() - 1;
        for (int i = 0; i < last; i++) {
            area.AddPoint(ring.getY(i), ring.getX(i));
        }
        PolygonResult result = area.Compute(false, true);
        return Math.abs(result.area);
    }
}

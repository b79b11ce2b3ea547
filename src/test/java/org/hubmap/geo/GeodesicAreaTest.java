package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class GeodesicAreaTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static LinearRing box(double west, double south, double east, double north) {
        return GEOMETRY.createLinearRing(new Coordinate[] {new Coordinate(west, south), new Coordinate(east, south),
            new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south)});
    }

    @Test
    void oneDegreeCellAtFiftyNorthHasTheEllipsoidalArea() {
        // Reference: Debian's python3-geographiclib, Geodesic.WGS84.Polygon() over the same four corners.
        Polygon cell = GEOMETRY.createPolygon(box(30, 50, 31, 51));
        assertEquals(7_892_061_583.2065, GeodesicArea.squareMetres(cell), 0.01);
    }

    @Test
    void holesAreSubtractedAndWindingDoesNotMatter() {
        Polygon shell = GEOMETRY.createPolygon(box(30, 50, 31, 51));
        Polygon withHole = GEOMETRY.createPolygon(box(30, 50, 31, 51), new LinearRing[] {box(30.2, 50.2, 30.4, 50.4)});
        Polygon hole = GEOMETRY.createPolygon(box(30.2, 50.2, 30.4, 50.4));
        assertEquals(GeodesicArea.squareMetres(shell) - GeodesicArea.squareMetres(hole),
                GeodesicArea.squareMetres(withHole), 1e-3);
        assertEquals(GeodesicArea.squareMetres(shell), GeodesicArea.squareMetres(shell.reverse()), 1e-3);
    }

    @Test
    void pointsAndCollectionsAddUp() {
        Polygon a = GEOMETRY.createPolygon(box(30, 50, 31, 51));
        Polygon b = GEOMETRY.createPolygon(box(32, 48, 33, 49));
        assertEquals(GeodesicArea.squareMetres(a) + GeodesicArea.squareMetres(b),
                GeodesicArea.squareMetres(GEOMETRY.createMultiPolygon(new Polygon[] {a, b})), 1e-3);
        assertEquals(0, GeodesicArea.squareMetres(GEOMETRY.createPoint(new Coordinate(30, 50))));
        assertEquals(0, GeodesicArea.squareMetres(null));
    }
}

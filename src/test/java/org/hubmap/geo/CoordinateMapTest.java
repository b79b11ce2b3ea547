package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CoordinateMapTest {
    private static final CoordinateMap EAST_BY_ONE = (x, y) -> new Coordinate(x + 1, y * 2);

    private static Geometry wkt(String text) throws ParseException {
        return new WKTReader().read(text);
    }

    @Test
    void mapsEveryCoordinateOfEveryPartAndHole() throws ParseException {
        Geometry shapes = wkt("GEOMETRYCOLLECTION (POINT (1 1), "
                + "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 3, 3 3, 2 2)))");
        Geometry expected = wkt("GEOMETRYCOLLECTION (POINT (2 2), "
                + "POLYGON ((1 0, 11 0, 11 20, 1 20, 1 0), (3 4, 3 6, 4 6, 3 4)))");
        assertEquals(expected, EAST_BY_ONE.appliedTo(shapes));
    }

    @Test
    void leavesTheGeometryItWasGivenAsItWas() throws ParseException {
        Geometry line = wkt("LINESTRING (0 0, 1 1)");
        EAST_BY_ONE.appliedTo(line);
        assertEquals(wkt("LINESTRING (0 0, 1 1)"), line);
    }

    @Test
    void keepsHeights() throws ParseException {
        Geometry mapped = EAST_BY_ONE.appliedTo(wkt("POINT Z (1 1 120)"));
        assertEquals(120, mapped.getCoordinate().getZ());
    }

    @Test
    void theMappedCopyKnowsItsNewExtent() throws ParseException {
        Geometry mapped = EAST_BY_ONE.appliedTo(wkt("LINESTRING (0 0, 1 1)"));
        assertEquals(1, mapped.getEnvelopeInternal().getMinX());
        assertEquals(2, mapped.getEnvelopeInternal().getMaxY());
    }
}

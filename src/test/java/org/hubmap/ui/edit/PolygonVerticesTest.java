package org.hubmap.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class PolygonVerticesTest {
    private static Polygon polygon(String wkt) throws ParseException {
        return (Polygon) new WKTReader().read(wkt);
    }

    private static final String WITH_HOLE = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))";

    @Test
    void cornersAreEditedInTheRingAskedForAndTheOtherRingsStay() throws ParseException {
        Polygon zone = polygon(WITH_HOLE);
        assertEquals(2, PolygonVertices.rings(zone));
        assertEquals(4, PolygonVertices.corners(zone, 1).size());

        Polygon moved = PolygonVertices.moved(zone, 1, 2, new Coordinate(5, 5));
        assertEquals(polygon("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 5 5, 4 2, 2 2))"), moved);
        Polygon inserted = PolygonVertices.inserted(zone, 0, 0, new Coordinate(5, -1));
        assertEquals(polygon("POLYGON ((0 0, 5 -1, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))"), inserted);
        Polygon firstCornerMoved = PolygonVertices.moved(zone, 1, 0, new Coordinate(1, 1));
        assertEquals(new Coordinate(1, 1), firstCornerMoved.getInteriorRingN(0).getCoordinateN(4),
                "the closing copy follows the first corner");
    }

    @Test
    void aHoleLeftWithFewerThanThreeCornersGoesButTheOutlineRefuses() throws ParseException {
        Polygon zone = polygon("POLYGON ((0 0, 10 0, 10 10, 0 0), (2 2, 4 4, 4 2, 2 2), (6 5, 8 7, 8 5, 6 5))");
        Polygon withoutHole = PolygonVertices.removed(zone, 1, 0);
        assertEquals(polygon("POLYGON ((0 0, 10 0, 10 10, 0 0), (6 5, 8 7, 8 5, 6 5))"), withoutHole);
        assertThrows(IllegalArgumentException.class, () -> PolygonVertices.removed(zone, 0, 1));
        Polygon square = polygon(WITH_HOLE);
        assertEquals(polygon("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 4, 4 2, 2 2))"),
                PolygonVertices.removed(square, 1, 1));
    }
}

package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;

class RingsTest {
    @Test
    void closesPositionsWithTheFirstAgainLongitudeFirst() {
        LinearRing ring = Rings.closed(List.of(new GeoPosition(30, 50), new GeoPosition(31, 50),
                new GeoPosition(31, 51)));
        assertTrue(ring.isClosed());
        assertEquals(List.of(new Coordinate(30, 50), new Coordinate(31, 50), new Coordinate(31, 51),
                new Coordinate(30, 50)), List.of(ring.getCoordinates()));
    }

    @Test
    void closesCopiesOfCoordinatesKeepingHeights() {
        Coordinate first = new Coordinate(0, 0, 7);
        List<Coordinate> corners = List.of(first, new Coordinate(1, 0, 8), new Coordinate(1, 1, 9));
        LinearRing ring = Rings.closedCopy(corners);
        assertEquals(4, ring.getNumPoints());
        assertEquals(7, ring.getCoordinateN(3).getZ());
        assertNotSame(first, ring.getCoordinateN(0));
        assertNotSame(ring.getCoordinateN(0), ring.getCoordinateN(3));
    }

    @Test
    void refusesFewerThanThreeCorners() {
        assertThrows(IllegalArgumentException.class, () -> Rings.closed(List.of(new GeoPosition(0, 0),
                new GeoPosition(1, 1))));
        assertThrows(IllegalArgumentException.class, () -> Rings.closedCopy(List.of()));
    }
}

package org.hubmap.check;

import static org.hubmap.check.TestLayouts.GEOMETRY;
import static org.hubmap.check.TestLayouts.away;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class CountryAreaTest {
    private static final CountryArea SQUARE = new CountryArea(GEOMETRY.createMultiPolygon(new Polygon[] {
        TestLayouts.box(30, 48, 32, 50), TestLayouts.box(33, 48, 33.5, 48.5)}));

    @Test
    void coversItsInteriorAndItsBorderButNothingBeyond() {
        assertTrue(SQUARE.covers(GEOMETRY.createPoint(new Coordinate(31, 49))));
        assertTrue(SQUARE.covers(GEOMETRY.createPoint(new Coordinate(32, 49))), "the border is inside");
        assertTrue(SQUARE.covers(GEOMETRY.createPoint(new Coordinate(33.2, 48.2))), "so is every part");
        assertFalse(SQUARE.covers(GEOMETRY.createPoint(new Coordinate(32.01, 49))));
    }

    @Test
    void measuresTheGroundDistanceToTheNearestBorderPointOfAnyPart() {
        LonLat east = away(32, 49, 90, 12_300);
        assertEquals(12_300, SQUARE.nearestBorderPoint(east.lon(), east.lat()).geodesicMetres(), 5);
        LonLat nearTheIsland = away(33.5, 48.25, 90, 800);
        assertEquals(800, SQUARE.nearestBorderPoint(nearTheIsland.lon(), nearTheIsland.lat()).geodesicMetres(), 1);
    }

    @Test
    void findsTheNearestOnTheGroundWhereDegreesWouldChooseAnotherPart() {
        // From (30, 49): the western part is 0.3 degrees of longitude away, about 22 km at 49 N; the northern
        // part 0.25 degrees of latitude, about 28 km. Degrees would choose the northern part.
        CountryArea country = new CountryArea(GEOMETRY.createMultiPolygon(new Polygon[] {
            TestLayouts.box(29, 47, 29.7, 49.2), TestLayouts.box(29.8, 49.25, 30.5, 49.5)}));
        NearestBoundaryPoint nearest = country.nearestBorderPoint(30, 49);
        assertEquals(Geodesic.WGS84.Inverse(49, 30, 49, 29.7).s12, nearest.geodesicMetres(), 50);
        assertEquals(29.7, nearest.point().lon(), 1e-9);
    }

    @Test
    void anOutlineWithNoAreaHasNoBorder() {
        CountryArea nothing = new CountryArea(GEOMETRY.createMultiPolygon());
        assertFalse(nothing.covers(GEOMETRY.createPoint(new Coordinate(31, 49))));
        assertFalse(nothing.nearestBorderPoint(31, 49).found());
    }
}

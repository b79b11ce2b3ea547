package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class GeometryFramingTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void aPointIsFramedByTheMinimumSpanInBothDirections() {
        GeoBounds bounds = GeometryFraming.bounds(GEOMETRY.createPoint(new Coordinate(30.45, 50.52)), 10_000)
                .orElseThrow();

        assertEquals(30.45, bounds.centerLon(), 1e-9);
        assertEquals(50.52, (bounds.southLat() + bounds.northLat()) / 2, 1e-9);
        double westToEast = GeodesicDistance.metres(new GeoPosition(bounds.westLon(), 50.52),
                new GeoPosition(bounds.eastLon(), 50.52));
        double southToNorth = GeodesicDistance.metres(new GeoPosition(30.45, bounds.southLat()),
                new GeoPosition(30.45, bounds.northLat()));
        assertEquals(10_000, westToEast, 50);
        assertEquals(10_000, southToNorth, 50);
    }

    @Test
    void aLargeZoneIsFramedByItsEnvelope() {
        Polygon zone = square(31.45, 46.45, 31.95, 46.65);

        assertEquals(new GeoBounds(31.45, 46.45, 31.95, 46.65), GeometryFraming.bounds(zone, 5_000).orElseThrow());
        GeoPosition centre = GeometryFraming.centre(zone).orElseThrow();
        assertEquals(31.7, centre.lonDegrees(), 1e-9);
        assertEquals(46.55, centre.latDegrees(), 1e-9);
    }

    @Test
    void aNarrowZoneIsWidenedOnlyWhereItIsNarrow() {
        GeoBounds bounds = GeometryFraming.bounds(square(30.0, 50.0, 31.0, 50.001), 5_000).orElseThrow();

        assertEquals(30.0, bounds.westLon(), 1e-9);
        assertEquals(31.0, bounds.eastLon(), 1e-9);
        assertTrue(bounds.northLat() - bounds.southLat() > 0.04, "about 5 km from south to north");
    }

    @Test
    void framingStaysOnTheMercatorMap() {
        GeoBounds bounds = GeometryFraming.bounds(GEOMETRY.createPoint(new Coordinate(179.99, 85.05)), 50_000)
                .orElseThrow();

        assertTrue(bounds.eastLon() <= 180);
        assertTrue(bounds.northLat() <= 85.0511);
    }

    @Test
    void anEmptyGeometryHasNoFraming() {
        assertTrue(GeometryFraming.bounds(GEOMETRY.createPoint(), 5_000).isEmpty());
        assertTrue(GeometryFraming.centre(GEOMETRY.createPolygon()).isEmpty());
    }

    private static Polygon square(double west, double south, double east, double north) {
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(west, south), new Coordinate(east, south),
            new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south)});
    }
}

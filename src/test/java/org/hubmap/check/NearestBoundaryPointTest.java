package org.hubmap.check;

import static org.hubmap.check.TestLayouts.away;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.geographiclib.Geodesic;
import org.hubmap.geo.WebMercator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LinearRing;

class NearestBoundaryPointTest {
    @Test
    void threeKilometresNorthOfAnEastWestBoundaryAt48NorthIsThreeKilometresNotFourAndAHalf() {
        LonLat depot = away(35.5, 48, 0, 3_000);
        NearestBoundaryPoint nearest = new NearestBoundaryPoint(depot.lon(), depot.lat());
        nearest.addBoundaryOf(TestLayouts.box(35, 47, 36, 48));

        assertEquals(3_000, nearest.geodesicMetres(), 1e-6);
        assertEquals(35.5, nearest.point().lon(), 1e-12);
        assertEquals(48, nearest.point().lat(), 1e-12);
        assertEquals(4_480, metresOnTheMercatorPlane(depot.lat(), 48), 10, "what a Web Mercator measure would say");
    }

    /** North-south distance on the Web Mercator plane, in its nominal metres. */
    private static double metresOnTheMercatorPlane(double lat1, double lat2) {
        double worldMetres = 2 * Math.PI * WebMercator.EARTH_RADIUS_METRES;
        return Math.abs(WebMercator.latToPixelY(lat1, 0) - WebMercator.latToPixelY(lat2, 0))
                / WebMercator.TILE_SIZE * worldMetres;
    }

    @ParameterizedTest(name = "azimuth {0}")
    @ValueSource(doubles = {0, 37, 90, 145, 200, 290})
    void findsTheSameDistanceAsABruteForceSearchAlongASlantedSegment(double azimuth) {
        double lon1 = 35.0;
        double lat1 = 48.2;
        double lon2 = 35.3;
        double lat2 = 48.35;
        LonLat point = away(35.15, 48.27, azimuth, 4_000);
        NearestBoundaryPoint nearest = new NearestBoundaryPoint(point.lon(), point.lat());
        nearest.addSegment(lon1, lat1, lon2, lat2);

        double bruteForce = Double.POSITIVE_INFINITY;
        int steps = 20_000;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            bruteForce = Math.min(bruteForce, Geodesic.WGS84.Inverse(point.lat(), point.lon(),
                    lat1 + t * (lat2 - lat1), lon1 + t * (lon2 - lon1)).s12);
        }
        assertEquals(bruteForce, nearest.geodesicMetres(), 0.05);
    }

    @Test
    void holesAreBoundariesToo() {
        NearestBoundaryPoint nearest = new NearestBoundaryPoint(30.5, 50.5);
        nearest.addBoundaryOf(TestLayouts.GEOMETRY.createPolygon(TestLayouts.box(30, 50, 31, 51).getExteriorRing(),
                new LinearRing[] {TestLayouts.box(30.45, 50.45, 30.55, 50.55).getExteriorRing()}));
        // 0.05 degrees of longitude (3.5 km here) are nearer than 0.05 degrees of latitude (5.6 km).
        assertEquals(Geodesic.WGS84.Inverse(50.5, 30.5, 50.5, 30.45).s12, nearest.geodesicMetres(), 1);
    }

    @Test
    void beforeAnySegmentNothingIsFound() {
        NearestBoundaryPoint nearest = new NearestBoundaryPoint(30, 50);
        assertFalse(nearest.found());
        assertEquals(Double.POSITIVE_INFINITY, nearest.frameMetres());
        assertThrows(IllegalStateException.class, nearest::geodesicMetres);
    }

    @ParameterizedTest(name = "latitude {0}")
    @ValueSource(doubles = {0, 48, 52, 70, -60})
    void theEnvelopeAroundAPointHoldsEveryPointWithinTheRadius(double lat) {
        double radius = 50_000;
        Envelope envelope = NearestBoundaryPoint.envelopeAround(30, lat, radius);
        for (int azimuth = 0; azimuth < 360; azimuth += 5) {
            LonLat edge = away(30, lat, azimuth, radius);
            assertTrue(envelope.contains(edge.lon(), edge.lat()), "azimuth " + azimuth);
        }
        assertTrue(envelope.getHeight() < 1.1, "and is not much larger: " + envelope);
    }
}

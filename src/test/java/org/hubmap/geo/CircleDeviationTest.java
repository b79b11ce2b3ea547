package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class CircleDeviationTest {
    private static final GeoPosition CENTRE = new GeoPosition(34.586, 47.511);

    @Test
    void thePlaneAgreesWithTheGeodesicWithinItsBoundWhereverItIsUsed() {
        double worst = 0;
        for (double lat = -80; lat <= 80; lat += 2.5) {
            for (double azimuth = 0; azimuth < 360; azimuth += 7.5) {
                for (double metres = 10; metres <= CircleDeviation.PLANE_MOST_METRES * 1.01; metres *= 1.7) {
                    GeodesicData to = Geodesic.WGS84.Direct(lat, 30, azimuth, metres);
                    double plane = CircleDeviation.planeMetres(new GeoPosition(30, lat),
                            new Coordinate(to.lon2, to.lat2));
                    worst = Math.max(worst, Math.abs(plane - metres) / metres);
                }
            }
        }
        assertTrue(worst < CircleDeviation.PLANE_RELATIVE_ERROR, "worst relative error " + worst);
    }

    @Test
    void aTrueCircleHasNoVertexBeyondTheAllowance() {
        Coordinate[] ring = GeodesicCircle.polygon(CENTRE, 30_000, 72).getCoordinates();
        assertEquals(Optional.empty(), CircleDeviation.worstBeyond(CENTRE, 30_000, ring, 30));
    }

    @Test
    void theWorstVertexIsMeasuredGeodesically() {
        Coordinate[] ring = GeodesicCircle.polygon(CENTRE, 30_000, 72).getCoordinates();
        ring[5] = new Coordinate(34.6, 47.2);
        ring[9] = new Coordinate(34.6, 47.7);
        CircleDeviation.Vertex worst = CircleDeviation.worstBeyond(CENTRE, 30_000, ring, 30).orElseThrow();
        assertEquals(34.6, worst.lonDegrees());
        assertEquals(47.7, worst.latDegrees(), "21 km from the centre is further off 30 km than 34.6 km");
        assertEquals(GeodesicDistance.metres(CENTRE, new GeoPosition(34.6, 47.7)), worst.distanceMetres());
    }

    @Test
    void aCircleLargerThanThePlaneReachesIsMeasuredGeodesically() {
        Coordinate[] ring = GeodesicCircle.polygon(CENTRE, 200_000, 72).getCoordinates();
        assertEquals(Optional.empty(), CircleDeviation.worstBeyond(CENTRE, 200_000, ring, 200));
        assertTrue(CircleDeviation.worstBeyond(CENTRE, 199_700, ring, 199.7).isPresent());
    }
}

package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeodesicDistanceTest {
    private static final GeoPosition KYIV = new GeoPosition(30.5234, 50.4501);
    private static final GeoPosition ZHYTOMYR = new GeoPosition(28.6587, 50.2547);
    private static final GeoPosition LVIV = new GeoPosition(24.0316, 49.8429);

    @Test
    void kyivToLvivMatchesGeographicLib() {
        // Reference: Debian's python3-geographiclib 2.0, Geodesic.WGS84.Inverse(50.4501, 30.5234, 49.8429, 24.0316).
        assertEquals(468_752.003559, GeodesicDistance.metres(KYIV, LVIV), 1e-6);
        assertEquals(468_752.003559, GeodesicDistance.metres(LVIV, KYIV), 1e-6);
    }

    @Test
    void aPositionIsNoDistanceFromItself() {
        assertEquals(0, GeodesicDistance.metres(KYIV, KYIV));
    }

    @Test
    void aPathAddsItsLegs() {
        // Reference: python3-geographiclib, Kyiv-Zhytomyr 134475.675760 m and Zhytomyr-Lviv 334501.725096 m.
        assertEquals(134_475.675760 + 334_501.725096, GeodesicDistance.pathMetres(List.of(KYIV, ZHYTOMYR, LVIV)),
                1e-6);
    }

    @Test
    void aPathOfFewerThanTwoPositionsHasNoLength() {
        assertEquals(0, GeodesicDistance.pathMetres(List.of()));
        assertEquals(0, GeodesicDistance.pathMetres(List.of(KYIV)));
    }
}

package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeoPositionTest {
    @Test
    void keepsLongitudeFirst() {
        GeoPosition kyiv = new GeoPosition(30.5234, 50.4501);
        assertEquals(30.5234, kyiv.lonDegrees());
        assertEquals(50.4501, kyiv.latDegrees());
    }

    @Test
    void acceptsTheEdgesOfTheGlobe() {
        new GeoPosition(-180, -90);
        new GeoPosition(180, 90);
    }

    @Test
    void refusesPositionsOffTheGlobe() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPosition(180.5, 50));
        assertThrows(IllegalArgumentException.class, () -> new GeoPosition(30, -90.5));
        assertThrows(IllegalArgumentException.class, () -> new GeoPosition(Double.NaN, 50));
        assertThrows(IllegalArgumentException.class, () -> new GeoPosition(30, Double.POSITIVE_INFINITY));
    }
}

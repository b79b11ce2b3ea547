package org.hubmap.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hubmap.geo.MgrsFormat;
import org.junit.jupiter.api.Test;

class MapPositionTest {
    @Test
    void degreesReadLatitudeFirstWithHemispheres() {
        assertEquals("50.45012° N  30.52340° E", new MapPosition(30.5234, 50.450123).degreesText());
        assertEquals("33.86880° S  151.20930° W", new MapPosition(-151.2093, -33.8688).degreesText());
    }

    @Test
    void mgrsIsTheGeoLayersFormat() {
        assertEquals(MgrsFormat.format(30.5234, 50.4501), new MapPosition(30.5234, 50.4501).mgrsText());
    }
}

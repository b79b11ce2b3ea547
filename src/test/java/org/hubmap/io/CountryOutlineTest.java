package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;

class CountryOutlineTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static boolean contains(Geometry outline, double lon, double lat) {
        return outline.contains(GEOMETRY.createPoint(new Coordinate(lon, lat)));
    }

    @Test
    void ukraineIsReadOnceAndHoldsItsCitiesCrimeaIncluded() throws IOException {
        Geometry ukraine = CountryOutline.ukraine();
        assertSame(ukraine, CountryOutline.ukraine());
        assertTrue(ukraine instanceof Polygonal);
        assertTrue(contains(ukraine, 30.52, 50.45), "Kyiv");
        assertTrue(contains(ukraine, 24.03, 49.84), "Lviv");
        assertTrue(contains(ukraine, 37.8, 48.0), "Donetsk");
        assertTrue(contains(ukraine, 34.1, 44.95), "Simferopol");
        assertTrue(contains(ukraine, 33.52, 44.6), "Sevastopol");
        assertFalse(contains(ukraine, 28.86, 47.01), "Chisinau");
        assertFalse(contains(ukraine, 27.56, 53.9), "Minsk");
        assertFalse(contains(ukraine, 31.0, 44.5), "the Black Sea");
    }

    @Test
    void aCountryThatIsNotInTheFileIsAnError() {
        IOException e = assertThrows(IOException.class, () -> CountryOutline.bundled("XYZ"));
        assertEquals("basemap/countries.geojson: no country with iso_a3 \"XYZ\"", e.getMessage());
    }
}

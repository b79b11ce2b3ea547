package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mil.nga.grid.Hemisphere;
import mil.nga.grid.features.Point;
import mil.nga.mgrs.utm.UTM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UtmCoordinateTest {
    /** NGA's closed formula is this far from the exact projection in Ukraine, and rounds to the centimetre. */
    private static final double NGA_TOLERANCE_METRES = 0.03;

    /** Reference: PROJ 9.1 ({@code cs2cs EPSG:4326 EPSG:326zz}), its own extended transverse Mercator. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Uzhhorod, 22.2879, 48.6208, 34, 594912.2902, 5386103.7908",
        "Lviv, 24.0316, 49.8429, 35, 286587.0293, 5525390.7383",
        "Izmail, 28.8365, 45.3505, 35, 643858.8240, 5023528.2017",
        "Kyiv, 30.5234, 50.4501, 36, 324182.2094, 5591607.6074",
        "Odesa, 30.7233, 46.4825, 36, 325250.7906, 5150177.1770",
        "Chernihiv, 31.2893, 51.4982, 36, 381254.8998, 5706616.4667",
        "Sevastopol, 33.5254, 44.6166, 36, 541684.7955, 4940495.1952",
        "Kharkiv, 36.2304, 49.9935, 37, 301497.4555, 5541584.1964",
        "Luhansk, 39.3078, 48.574, 37, 522704.6277, 5380146.8696",
        "zone edge 24E, 24.0, 48.0, 35, 276224.0846, 5320655.7892",
        "zone edge 30E, 30.0, 52.5, 36, 296374.8298, 5820882.9787",
        "zone edge 36E, 36.0, 44.0, 37, 259473.6789, 4876249.1270",
        "far east, 40.5, 52.5, 37, 601821.6030, 5817709.5264",
        "far west, 22.0, 44.0, 34, 580174.2598, 4872358.8854",
        "Cape Town (south), 18.42, -33.92, 34, 261488.8264, 6243716.3330"})
    void agreesWithProjToTheMillimetre(String place, double lon, double lat, int zone, double easting,
            double northing) {
        UtmCoordinate utm = UtmCoordinate.of(new GeoPosition(lon, lat)).orElseThrow();
        assertEquals(zone, utm.zone(), place);
        assertEquals(easting, utm.eastingMetres(), 1e-3, place);
        assertEquals(northing, utm.northingMetres(), 1e-3, place);
        GeoPosition back = utm.toPosition();
        assertEquals(lon, back.lonDegrees(), 1e-11, place);
        assertEquals(lat, back.latDegrees(), 1e-11, place);
    }

    @Test
    void agreesWithNgaBothWaysAcrossUkraine() {
        for (GeoPosition p : UkrainePositions.gridWithEdges()) {
            UtmCoordinate ours = UtmCoordinate.of(p).orElseThrow();
            UTM nga = UTM.from(Point.point(p.lonDegrees(), p.latDegrees()));
            assertEquals(nga.getZone(), ours.zone(), p.toString());
            assertEquals(nga.getEasting(), ours.eastingMetres(), NGA_TOLERANCE_METRES, p.toString());
            assertEquals(nga.getNorthing(), ours.northingMetres(), NGA_TOLERANCE_METRES, p.toString());
            Point ngaBack = UTM.create(ours.zone(), Hemisphere.NORTH, ours.eastingMetres(), ours.northingMetres())
                    .toPoint();
            double metres = GeodesicDistance.metres(p, new GeoPosition(ngaBack.getLongitude(),
                    ngaBack.getLatitude()));
            assertTrue(metres < NGA_TOLERANCE_METRES, p + " " + metres);
        }
    }

    @Test
    void reverseUndoesForwardToNanodegrees() {
        for (GeoPosition p : UkrainePositions.gridOffEdges()) {
            GeoPosition back = UtmCoordinate.of(p).orElseThrow().toPosition();
            assertEquals(p.lonDegrees(), back.lonDegrees(), 1e-9, p.toString());
            assertEquals(p.latDegrees(), back.latDegrees(), 1e-9, p.toString());
        }
    }

    @Test
    void aPositionOnAZoneEdgeBelongsToTheZoneEastOfIt() {
        assertEquals(35, UtmCoordinate.zoneOf(24.0, 48));
        assertEquals(34, UtmCoordinate.zoneOf(23.999_999_9, 48));
        assertEquals(37, UtmCoordinate.zoneOf(36.0, 48));
        assertEquals(1, UtmCoordinate.zoneOf(-180, 0));
        assertEquals(60, UtmCoordinate.zoneOf(180, 0));
    }

    @Test
    void norwayAndSvalbardHaveTheirWiderZones() {
        assertEquals(32, UtmCoordinate.zoneOf(4, 60));
        assertEquals(31, UtmCoordinate.zoneOf(4, 55));
        assertEquals(33, UtmCoordinate.zoneOf(10, 78));
        assertEquals(35, UtmCoordinate.zoneOf(22, 78));
        assertEquals(37, UtmCoordinate.zoneOf(40, 78));
    }

    @Test
    void bandLettersFollowLatitude() {
        assertEquals('T', UtmCoordinate.of(new GeoPosition(30, 47.999)).orElseThrow().band());
        assertEquals('U', UtmCoordinate.of(new GeoPosition(30, 48)).orElseThrow().band());
        assertEquals('X', UtmCoordinate.of(new GeoPosition(30, 84)).orElseThrow().band());
        assertEquals('C', UtmCoordinate.of(new GeoPosition(30, -80)).orElseThrow().band());
        assertEquals('M', UtmCoordinate.of(new GeoPosition(30, -0.001)).orElseThrow().band());
        assertEquals('N', UtmCoordinate.of(new GeoPosition(30, 0)).orElseThrow().band());
    }

    @Test
    void theGridEndsAt84NorthAnd80South() {
        assertTrue(UtmCoordinate.of(new GeoPosition(30, 84.01)).isEmpty());
        assertTrue(UtmCoordinate.of(new GeoPosition(30, -80.01)).isEmpty());
    }

    @Test
    void southernNorthingsCountFromTenThousandKilometresSouth() {
        UtmCoordinate utm = UtmCoordinate.of(new GeoPosition(18.42, -33.92)).orElseThrow();
        assertEquals('H', utm.band());
        assertEquals("34H 261489 6243716", utm.text());
        assertEquals(-33.92, utm.toPosition().latDegrees(), 1e-11);
    }

    @Test
    void zonesOneAndSixtyReachAcrossTheAntimeridian() {
        UtmCoordinate utm = new UtmCoordinate(60, 'N', 900_000 - 1, 100_000);
        assertTrue(utm.toPosition().lonDegrees() < -179, utm.toPosition().toString());
    }
}

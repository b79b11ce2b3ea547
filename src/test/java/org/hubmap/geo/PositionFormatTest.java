package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PositionFormatTest {
    private static final GeoPosition KYIV = new GeoPosition(30.5234, 50.4501);

    @Test
    void kyivInEveryFormat() {
        assertEquals("50.45010°N 30.52340°E", PositionFormat.DECIMAL_DEGREES.format(KYIV));
        assertEquals("50°27'00.4\"N 30°31'24.2\"E", PositionFormat.DEGREES_MINUTES_SECONDS.format(KYIV));
        assertEquals("36U UA 24182 91607", PositionFormat.MGRS.format(KYIV));
        // PROJ: easting 324182.2094, northing 5591607.6074; UTM rounds where MGRS cuts.
        assertEquals("36U 324182 5591608", PositionFormat.UTM.format(KYIV));
    }

    @Test
    void labelsNameTheFormats() {
        assertEquals("degrees", PositionFormat.DECIMAL_DEGREES.label());
        assertEquals("DMS", PositionFormat.DEGREES_MINUTES_SECONDS.label());
        assertEquals("MGRS", PositionFormat.MGRS.label());
        assertEquals("UTM", PositionFormat.UTM.label());
    }

    @Test
    void southAndWestTakeTheirLetters() {
        GeoPosition newYork = new GeoPosition(-74.006, 40.7128);
        assertEquals("40.71280°N 74.00600°W", PositionFormat.DECIMAL_DEGREES.format(newYork));
        assertEquals("40°42'46.1\"N 74°00'21.6\"W", PositionFormat.DEGREES_MINUTES_SECONDS.format(newYork));
        GeoPosition capeTown = new GeoPosition(18.42, -33.92);
        assertEquals("33.92000°S 18.42000°E", PositionFormat.DECIMAL_DEGREES.format(capeTown));
        assertEquals("33°55'12.0\"S 18°25'12.0\"E", PositionFormat.DEGREES_MINUTES_SECONDS.format(capeTown));
    }

    @Test
    void roundingCarriesIntoMinutesAndDegrees() {
        GeoPosition almostFiftyOne = new GeoPosition(30.999_99, 50.999_99);
        assertEquals("51°00'00.0\"N 31°00'00.0\"E", PositionFormat.DEGREES_MINUTES_SECONDS.format(almostFiftyOne));
        assertEquals("51.00000°N 31.00000°E", PositionFormat.DECIMAL_DEGREES.format(new GeoPosition(30.999_999,
                50.999_999)));
    }

    @Test
    void whatRoundsToZeroIsNorthAndEast() {
        GeoPosition nearlyNull = new GeoPosition(-0.000_001, -0.000_001);
        assertEquals("0.00000°N 0.00000°E", PositionFormat.DECIMAL_DEGREES.format(nearlyNull));
        assertEquals("0°00'00.0\"N 0°00'00.0\"E", PositionFormat.DEGREES_MINUTES_SECONDS.format(nearlyNull));
    }

    @Test
    void gridFormatsAreEmptyNearThePoles() {
        GeoPosition northPole = new GeoPosition(0, 90);
        assertEquals("", PositionFormat.MGRS.format(northPole));
        assertEquals("", PositionFormat.UTM.format(northPole));
        assertEquals("90.00000°N 0.00000°E", PositionFormat.DECIMAL_DEGREES.format(northPole));
    }

    /** Largest distance in metres between a position and its text read back, at Ukraine's latitudes. */
    private static double resolutionMetres(PositionFormat format) {
        return switch (format) {
            // Half a step of 0.00001°: 0.56 m of latitude and 0.4 m of longitude at 44°N, 0.69 m diagonally.
            case DECIMAL_DEGREES -> 0.7;
            // Half a step of 0.1": 1.55 m of latitude and 1.1 m of longitude at 44°N, 1.9 m diagonally.
            case DEGREES_MINUTES_SECONDS -> 1.9;
            // From anywhere in a 1 m square to its centre; NGA's formula, which names MGRS squares, strays 3 cm.
            case MGRS -> Math.sqrt(0.5) + 0.03;
            // To the nearest metre in both axes.
            case UTM -> Math.sqrt(0.5) + 1e-6;
        };
    }

    @ParameterizedTest
    @EnumSource(PositionFormat.class)
    void textReadsBackWithinTheFormatsResolutionEvenOnZoneAndBandEdges(PositionFormat format)
            throws PositionParseException {
        for (GeoPosition p : UkrainePositions.gridWithEdges()) {
            String text = format.format(p);
            double metres = GeodesicDistance.metres(p, PositionParser.parse(text));
            assertTrue(metres <= resolutionMetres(format), format + " " + text + ": " + metres + " m");
        }
    }

    @ParameterizedTest
    @EnumSource(PositionFormat.class)
    void textReadBackIsWrittenTheSameAgain(PositionFormat format) throws PositionParseException {
        for (GeoPosition p : UkrainePositions.gridOffEdges()) {
            String text = format.format(p);
            assertEquals(text, format.format(PositionParser.parse(text)), p.toString());
        }
    }

    @Test
    void gridTextOnAZoneEdgeNamesTheZoneEastOfIt() throws PositionParseException {
        GeoPosition edge = new GeoPosition(36, 48.5);
        assertTrue(PositionFormat.MGRS.format(edge).startsWith("37U "), PositionFormat.MGRS.format(edge));
        assertTrue(PositionFormat.UTM.format(edge).startsWith("37U "), PositionFormat.UTM.format(edge));
    }
}

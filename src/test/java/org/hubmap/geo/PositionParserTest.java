package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mil.nga.grid.Hemisphere;
import mil.nga.grid.features.Point;
import mil.nga.mgrs.MGRS;
import mil.nga.mgrs.utm.UTM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PositionParserTest {
    private static final double KYIV_LON = 30.5234;
    private static final double KYIV_LAT = 50.4501;
    /** 50°27'00.4"N 30°31'24.2"E, Kyiv to a tenth of a second. */
    private static final double KYIV_DMS_LON = 30 + 31 / 60.0 + 24.2 / 3600;
    private static final double KYIV_DMS_LAT = 50 + 27 / 60.0 + 0.4 / 3600;

    private static GeoPosition parse(String text) throws PositionParseException {
        return PositionParser.parse(text);
    }

    private static void assertPosition(double lon, double lat, GeoPosition actual, double toleranceDegrees) {
        assertEquals(lon, actual.lonDegrees(), toleranceDegrees, "longitude of " + actual);
        assertEquals(lat, actual.latDegrees(), toleranceDegrees, "latitude of " + actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"50.4501 30.5234", "50.4501, 30.5234", "50.4501,30.5234", "50.4501; 30.5234",
        "50.4501N 30.5234E", "50.4501 N 30.5234 E", "N50.4501 E30.5234", "N 50.4501, E 30.5234",
        "50.4501° N 30.5234° E", "50.4501°N 30.5234°E", "30.5234E 50.4501N", "E30.5234 N50.4501",
        "50.4501n 30.5234e", "  50.4501\t30.5234  ", "+50.4501 +30.5234", "50.4501º 30.5234º",
        "50°27.006'N 30°31.404'E", "50 27.006 30 31.404", "50°27.006′ 30°31.404′"})
    void decimalDegreesAndMinutes(String text) throws PositionParseException {
        assertPosition(KYIV_LON, KYIV_LAT, parse(text), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"50°27'0.4\"N 30°31'24.2\"E", "50°27'00.4\"N 30°31'24.2\"E", "50°27′0.4″N 30°31′24.2″E",
        "50° 27' 0.4\" N 30° 31' 24.2\" E", "50 27 0.4 N 30 31 24.2 E", "N50 27 0.4 E30 31 24.2",
        "50°27'0.4''N 30°31'24.2''E", "50 27 0.4 30 31 24.2", "50°27'0.4\" 30°31'24.2\"", "50 27 0.4, 30 31 24.2",
        "30°31'24.2\"E 50°27'0.4\"N", "50°27’0.4”N 30°31’24.2”E", "50˚27'0.4\"N 30˚31'24.2\"E"})
    void degreesMinutesSeconds(String text) throws PositionParseException {
        assertPosition(KYIV_DMS_LON, KYIV_DMS_LAT, parse(text), 1e-12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-33.92 18.42 | 18.42 | -33.92",
        "33.92S 18.42E | 18.42 | -33.92",
        "40.7128 -74.006 | -74.006 | 40.7128",
        "40.7128N 74.006W | -74.006 | 40.7128",
        "−33.92 −18.42 | -18.42 | -33.92",
        "-0.5 -0.5 | -0.5 | -0.5",
        "S0 30 W0 30 | -0.5 | -0.5",
        "90 180 | 180 | 90",
        "-90 -180 | -180 | -90",
        "50 30 | 30 | 50"})
    void signsAndHemispheresGiveSouthAndWest(String text, double lon, double lat) throws PositionParseException {
        assertPosition(lon, lat, parse(text), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"36U UA 24182 91607", "36UUA 24182 91607", "36UUA2418291607", "36uua2418291607",
        " 36U UA 24182 91607 ", "36 U UA 24182 91607", "36UUA 2418291607"})
    void mgrsToOneMetreGivesTheCentreOfItsSquare(String text) throws PositionParseException {
        GeoPosition position = parse(text);
        UtmCoordinate utm = UtmCoordinate.of(position).orElseThrow();
        assertEquals(324_182.5, utm.eastingMetres(), 1e-6);
        assertEquals(5_591_607.5, utm.northingMetres(), 1e-6);
    }

    @ParameterizedTest
    @CsvSource({
        "36UUA, 350000, 5550000",
        "36UUA 2 9, 325000, 5595000",
        "36UUA 24 91, 324500, 5591500",
        "36UUA 241 916, 324150, 5591650",
        "36UUA24189160, 324185, 5591605"})
    void everyMgrsPrecisionGivesTheCentreOfItsSquare(String text, double easting, double northing)
            throws PositionParseException {
        UtmCoordinate utm = UtmCoordinate.of(parse(text)).orElseThrow();
        assertEquals(easting, utm.eastingMetres(), 1e-6, text);
        assertEquals(northing, utm.northingMetres(), 1e-6, text);
    }

    @Test
    void mgrsRowsRepeatEveryTwoThousandKilometresAndTheBandPicksOne() throws PositionParseException {
        // Row letter A of zone 36 recurs at 1500 km, 3500 km and 5500 km of northing; band U holds only 5500 km.
        assertEquals(5_550_000, UtmCoordinate.of(parse("36UUA")).orElseThrow().northingMetres(), 1e-6);
        // In the south, band H (40°S to 32°S) holds row H of zone 34 at 6200 km of northing.
        GeoPosition capeTown = parse("34H BH 61488 43716");
        assertPosition(18.42, -33.92, capeTown, 1e-5);
    }

    @Test
    void mgrsAgreesWithNgaAcrossUkraine() throws Exception {
        for (GeoPosition p : UkrainePositions.gridWithEdges()) {
            String nga = MGRS.from(p.lonDegrees(), p.latDegrees()).coordinate();
            Point corner = MGRS.parse(nga).toPoint();
            GeoPosition centre = parse(nga);
            // Our centre lies half a 1 m square's diagonal north-east of NGA's south-west corner.
            double metres = GeodesicDistance.metres(centre, new GeoPosition(corner.getLongitude(),
                    corner.getLatitude()));
            assertEquals(Math.sqrt(0.5), metres, 0.03, nga);
        }
    }

    @Test
    void utmAgreesWithNgaAcrossUkraine() throws Exception {
        for (GeoPosition p : UkrainePositions.gridWithEdges()) {
            UTM nga = UTM.from(Point.point(p.lonDegrees(), p.latDegrees()));
            char band = LatitudeBands.letterOf(p.latDegrees());
            GeoPosition ours = parse(nga.getZone() + "" + band + " " + nga.getEasting() + " " + nga.getNorthing());
            Point theirs = UTM.create(nga.getZone(), Hemisphere.NORTH, nga.getEasting(), nga.getNorthing())
                    .toPoint();
            double metres = GeodesicDistance.metres(ours, new GeoPosition(theirs.getLongitude(),
                    theirs.getLatitude()));
            assertTrue(metres < 0.03, nga + ": " + metres + " m");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"36U 324182.2094 5591607.6074", "36U 324182.2094, 5591607.6074",
        "36u 324182.2094 5591607.6074", "36 U 324182.2094 5591607.6074"})
    void utmInMetres(String text) throws PositionParseException {
        assertPosition(KYIV_LON, KYIV_LAT, parse(text), 1e-9);
    }

    @Test
    void utmLetterNMeansNorthWhateverTheLatitude() throws PositionParseException {
        assertPosition(KYIV_LON, KYIV_LAT, parse("36N 324182.2094 5591607.6074"), 1e-9);
    }

    @Test
    void utmLetterSIsBandSNotTheSouthernHemisphere() throws PositionParseException {
        // Band S is 32°N to 40°N: a point there reads, one at Kyiv's northing does not.
        GeoPosition crete = parse("35S 300000 3900000");
        assertTrue(crete.latDegrees() > 35 && crete.latDegrees() < 36, crete.toString());
        PositionParseException e = assertThrows(PositionParseException.class,
                () -> parse("36S 324182 5591608"));
        assertEquals(3, e.column());
        assertTrue(e.problem().startsWith("band S covers 32°N to 40°N, but this reference lies at 50.5°N; the"
                + " letter after the zone is a latitude band (C to M south of the equator, N to X north of it)"),
                e.problem());
    }

    @Test
    void utmNorthingsSouthOfTheEquatorReachTheEquatorAndJustBeyond() throws PositionParseException {
        // The zone's west edge on the equator, as HubMap writes a point a hair south of it.
        assertPosition(30, 0, parse("36M 166021 10000000"), 1e-5);
        // 100 m north of the equator, within band M's half degree.
        assertPosition(33, 100 / 110_574.0, parse("36M 500000 10000100"), 1e-6);
        assertPosition(33, 0, parse("36N 500000 0"), 1e-9);
    }

    @Test
    void utmBandsAllowHalfADegreeForSquaresAcrossTheirEdge() throws PositionParseException {
        // 47.7°N lies in band T, just south of band U.
        GeoPosition justSouth = parse("36U 400000 5284000");
        assertTrue(justSouth.latDegrees() < 48 && justSouth.latDegrees() > 47.5, justSouth.toString());
        assertThrows(PositionParseException.class, () -> parse("36U 400000 5200000"));
    }

    /** Text, the column where it fails (0 for none) and the start of the problem. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | 0 | nothing to read",
        "'   ' | 0 | nothing to read",
        "abc | 1 | 'abc' is not understood",
        "50.5 abcdefghijklmnopqrstuvwxyz 30 | 6 | 'abcdefghijklmnopqrst...' is not understood; hemispheres are N",
        "50.45 30.52 x | 13 | 'x' is not understood",
        "50.45 # 30.52 | 7 | '#' is not understood",
        "50,4501 30,5234 | 11 | more than one comma or semicolon; decimals take a point",
        "95 30 | 1 | latitude 95° is beyond 90°; without hemisphere letters latitude comes first",
        "50 190 | 4 | longitude 190° is beyond 180°",
        "95N 30E | 1 | latitude 95° is beyond 90°",
        "50.45N 30.52N | 13 | both coordinates are latitudes (N or S)",
        "30.52E 50.45W | 13 | both coordinates are longitudes (E or W)",
        "50.45 N 30.52 | 7 | a hemisphere letter for one coordinate only",
        "50N 30E 20S | 11 | more than two hemisphere letters",
        "50.45N 30.52E 7 | 15 | '7' follows the last hemisphere letter",
        "50 30 40 | 0 | 3 numbers cannot be split evenly into latitude and longitude",
        "50 | 0 | only one number",
        "50°27' | 0 | only one coordinate",
        "50°61' 30° | 4 | minutes must be less than 60",
        "50°27'60\" 30° | 7 | seconds must be less than 60",
        "50.5°27' 30° | 1 | degrees with decimals cannot be followed by minutes",
        "50°27' 30°-31' | 11 | only the degrees may have a sign",
        "50°-27' 30° | 4 | only the degrees may have a sign",
        "27' 30° | 1 | minutes without degrees before them",
        "50° 27\" 30° | 5 | seconds without minutes before them",
        "50 27 10 5 N 30 E | 10 | too many numbers for one coordinate",
        "-50.45N 30E | 1 | a sign and a hemisphere letter together",
        "° 50 30 | 1 | '°' must follow a number",
        "50°° 30 | 4 | '°' follows another unit sign",
        "50 - 30 | 4 | '-' must stand right before a number",
        "1.2.3 4 | 4 | a second decimal point in one number",
        "50.45 . 30 | 7 | '.' is not a number",
        ", 30 | 1 | a comma needs the latitude before it",
        "N 30E | 5 | hemisphere letter E has no number with it",
        "North 50 East 30 | 1 | 'North' is not understood",
        "50°27' 30°31' 20°| 15 | more than two coordinates",
        "36U | 0 | not a complete grid reference",
        "36U UA 24182 | 8 | an MGRS reference has an even number of digits",
        "36U 32418 5591608 | 0 | not a complete grid reference",
        "36UUA 24182 91607 1 | 0 | not a complete grid reference",
        "36UUA 2418 91607 | 12 | easting and northing need the same number of digits, 1 to 5; here they have 4 and 5",
        "36UUA241829160 | 6 | an MGRS reference has an even number of digits, 0 to 10, half easting and half northing;"
            + " this one has 9",
        "36UUA 123456 123456 | 14 | easting and northing need the same number of digits, 1 to 5",
        "36UAA 24182 91607 | 4 | 'A' is not a 100 km column letter of zone 36, whose columns are S to Z",
        "35UAA 24182 91607 | 4 | 'A' is not a 100 km column letter of zone 35, whose columns are J to R",
        "36UUW 24182 91607 | 5 | 'W' is not a 100 km row letter (A to V, without I and O)",
        "36IUA 24182 91607 | 3 | 'I' is not a latitude band letter (C to X, without I and O)",
        "36ZUA 24182 91607 | 3 | 'Z' is a polar (UPS) zone",
        "36TUA 24182 91607 | 3 | band T covers 40°N to 48°N, but this reference lies at 50.5°N",
        "61U 324182 5591608 | 1 | zone 61 does not exist; zones run from 1 to 60",
        "0U 324182 5591608 | 1 | zone 0 does not exist",
        "36U 999999 5591608 | 5 | easting 999999 m is outside the zone (100000 to 899999 m)",
        "36C 324182 20591608 | 12 | northing 20591608 m is beyond the pole; south of the equator (bands C to M)"
            + " northings run from 2035 m at the pole to 10000000 m at the equator",
        "36U 324182 10000000 | 12 | northing 10000000 m is beyond the pole; north of the equator (bands N to X)"
            + " northings run from 0 m at the equator to 9997965 m at the pole",
        "36C 324182 10591608 | 3 | band C covers 80°S to 72°S, but this reference lies at 5.4°N",
        "36C 324182 5591608 | 3 | band C covers 80°S to 72°S, but this reference lies at 39.8°S"})
    void badTextSaysWhereAndWhatIsWrong(String text, int column, String problem) {
        PositionParseException e = assertThrows(PositionParseException.class, () -> parse(text));
        assertEquals(text, e.text());
        assertTrue(e.problem().startsWith(problem), e.problem());
        assertEquals(column, e.column(), e.problem());
        String place = column > 0 ? "column " + column + ": " : "";
        assertEquals(place + e.problem() + "; accepted forms: " + PositionParseException.ACCEPTED_FORMS,
                e.getMessage());
    }

    @Test
    void everyAcceptedFormInTheMessageReadsAsKyiv() throws PositionParseException {
        for (String form : PositionParseException.ACCEPTED_FORMS.split(", ")) {
            String text = form.replaceFirst("^(MGRS|UTM) ", "").replace(" (latitude first)", "");
            GeoPosition position = parse(text);
            assertTrue(GeodesicDistance.metres(position, new GeoPosition(KYIV_LON, KYIV_LAT)) < 3, form);
        }
    }
}

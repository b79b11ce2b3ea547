package org.hubmap.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MGRS and UTM references on WGS84.
 *
 * <p>MGRS: zone, band, the two letters of the 100 km square, then an even number of digits, 0 to 10, half easting
 * and half northing, with or without spaces: {@code 36UUA2418291607}, {@code 36U UA 24182 91607},
 * {@code 36U UA 241 916}. A reference names a square (100 km to 1 m); the position returned is the square's
 * centre, not its south-west corner, so that going to a reference lands in the middle of the area it means, at
 * most half a diagonal from any point of it.
 *
 * <p>UTM: zone, band letter, easting of six digits and northing, in metres, decimals allowed:
 * {@code 36U 324182 5591608}. The letter after the zone is a latitude band, C to X as in MGRS, never a hemisphere
 * letter, so {@code S} means band S (32°N to 40°N). The one exception is {@code N}: as band N (0° to 8°N) and as
 * "north" it names the same hemisphere, so {@code 36N 324182 5591608} is read as the northern hemisphere whatever
 * the latitude. Any other band letter must match the latitude that easting and northing give, within half a
 * degree: that catches a hemisphere letter written where a band letter belongs, and a mistyped northing. South of
 * the equator northings count from 10,000 km south of it, so a point on the equator written in band M has the
 * northing 10000000, and a point just north of it, within band M's half degree, a little more.
 */
final class GridReferenceParser {
    /** How far outside its band a reference may lie: room for a square that straddles the band's edge. */
    static final double BAND_SLACK_DEGREES = 0.5;

    private static final Pattern MGRS = Pattern.compile(
            "\\s*(\\d{1,2})\\s*([a-z])\\s*([a-z])([a-z])\\s*(\\d*)\\s*(\\d*)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern UTM = Pattern.compile(
            "\\s*(\\d{1,2})\\s*([a-z])[\\s,]+(\\d{6}(?:\\.\\d+)?)[\\s,]+(\\d{1,8}(?:\\.\\d+)?)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** Zone and a letter that cannot start a hemisphere-lettered latitude: meant as a grid reference. */
    private static final Pattern GRID_START = Pattern.compile("\\s*\\d{1,2}\\s*[a-df-mo-rt-vx-z]",
            Pattern.CASE_INSENSITIVE);
    private static final double MIN_EASTING_METRES = 100_000;
    private static final double MAX_EASTING_METRES = 900_000;
    private static final int MAX_DIGITS = 10;

    private GridReferenceParser() {
    }

    /** The position of an MGRS or UTM reference; empty when the text is in neither form. */
    static Optional<GeoPosition> parse(String text) throws PositionParseException {
        if (!startsWithZoneAndLetter(text)) {
            return Optional.empty();
        }
        Matcher mgrs = MGRS.matcher(text);
        if (mgrs.matches()) {
            return Optional.of(mgrs(text, mgrs));
        }
        Matcher utm = UTM.matcher(text);
        if (utm.matches()) {
            return Optional.of(utm(text, utm));
        }
        if (GRID_START.matcher(text).lookingAt()) {
            throw new PositionParseException(text, 0, "not a complete grid reference: MGRS needs zone, band, the"
                    + " two square letters and 0 to 10 digits; UTM needs zone, band, a six-digit easting and a"
                    + " northing");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} starts as every grid reference does, with spaces, one or two digits, spaces and a letter:
     * a test much cheaper than the patterns, which most positions in degrees fail at their third character.
     */
    private static boolean startsWithZoneAndLetter(String text) {
        int i = skipSpaces(text, 0);
        int digits = i;
        while (i < text.length() && i - digits < 2 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return false;
        }
        i = skipSpaces(text, i);
        if (i == text.length()) {
            return false;
        }
        char letter = text.charAt(i);
        return letter >= 'a' && letter <= 'z' || letter >= 'A' && letter <= 'Z';
    }

    /** The index of the first character from {@code i} that is not a space as patterns' {@code \s} means it. */
    private static int skipSpaces(String text, int i) {
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static GeoPosition mgrs(String text, Matcher m) throws PositionParseException {
        int zone = zone(text, m);
        char band = band(text, m);
        char column = upper(m.group(3));
        if (MgrsSquares.columnLetters(zone).indexOf(column) < 0) {
            String letters = MgrsSquares.columnLetters(zone);
            throw new PositionParseException(text, m.start(3) + 1, "'" + column + "' is not a 100 km column"
                    + " letter of zone " + zone + ", whose columns are " + letters.charAt(0) + " to "
                    + letters.charAt(letters.length() - 1) + " (without I and O)");
        }
        char row = upper(m.group(4));
        if (!MgrsSquares.isRowLetter(row)) {
            throw new PositionParseException(text, m.start(4) + 1, "'" + row + "' is not a 100 km row letter"
                    + " (A to V, without I and O)");
        }
        String eastingDigits;
        String northingDigits;
        if (m.group(6).isEmpty()) {
            String digits = m.group(5);
            if (digits.length() % 2 != 0 || digits.length() > MAX_DIGITS) {
                throw new PositionParseException(text, m.start(5) + 1, "an MGRS reference has an even number of"
                        + " digits, 0 to 10, half easting and half northing; this one has " + digits.length());
            }
            eastingDigits = digits.substring(0, digits.length() / 2);
            northingDigits = digits.substring(digits.length() / 2);
        } else {
            eastingDigits = m.group(5);
            northingDigits = m.group(6);
            if (eastingDigits.length() != northingDigits.length() || eastingDigits.length() > MAX_DIGITS / 2) {
                throw new PositionParseException(text, m.start(6) + 1, "easting and northing need the same"
                        + " number of digits, 1 to 5; here they have " + eastingDigits.length() + " and "
                        + northingDigits.length());
            }
        }
        double squareMetres = Math.pow(10, MAX_DIGITS / 2 - eastingDigits.length());
        double easting = MgrsSquares.westEastingMetres(zone, column) + metres(eastingDigits, squareMetres)
                + squareMetres / 2;
        double northing = MgrsSquares.southNorthingMetres(zone, band, row) + metres(northingDigits, squareMetres)
                + squareMetres / 2;
        return inBand(text, m.start(2) + 1, new UtmCoordinate(zone, band, easting, northing));
    }

    private static double metres(String digits, double squareMetres) {
        return digits.isEmpty() ? 0 : Long.parseLong(digits) * squareMetres;
    }

    private static GeoPosition utm(String text, Matcher m) throws PositionParseException {
        int zone = zone(text, m);
        char band = band(text, m);
        double easting = DecimalNumbers.parse(m.group(3));
        if (easting < MIN_EASTING_METRES || easting >= MAX_EASTING_METRES) {
            throw new PositionParseException(text, m.start(3) + 1, "easting " + m.group(3) + " m is outside"
                    + " the zone (100000 to 899999 m)");
        }
        double northing = DecimalNumbers.parse(m.group(4));
        double pole = TransverseMercator.poleMetres();
        double falseNorthing = UtmCoordinate.SOUTHERN_FALSE_NORTHING_METRES;
        if (LatitudeBands.isNorthern(band) && northing > pole) {
            throw new PositionParseException(text, m.start(4) + 1, "northing " + m.group(4) + " m is beyond the"
                    + " pole; north of the equator (bands N to X) northings run from 0 m at the equator to "
                    + Math.round(pole) + " m at the pole");
        }
        if (!LatitudeBands.isNorthern(band) && Math.abs(northing - falseNorthing) > pole) {
            throw new PositionParseException(text, m.start(4) + 1, "northing " + m.group(4) + " m is beyond the"
                    + " pole; south of the equator (bands C to M) northings run from " + Math.round(falseNorthing
                    - pole) + " m at the pole to " + Math.round(falseNorthing) + " m at the equator");
        }
        return inBand(text, m.start(2) + 1, new UtmCoordinate(zone, band, easting, northing));
    }

    private static int zone(String text, Matcher m) throws PositionParseException {
        int zone = Integer.parseInt(m.group(1));
        if (zone < 1 || zone > UtmCoordinate.ZONE_COUNT) {
            throw new PositionParseException(text, m.start(1) + 1, "zone " + zone + " does not exist; zones run"
                    + " from 1 to 60");
        }
        return zone;
    }

    private static char band(String text, Matcher m) throws PositionParseException {
        char band = upper(m.group(2));
        if (band == 'A' || band == 'B' || band == 'Y' || band == 'Z') {
            throw new PositionParseException(text, m.start(2) + 1, "'" + band + "' is a polar (UPS) zone, which"
                    + " HubMap does not read");
        }
        if (!LatitudeBands.isBand(band)) {
            throw new PositionParseException(text, m.start(2) + 1, "'" + band + "' is not a latitude band letter"
                    + " (C to X, without I and O)");
        }
        return band;
    }

    private static GeoPosition inBand(String text, int bandColumn, UtmCoordinate utm)
            throws PositionParseException {
        GeoPosition position = utm.toPosition();
        double lat = position.latDegrees();
        char band = utm.band();
        if (band != 'N' && (lat < LatitudeBands.southDegrees(band) - BAND_SLACK_DEGREES
                || lat > LatitudeBands.northDegrees(band) + BAND_SLACK_DEGREES)) {
            throw new PositionParseException(text, bandColumn, "band " + band + " covers "
                    + LatitudeBands.extent(band) + ", but this reference lies at "
                    + LatitudeBands.latitudeText(lat) + "; the letter after the zone is a latitude band (C to M"
                    + " south of the equator, N to X north of it), not a hemisphere");
        }
        return position;
    }

    private static char upper(String letter) {
        return letter.toUpperCase(Locale.ROOT).charAt(0);
    }
}

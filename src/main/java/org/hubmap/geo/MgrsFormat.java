package org.hubmap.geo;

import java.util.Locale;

/**
 * Military Grid Reference System text for positions on WGS84, to 1 metre. The grid is UTM's, computed by
 * {@link TransverseMercator} exactly to the last digit, with the 100 km squares lettered as NGA's standard does.
 */
public final class MgrsFormat {
    private static final int METRES_IN_SQUARE = (int) MgrsSquares.SQUARE_METRES;
    /**
     * How far below a whole metre an easting or northing still counts as that metre. Projecting to the grid and
     * back is exact only to nanometres, and the centre of a square read from a reference, such as 24150 from
     * {@code 241}, must be named by that square again rather than by the one a hair to the south-west.
     */
    private static final double ROUND_OFF_METRES = 1e-6;

    private MgrsFormat() {
    }

    /**
     * The MGRS reference of a position to 1 metre, grouped as {@code 36U UU 12345 67890}: the square of 1 metre
     * that holds it, named by its south-west corner (digits are cut, not rounded, as MGRS requires). MGRS is
     * undefined beyond 84°N and 80°S (the polar UPS zones) and for positions that are not on the globe, where this
     * returns an empty string.
     */
    public static String format(double lonDegrees, double latDegrees) {
        if (!(Math.abs(lonDegrees) <= 180 && Math.abs(latDegrees) <= 90)) {
            return "";
        }
        return UtmCoordinate.of(new GeoPosition(lonDegrees, latDegrees)).map(MgrsFormat::format).orElse("");
    }

    static String format(UtmCoordinate utm) {
        long easting = (long) Math.floor(utm.eastingMetres() + ROUND_OFF_METRES);
        long northing = (long) Math.floor(utm.northingMetres() + ROUND_OFF_METRES);
        return String.format(Locale.ROOT, "%d%c %c%c %05d %05d", utm.zone(), utm.band(),
                MgrsSquares.columnLetter(utm.zone(), easting), MgrsSquares.rowLetter(utm.zone(), northing),
                easting % METRES_IN_SQUARE, northing % METRES_IN_SQUARE);
    }
}

package org.hubmap.geo;

import mil.nga.mgrs.MGRS;

/**
 * Military Grid Reference System text for positions on WGS84, to 1 metre, as NGA's reference implementation
 * ({@code mil.nga:mgrs}) writes it, so that a reference HubMap shows is the one other NGA-based tools show.
 *
 * <p>NGA's library projects with a closed formula that strays up to about 3 cm from the exact grid of
 * {@link TransverseMercator}; within that distance of a 1 m grid line the two may name neighbouring 1 m squares.
 * HubMap follows NGA there. Reading a reference back ({@link PositionParser}) gives the square's centre, half a
 * metre from any line, so it names the same square in both.
 */
public final class MgrsFormat {
    /** Digits of easting and of northing in a reference to 1 metre within its 100 km square. */
    private static final int DIGITS = 5;

    private MgrsFormat() {
    }

    /**
     * The MGRS reference of a position to 1 metre, grouped as {@code 36U UU 12345 67890}: the square of 1 metre
     * that holds it, named by its south-west corner (digits are cut, not rounded, as MGRS requires). MGRS is
     * undefined beyond 84°N and 80°S (the polar UPS zones) and for positions that are not on the globe, where this
     * returns an empty string.
     */
    public static String format(double lonDegrees, double latDegrees) {
        if (!(Math.abs(lonDegrees) <= 180 && LatitudeBands.covers(latDegrees))) {
            return "";
        }
        MGRS mgrs = MGRS.from(lonDegrees, latDegrees);
        StringBuilder text = new StringBuilder(20).append(mgrs.getZone()).append(mgrs.getBand()).append(' ')
                .append(mgrs.getColumn()).append(mgrs.getRow()).append(' ');
        DigitText.appendPadded(text, mgrs.getEasting(), DIGITS).append(' ');
        return DigitText.appendPadded(text, mgrs.getNorthing(), DIGITS).toString();
    }
}

package org.hubmap.geo;

import java.util.Locale;

/**
 * The latitude bands of MGRS and of UTM references: the letters C to X, leaving out I and O, each 8 degrees tall
 * from 80°S northwards, except X, which is 12 degrees tall and ends at 84°N. C to M lie south of the equator and
 * N to X north of it, so a band letter also names the hemisphere.
 */
final class LatitudeBands {
    /** The band letters from south to north. */
    static final String LETTERS = "CDEFGHJKLMNPQRSTUVWX";
    /** The southern edge of band C, in degrees. */
    static final double SOUTH_LIMIT_DEGREES = -80;
    /** The northern edge of band X, in degrees. */
    static final double NORTH_LIMIT_DEGREES = 84;

    private static final double BAND_HEIGHT_DEGREES = 8;

    private LatitudeBands() {
    }

    /** Whether a latitude lies in some band, that is from 80°S to 84°N inclusive. */
    static boolean covers(double latDegrees) {
        return latDegrees >= SOUTH_LIMIT_DEGREES && latDegrees <= NORTH_LIMIT_DEGREES;
    }

    /**
     * The letter of the band that holds a latitude within 80°S..84°N; a latitude on the edge between two bands
     * belongs to the band north of it.
     */
    static char letterOf(double latDegrees) {
        int index = (int) Math.floor((latDegrees - SOUTH_LIMIT_DEGREES) / BAND_HEIGHT_DEGREES);
        return LETTERS.charAt(Math.max(0, Math.min(LETTERS.length() - 1, index)));
    }

    /** Whether {@code letter} (upper case) is a band letter. */
    static boolean isBand(char letter) {
        return LETTERS.indexOf(letter) >= 0;
    }

    /** Whether a band lies north of the equator. */
    static boolean isNorthern(char band) {
        return band >= 'N';
    }

    /** The southern edge of a band in degrees. */
    static double southDegrees(char band) {
        return SOUTH_LIMIT_DEGREES + BAND_HEIGHT_DEGREES * LETTERS.indexOf(band);
    }

    /** The northern edge of a band in degrees. */
    static double northDegrees(char band) {
        return band == 'X' ? NORTH_LIMIT_DEGREES : southDegrees(band) + BAND_HEIGHT_DEGREES;
    }

    /** The band's extent for people, such as {@code 48°N to 56°N}. */
    static String extent(char band) {
        return latitudeText(southDegrees(band)) + " to " + latitudeText(northDegrees(band));
    }

    /** A latitude to a tenth of a degree with its hemisphere, such as {@code 50.4°N}. */
    static String latitudeText(double latDegrees) {
        String digits = String.format(Locale.ROOT, "%.1f", Math.abs(latDegrees)).replaceFirst("\\.0$", "");
        return digits + "°" + (latDegrees < 0 && !digits.equals("0") ? "S" : "N");
    }
}

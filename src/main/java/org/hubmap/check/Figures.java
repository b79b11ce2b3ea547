package org.hubmap.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How violations write their figures: distances under a kilometre in whole metres and longer ones in kilometres
 * with one decimal, areas under 0.1 km² in whole square metres and larger ones in square kilometres with one
 * decimal, positions as degrees east and north, longitude first.
 */
final class Figures {
    private static final double METRES_PER_KM = 1000;
    private static final double SQUARE_METRES_PER_SQUARE_KM = 1_000_000;
    /** From here on areas are written in km²: 100 000 m². */
    private static final double SMALLEST_AREA_IN_SQUARE_KM = 0.1 * SQUARE_METRES_PER_SQUARE_KM;

    private Figures() {
    }

    /** A measured distance, rounded: "740 m", "3.2 km". */
    static String distance(double metres) {
        return distanceRounded(metres, RoundingMode.HALF_UP);
    }

    /**
     * A measured distance that is less than {@code limitMetres}, rounded as {@link #distance} unless that would
     * reach the limit, and cut down then: 4.96 km under a 5 km minimum is "4.9 km", never "5.0 km".
     */
    static String distanceBelow(double metres, double limitMetres) {
        RoundingMode mode = roundedMetres(metres, RoundingMode.HALF_UP) >= limitMetres ? RoundingMode.DOWN
                : RoundingMode.HALF_UP;
        return distanceRounded(metres, mode);
    }

    /** A threshold as set, with no digit more than it needs: "800 m", "5 km", "2.5 km". */
    static String exactDistance(double metres) {
        if (metres < METRES_PER_KM) {
            return plain(BigDecimal.valueOf(metres)) + " m";
        }
        return plain(BigDecimal.valueOf(metres).divide(BigDecimal.valueOf(METRES_PER_KM))) + " km";
    }

    /** An area: "3400 m²", "12.3 km²". */
    static String area(double squareMetres) {
        if (squareMetres < SMALLEST_AREA_IN_SQUARE_KM) {
            return Math.round(squareMetres) + " m²";
        }
        return String.format(Locale.ROOT, "%.1f km²", squareMetres / SQUARE_METRES_PER_SQUARE_KM);
    }

    /** A position to five decimals (about a metre): "35.12345° E, 48.50000° N". */
    static String position(double lon, double lat) {
        return String.format(Locale.ROOT, "%.5f° %s, %.5f° %s", Math.abs(lon), lon < 0 ? "W" : "E", Math.abs(lat),
                lat < 0 ? "S" : "N");
    }

    private static String distanceRounded(double metres, RoundingMode mode) {
        BigDecimal wholeMetres = BigDecimal.valueOf(metres).setScale(0, mode);
        if (wholeMetres.doubleValue() < METRES_PER_KM) {
            return wholeMetres.toPlainString() + " m";
        }
        return kilometres(metres, mode).toPlainString() + " km";
    }

    /** The metres that {@link #distanceRounded} writes. */
    private static double roundedMetres(double metres, RoundingMode mode) {
        BigDecimal wholeMetres = BigDecimal.valueOf(metres).setScale(0, mode);
        if (wholeMetres.doubleValue() < METRES_PER_KM) {
            return wholeMetres.doubleValue();
        }
        return kilometres(metres, mode).doubleValue() * METRES_PER_KM;
    }

    private static BigDecimal kilometres(double metres, RoundingMode mode) {
        return BigDecimal.valueOf(metres / METRES_PER_KM).setScale(1, mode);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

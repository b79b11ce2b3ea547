package org.hubmap.cli;

import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.PositionFormat;

/** A position in every format, each text empty where its format does not reach (MGRS and UTM near the poles). */
record PositionTexts(GeoPosition position, String dd, String dms, String mgrs, String utm) {
    /** Decimals of the degrees in numbers: 1e-7 degrees is about a centimetre. */
    private static final int DECIMALS = 7;
    private static final long STEPS = 10_000_000;

    static PositionTexts of(GeoPosition position) {
        return new PositionTexts(position, PositionFormat.DECIMAL_DEGREES.format(position),
                PositionFormat.DEGREES_MINUTES_SECONDS.format(position), PositionFormat.MGRS.format(position),
                PositionFormat.UTM.format(position));
    }

    /**
     * Appends signed degrees as a plain decimal number to 1e-7, without trailing zeros but with at least one
     * decimal, such as {@code 50.4500991}, {@code -33.5} or {@code 30.0}; never in exponent form.
     */
    static StringBuilder appendDegrees(StringBuilder text, double degrees) {
        long steps = Math.round(Math.abs(degrees) * STEPS);
        if (degrees < 0 && steps > 0) {
            text.append('-');
        }
        text.append(steps / STEPS).append('.');
        long fraction = steps % STEPS;
        int digits = DECIMALS;
        while (digits > 1 && fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        for (long scale = pow10(digits - 1); scale > 1 && fraction < scale; scale /= 10) {
            text.append('0');
        }
        return text.append(fraction);
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}

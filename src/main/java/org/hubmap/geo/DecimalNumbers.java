package org.hubmap.geo;

/**
 * Reads unsigned decimal numbers such as {@code 50.4501} or {@code 5591608} exactly as {@link Double#parseDouble}
 * does, several times faster for the short numbers positions are made of: up to 15 digits are a whole number that a
 * double holds exactly, and one division by an exact power of ten rounds correctly.
 */
final class DecimalNumbers {
    private static final int EXACT_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    private DecimalNumbers() {
    }

    /** The value of {@code text}: digits with at most one decimal point and at least one digit. */
    static double parse(String text) {
        long digits = 0;
        int count = 0;
        int decimals = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && decimals < 0) {
                decimals = 0;
            } else if (c >= '0' && c <= '9' && count < EXACT_DIGITS) {
                digits = digits * 10 + (c - '0');
                count++;
                decimals += decimals >= 0 ? 1 : 0;
            } else {
                return Double.parseDouble(text);
            }
        }
        if (count == 0) {
            return Double.parseDouble(text);
        }
        return decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
    }
}

package org.hubmap.geo;

/**
 * Writes whole numbers into text digit by digit, padded with zeros to a width, for the formats that write many
 * positions a second: a {@code String.format} per field would cost more than the projection itself.
 */
final class DigitText {
    private DigitText() {
    }

    /** Appends {@code value}, which must not be negative, with at least {@code width} digits. */
    static StringBuilder appendPadded(StringBuilder text, long value, int width) {
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            text.append('0');
        }
        return text.append(value);
    }
}

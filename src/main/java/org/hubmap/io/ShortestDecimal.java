package org.hubmap.io;

/**
 * Formats a double as the shortest decimal that reads back as the same double, in plain notation, into a reused
 * buffer: the same text as Jackson's {@code writeNumber(double)} (Schubfach, like Java 19's Double.toString) for
 * the numbers it takes, without the three objects per number that path makes. A converted layout writes some
 * hundred million coordinates.
 *
 * <p>It takes numbers from 0.001 to 10 million whose shortest decimal has at most 15 significant digits, which is
 * every coordinate with up to 12 decimals. For those, {@code v} scaled by {@code 10^(14-k)}, where {@code 10^k <= v
 * < 10^(k+1)}, lies within 0.25 of the integer its shortest decimal scales to (half an ulp of {@code v} and the
 * rounding of the product, each at most 0.111 at that size), so rounding the product gives that integer; a decimal
 * with fewer digits would scale to the same integer, so it is the one found after dropping trailing zeros. The
 * candidate is accepted only if dividing it back gives {@code v} exactly; {@link #format} returns -1 for anything
 * else, and the caller falls back to Jackson. ShortestDecimalTest compares the two on millions of numbers.
 */
final class ShortestDecimal {
    /** Room for a sign, 7 integer digits, the point and 18 fraction digits. */
    static final int MAX_LENGTH = 32;
    private static final double MIN = 1e-3;
    private static final double MAX = 1e7;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private ShortestDecimal() {
    }

    /**
     * Writes {@code value} into {@code buffer} from index 0 and returns the length, or -1 when it is not a number
     * this class takes. The buffer must hold {@link #MAX_LENGTH} characters.
     */
    static int format(double value, char[] buffer) {
        double magnitude = Math.abs(value);
        if (!(magnitude >= MIN && magnitude < MAX)) {
            return -1;
        }
        int scale = 14 - (int) Math.floor(Math.log10(magnitude));
        double scaled = magnitude * POWERS_OF_TEN[scale];
        // log10 can be off by one next to a power of ten.
        if (scaled >= 1e15) {
            scale--;
            scaled = magnitude * POWERS_OF_TEN[scale];
        } else if (scaled < 1e14) {
            scale++;
            scaled = magnitude * POWERS_OF_TEN[scale];
        }
        if (!(scaled >= 1e14 && scaled < 1e15)) {
            return -1;
        }
        long digits = Math.round(scaled);
        int fractionDigits = scale;
        while (fractionDigits > 0 && digits % 10 == 0) {
            digits /= 10;
            fractionDigits--;
        }
        if (digits / POWERS_OF_TEN[fractionDigits] != magnitude) {
            return -1;
        }
        return write(value < 0, digits, fractionDigits, buffer);
    }

    /** Writes {@code digits / 10^fractionDigits} in plain notation with at least one fraction digit. */
    private static int write(boolean negative, long digits, int fractionDigits, char[] buffer) {
        int length = 0;
        if (negative) {
            buffer[length++] = '-';
        }
        int digitCount = digitCount(digits);
        int integerDigits = digitCount - fractionDigits;
        if (integerDigits <= 0) {
            buffer[length++] = '0';
            buffer[length++] = '.';
            for (int i = integerDigits; i < 0; i++) {
                buffer[length++] = '0';
            }
            return writeDigits(digits, digitCount, buffer, length);
        }
        int end = writeDigits(digits, digitCount, buffer, length);
        if (fractionDigits == 0) {
            buffer[end++] = '.';
            buffer[end++] = '0';
            return end;
        }
        int point = length + integerDigits;
        System.arraycopy(buffer, point, buffer, point + 1, fractionDigits);
        buffer[point] = '.';
        return end + 1;
    }

    private static int writeDigits(long digits, int digitCount, char[] buffer, int start) {
        long rest = digits;
        for (int i = start + digitCount - 1; i >= start; i--) {
            buffer[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return start + digitCount;
    }

    private static int digitCount(long digits) {
        int count = 1;
        for (long rest = digits / 10; rest > 0; rest /= 10) {
            count++;
        }
        return count;
    }
}

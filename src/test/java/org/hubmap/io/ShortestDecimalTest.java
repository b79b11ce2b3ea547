package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** ShortestDecimal must give Jackson's text for every number it takes; it may decline any, never differ. */
class ShortestDecimalTest {
    private final char[] buffer = new char[ShortestDecimal.MAX_LENGTH];

    @Test
    void writesPlainDecimalsLikeJackson() {
        assertFormats(30.0, "30.0");
        assertFormats(-30.5, "-30.5");
        assertFormats(0.1, "0.1");
        assertFormats(0.001, "0.001");
        assertFormats(0.00123, "0.00123");
        assertFormats(36.394941, "36.394941");
        assertFormats(9_999_999.5, "9999999.5");
        assertFormats(179.123456789012, "179.123456789012");
    }

    @Test
    void declinesWhatItDoesNotTake() {
        for (double value : new double[] {0, -0.0, 1e7, 0.000999, Double.NaN, Double.POSITIVE_INFINITY, 1e300,
            Math.PI, Math.nextUp(1.0), 24.18122940129531}) {
            assertEquals(-1, ShortestDecimal.format(value, buffer), () -> "took " + value);
        }
    }

    @Test
    void agreesWithJacksonOnMillionsOfNumbers() {
        SplittableRandom random = new SplittableRandom(7);
        long taken = 0;
        for (int i = 0; i < 3_000_000; i++) {
            double value = switch (i % 6) {
                // Decimals as people and tools write them: up to 17 digits, any magnitude in range and beyond.
                case 0, 1 -> Double.parseDouble(decimal(random));
                // Coordinates.
                case 2 -> Math.round((random.nextDouble() * 360 - 180) * 1e6) / 1e6;
                // Any double of these magnitudes, bit for bit.
                case 3 -> Double.longBitsToDouble(Double.doubleToRawLongBits(1e-4)
                        + random.nextLong(Double.doubleToRawLongBits(2e7) - Double.doubleToRawLongBits(1e-4)));
                // Next to powers of ten and to the ends of the range.
                case 4 -> neighbour(Math.pow(10, random.nextInt(-4, 9)), random);
                default -> random.nextDouble() * Math.pow(10, random.nextInt(-4, 8));
            };
            if (check(random.nextBoolean() ? value : -value)) {
                taken++;
            }
        }
        assertTrue(taken > 1_000_000, "took " + taken);
    }

    private boolean check(double value) {
        int length = ShortestDecimal.format(value, buffer);
        if (length >= 0) {
            assertEquals(DoubleToDecimal.toString(value), new String(buffer, 0, length), () -> "for " + value);
        }
        return length >= 0;
    }

    private void assertFormats(double value, String text) {
        int length = ShortestDecimal.format(value, buffer);
        assertEquals(text, length < 0 ? null : new String(buffer, 0, length));
        assertEquals(DoubleToDecimal.toString(value), text, "Jackson's text");
    }

    private static String decimal(SplittableRandom random) {
        StringBuilder digits = new StringBuilder();
        int count = random.nextInt(1, 18);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(i == 0 ? 1 : 0, 10)));
        }
        int point = random.nextInt(-4, count + 8);
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= count) {
            return digits + "0".repeat(point - count);
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }

    private static double neighbour(double value, SplittableRandom random) {
        double result = value;
        for (int steps = random.nextInt(-3, 4); steps != 0; steps += steps > 0 ? -1 : 1) {
            result = steps > 0 ? Math.nextUp(result) : Math.nextDown(result);
        }
        return result;
    }
}

package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalNumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "5591608", "50.4501", ".5", "7.", "0.1", "0.3", "179.99999999999", "0000.0001",
        "123456789012345", "1234567890123456789", "0.12345678901234567890", "9999999.9999999"})
    void readsAsParseDoubleDoes(String text) {
        assertEquals(Double.parseDouble(text), DecimalNumbers.parse(text), text);
    }

    @Test
    void randomNumbersOfPositionsReadAsParseDoubleDoes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long whole = random.nextLong(0, 10_000_000);
            int decimals = random.nextInt(0, 12);
            StringBuilder text = new StringBuilder().append(whole);
            if (decimals > 0) {
                text.append('.');
                for (int d = 0; d < decimals; d++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            assertEquals(Double.parseDouble(text.toString()), DecimalNumbers.parse(text.toString()), text.toString());
        }
    }
}

package org.hubmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void distancesUnderAKilometreAreWholeMetresAndLongerOnesKilometresWithOneDecimal() {
        assertEquals("0 m", Figures.distance(0.3));
        assertEquals("740 m", Figures.distance(739.6));
        assertEquals("1.0 km", Figures.distance(999.6));
        assertEquals("3.2 km", Figures.distance(3_249.9));
        assertEquals("3.3 km", Figures.distance(3_250));
        assertEquals("1234.6 km", Figures.distance(1_234_567));
    }

    @Test
    void aDistanceBelowALimitNeverRoundsUpToIt() {
        assertEquals("4.9 km", Figures.distanceBelow(4_960, 5_000));
        assertEquals("4.8 km", Figures.distanceBelow(4_849, 5_000));
        assertEquals("3.0 km", Figures.distanceBelow(2_999.999_999, 5_000));
        assertEquals("499 m", Figures.distanceBelow(499.7, 500));
        assertEquals("999 m", Figures.distanceBelow(999.7, 1_000));
    }

    @Test
    void thresholdsAreWrittenWithTheDigitsTheyNeed() {
        assertEquals("5 km", Figures.exactDistance(5_000));
        assertEquals("2.5 km", Figures.exactDistance(2_500));
        assertEquals("1.25 km", Figures.exactDistance(1_250));
        assertEquals("800 m", Figures.exactDistance(800));
        assertEquals("0.5 m", Figures.exactDistance(0.5));
        assertEquals("100 km", Figures.exactDistance(100_000));
    }

    @Test
    void smallAreasAreSquareMetresAndLargerOnesSquareKilometres() {
        assertEquals("3400 m²", Figures.area(3_400.4));
        assertEquals("99999 m²", Figures.area(99_999));
        assertEquals("0.1 km²", Figures.area(100_000));
        assertEquals("1919.3 km²", Figures.area(1_919_345_678));
    }

    @Test
    void positionsAreDegreesEastAndNorthLongitudeFirst() {
        assertEquals("35.12346° E, 48.50000° N", Figures.position(35.123456, 48.5));
        assertEquals("3.50000° W, 40.00000° S", Figures.position(-3.5, -40));
    }
}

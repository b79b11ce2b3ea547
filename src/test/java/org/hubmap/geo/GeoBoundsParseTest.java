package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeoBoundsParseTest {
    @Test
    void readsFourNumbersWestSouthEastNorth() {
        assertEquals(new GeoBounds(22, 44.3, 40.3, 52.45), GeoBounds.parse("22,44.3,40.3,52.45"));
        assertEquals(new GeoBounds(22, 44.3, 40.3, 52.45), GeoBounds.parse(" 22, 44.3 ;40.3  52.45 "));
        assertEquals(new GeoBounds(-10.5, -3, 5, 4), GeoBounds.parse("-10.5,-3,5,4"));
    }

    @Test
    void saysWhatIsWrong() {
        assertTrue(message("22,44,40").contains("four numbers"));
        assertTrue(message("22,44,x,52").contains("\"x\" in the bounds is not a number"));
        assertTrue(message("22,44,190,52").contains("within ±180"));
        assertTrue(message("40,44,22,52").contains("west must be less than east"));
        assertTrue(message("").contains("four numbers"));
    }

    private static String message(String text) {
        return assertThrows(IllegalArgumentException.class, () -> GeoBounds.parse(text)).getMessage();
    }
}

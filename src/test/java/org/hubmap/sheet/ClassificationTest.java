package org.hubmap.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassificationTest {
    @Test
    void presetsAreFoundByTheirTextInAnyCase() {
        assertSame(Classification.NATO_SECRET, Classification.of("nato secret", Optional.empty()));
        assertEquals(6, Classification.PRESETS.size());
        assertEquals(new Color(0xc8102e), Classification.NATO_SECRET.banner());
        assertEquals(Color.WHITE, Classification.NATO_SECRET.textColour());
    }

    @Test
    void anyTextTakesAnyColourWithTextThatStandsOut() {
        Classification light = Classification.of("EXERCISE ONLY", Optional.of(Classification.colour("#FFD100")));
        assertEquals("EXERCISE ONLY", light.text());
        assertEquals(Color.BLACK, light.textColour(), "black on yellow");
        Classification dark = Classification.of("MISSION SECRET", Optional.of(Classification.colour("003366")));
        assertEquals(Color.WHITE, dark.textColour(), "white on navy");
        assertEquals("#003366", Classification.hex(dark.banner()));
        assertEquals(new Color(0x1a1a1a), Classification.of("CUSTOM", Optional.empty()).banner());
    }

    @Test
    void coloursAreWrittenAsHex() {
        assertThrows(IllegalArgumentException.class, () -> Classification.colour("red"));
        assertThrows(IllegalArgumentException.class, () -> Classification.colour("#12345"));
        assertThrows(IllegalArgumentException.class, () -> Classification.of(" ", Optional.empty()));
    }
}

package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleBarSpecTest {
    @Test
    void choosesTheLongestRoundLengthThatFits() {
        for (double zoom = 3; zoom <= 18; zoom += 0.37) {
            ScaleBarSpec bar = ScaleBarSpec.fit(48.5, zoom, 120);
            assertTrue(bar.lengthPixels() <= 120 + 1e-9, "fits");
            assertTrue(bar.lengthPixels() > 120 / 2.5 - 1e-9, "not needlessly short at zoom " + zoom);
            double mantissa = bar.lengthMetres() / Math.pow(10, Math.floor(Math.log10(bar.lengthMetres())));
            assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9
                    || Math.abs(mantissa - 5) < 1e-9, "round length " + bar.lengthMetres());
        }
    }

    @Test
    void labelsInMetresOrKilometres() {
        assertEquals("500 m", new ScaleBarSpec(500, 80).label());
        assertEquals("20 km", new ScaleBarSpec(20_000, 80).label());
    }
}

package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MgrsFormatTest {
    @Test
    void kyivIsInZone36UWithOneMetrePrecision() {
        // Reference values from the npm "mgrs" package (forward([30.5234, 50.4501], 5) = 36UUA2418291607).
        String mgrs = MgrsFormat.format(30.5234, 50.4501);
        assertEquals("36U", mgrs.substring(0, 3));
        assertEquals(5, mgrs.split(" ")[2].length());
        assertEquals(5, mgrs.split(" ")[3].length());
        assertEquals("36U UA 24182 91607", mgrs);
    }

    @Test
    void lvivIsInZone35U() {
        assertEquals("35U KR 86587 25390", MgrsFormat.format(24.0316, 49.8429));
    }

    @Test
    void positionsWithoutMgrsGiveEmptyText() {
        assertEquals("", MgrsFormat.format(0, 85));
        assertEquals("", MgrsFormat.format(Double.NaN, 50));
    }
}

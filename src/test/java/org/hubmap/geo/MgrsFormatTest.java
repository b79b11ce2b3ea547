package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mil.nga.grid.features.Point;
import mil.nga.mgrs.MGRS;
import org.junit.jupiter.api.Test;

class MgrsFormatTest {
    /** How far NGA's closed-form projection strays from the exact one in Ukraine, with its centimetre rounding. */
    private static final double NGA_TOLERANCE_METRES = 0.03;

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
        assertEquals("", MgrsFormat.format(0, -80.5));
        assertEquals("", MgrsFormat.format(Double.NaN, 50));
        assertEquals("", MgrsFormat.format(200, 50));
    }

    @Test
    void digitsAreCutToTheSquareNotRounded() {
        // Kyiv lies at easting 324182.209 and northing 5591607.607 (PROJ): the square is 24182 91607.
        assertEquals("36U UA 24182 91607", MgrsFormat.format(30.5234, 50.4501));
    }

    @Test
    void southernPositionsUseTheSouthernRowsAndBands() {
        // Reference: NGA mgrs-java, MGRS.from(18.42, -33.92).
        assertEquals("34H BH 61488 43716", MgrsFormat.format(18.42, -33.92));
    }

    /** Every reference is exactly NGA's, grid lines included. */
    @Test
    void agreesWithNgaAcrossUkraine() {
        int compared = 0;
        for (GeoPosition p : UkrainePositions.gridWithEdges()) {
            String nga = MGRS.from(p.lonDegrees(), p.latDegrees()).coordinate();
            assertEquals(nga, MgrsFormat.format(p.lonDegrees(), p.latDegrees()).replace(" ", ""), p.toString());
            compared++;
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    @Test
    void ngaReadsOurReferencesBackToTheirSquare() throws Exception {
        for (GeoPosition p : UkrainePositions.gridOffEdges()) {
            String ours = MgrsFormat.format(p.lonDegrees(), p.latDegrees());
            Point corner = MGRS.parse(ours).toPoint();
            GeoPosition south = new GeoPosition(corner.getLongitude(), corner.getLatitude());
            // The position lies in the 1 m square whose south-west corner NGA returns.
            assertTrue(GeodesicDistance.metres(p, south) < Math.sqrt(2) + NGA_TOLERANCE_METRES, ours);
        }
    }

    private static boolean nearGridLine(double metres) {
        double fraction = metres - Math.floor(metres);
        return fraction < NGA_TOLERANCE_METRES || fraction > 1 - NGA_TOLERANCE_METRES;
    }
}

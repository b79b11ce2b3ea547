package org.hubmap.geo;

import java.util.ArrayList;
import java.util.List;

/** Positions over Ukraine and its borders, 44°N..52.5°N and 22°E..40.5°E, across UTM zones 34 to 37. */
final class UkrainePositions {
    private UkrainePositions() {
    }

    /**
     * A grid every quarter degree of latitude and half degree of longitude. It puts points exactly on the edges of
     * zones (24°E, 30°E, 36°E) and of bands (48°N), where text read back may name the neighbouring zone or band.
     */
    static List<GeoPosition> gridWithEdges() {
        List<GeoPosition> positions = new ArrayList<>();
        for (double lat = 44; lat <= 52.5; lat += 0.25) {
            for (double lon = 22; lon <= 40.5; lon += 0.5) {
                positions.add(new GeoPosition(lon, lat));
            }
        }
        return positions;
    }

    /** The same grid moved off the edges by odd fractions of a degree, so no point lies near a zone or band edge. */
    static List<GeoPosition> gridOffEdges() {
        List<GeoPosition> positions = new ArrayList<>();
        for (GeoPosition p : gridWithEdges()) {
            positions.add(new GeoPosition(p.lonDegrees() + 0.1234567, p.latDegrees() + 0.0765432));
        }
        return positions;
    }
}

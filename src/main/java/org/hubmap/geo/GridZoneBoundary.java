package org.hubmap.geo;

import java.util.List;

/**
 * An edge between MGRS grid zones, or the part of it that an extent shows: a zone edge is a meridian every 6° from
 * 180°W, a band edge a parallel every 8° from the equator, and 84°N, where the grid ends. Both are straight on a Web
 * Mercator map, so each is given by its two ends.
 *
 * @param kind whether it is a meridian between zones or a parallel between bands
 * @param degrees the meridian's longitude or the parallel's latitude
 * @param vertices the two ends in longitude/latitude degrees, south to north or west to east
 */
public record GridZoneBoundary(Kind kind, double degrees, List<GeoPosition> vertices) {
    /** Which grid zone edge a boundary is. */
    public enum Kind {
        /** A meridian between two UTM zones. */
        ZONE_EDGE,
        /** A parallel between two latitude bands. */
        BAND_EDGE
    }

    public GridZoneBoundary {
        vertices = List.copyOf(vertices);
        if (vertices.size() != 2) {
            throw new IllegalArgumentException("a zone boundary has two ends: " + vertices);
        }
    }
}

package org.hubmap.compare;

import java.util.Optional;
import org.hubmap.geo.GeoPosition;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Where a feature is, for pairing features without an id and for telling how far one moved: a point's own
 * position; for any other geometry its centroid, as JTS computes it in longitude/latitude degrees (of the parts of
 * highest dimension: a polygon's area, a line's length). For the zones and routes of a layout, tens of kilometres
 * across, that centroid lies within metres of the ellipsoid's own centre of mass, and a feature moved without
 * being reshaped moves its centroid exactly as far as its vertices.
 */
final class FeaturePosition {
    private FeaturePosition() {
    }

    /** The position of {@code geometry}; empty for none or an empty geometry. */
    static Optional<GeoPosition> of(Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            return Optional.empty();
        }
        Point centre = geometry instanceof Point point ? point : geometry.getCentroid();
        if (centre.isEmpty()) {
            return Optional.empty();
        }
        double lon = centre.getX();
        double lat = centre.getY();
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
            return Optional.empty();
        }
        return Optional.of(new GeoPosition(lon, lat));
    }
}

package org.hubmap.check;

import java.util.Optional;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** Where the map goes to show a feature: a point itself, or a point inside an area or on a line. */
final class Positions {
    private Positions() {
    }

    static Optional<LonLat> of(LayoutFeature feature) {
        return feature.geometry().flatMap(Positions::of);
    }

    static Optional<LonLat> of(Geometry geometry) {
        if (geometry.isEmpty()) {
            return Optional.empty();
        }
        Coordinate c = geometry instanceof Point ? geometry.getCoordinate() : geometry.getInteriorPoint()
                .getCoordinate();
        return c == null ? Optional.empty() : Optional.of(new LonLat(c.x, c.y));
    }

    static LonLat of(Coordinate c) {
        return new LonLat(c.x, c.y);
    }
}

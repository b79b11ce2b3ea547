package org.hubmap.render;

import java.util.Optional;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicCircle;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The protection ring a hub or depot may have: the geodesic circle of the radius in metres its
 * {@code protection_radius_m} property gives, drawn on the map and in exports.
 */
final class ProtectionRings {
    private ProtectionRings() {
    }

    /** The ring of {@code feature} at {@code position} in longitude/latitude, if it has a usable radius. */
    static Optional<Geometry> ringOf(LayoutFeature feature, Point position) {
        Optional<Double> radius = FeatureSchema.protectionRadiusMetres(feature);
        if (radius.isEmpty()) {
            return Optional.empty();
        }
        double metres = radius.get();
        if (!(metres > 0 && metres <= GeodesicCircle.MAX_RADIUS_METRES) || Math.abs(position.getY()) > 80) {
            return Optional.empty();
        }
        try {
            return Optional.of(GeodesicCircle.polygon(new GeoPosition(position.getX(), position.getY()), metres,
                    GeodesicCircle.DEFAULT_VERTEX_COUNT));
        } catch (IllegalArgumentException e) {
            // A ring across the antimeridian or a pole cannot be drawn on this map; the feature itself still is.
            return Optional.empty();
        }
    }
}

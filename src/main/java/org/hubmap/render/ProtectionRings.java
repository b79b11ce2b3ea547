package org.hubmap.render;

import java.util.Optional;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicCircle;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The protection ring a hub or depot may have: the geodesic circle of the radius in metres its
 * {@code protection_radius_m} property gives, drawn on the map and in exports.
 */
final class ProtectionRings {
    /** The property holding a ring's radius in metres. */
    static final String PROPERTY = "protection_radius_m";

    private ProtectionRings() {
    }

    /** The ring of {@code feature} at {@code position} in longitude/latitude, if it has a usable radius. */
    static Optional<Geometry> ringOf(LayoutFeature feature, Point position) {
        if (feature.kind() != FeatureKind.HUB && feature.kind() != FeatureKind.DEPOT
                || !(feature.properties().get(PROPERTY) instanceof Number radius)) {
            return Optional.empty();
        }
        double metres = radius.doubleValue();
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

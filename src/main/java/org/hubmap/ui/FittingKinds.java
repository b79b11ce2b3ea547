package org.hubmap.ui;

import java.util.List;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * The kinds that fit the geometries of features, as the layout format defines them: hubs and depots are points,
 * monitoring zones are polygons. A point never becomes a zone, nor a polygon a hub.
 */
final class FittingKinds {
    private static final List<String> POINT_KINDS = List.of(FeatureKind.HUB.code(), FeatureKind.DEPOT.code());
    private static final List<String> AREA_KINDS = List.of(FeatureKind.MONITORING_ZONE.code());

    private FittingKinds() {
    }

    /** The kind codes that fit every one of {@code features}; empty when their geometries differ or fit none. */
    static List<String> of(List<LayoutFeature> features) {
        if (features.isEmpty()) {
            return List.of();
        }
        if (features.stream().allMatch(f -> f.geometry().filter(g -> g instanceof Puntal).isPresent())) {
            return POINT_KINDS;
        }
        if (features.stream().allMatch(f -> f.geometry().filter(g -> g instanceof Polygonal).isPresent())) {
            return AREA_KINDS;
        }
        return List.of();
    }
}

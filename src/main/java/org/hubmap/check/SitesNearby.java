package org.hubmap.check;

import java.util.ArrayList;
import java.util.List;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicDistance;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The hubs and depots at one position, by the measure of the same-position check: for a warning the moment a site
 * is placed on another, before the planning checks run again.
 */
public final class SitesNearby {
    private SitesNearby() {
    }

    /**
     * The hubs and depots of {@code layout}, other than {@code placed}, with a point less than the same-position
     * check's distance from {@code at}, in layout order. One pass over the layout: a few milliseconds at 100 000.
     */
    public static List<LayoutFeature> at(Layout layout, GeoPosition at, LayoutFeature placed) {
        List<LayoutFeature> near = new ArrayList<>();
        // A degree of latitude is 110 km or more, so points this far off in latitude are never near.
        double latitudeWindow = SamePositionCheck.NEAR_METRES / 100_000;
        for (LayoutFeature feature : layout.features()) {
            if (feature == placed || feature.kind() != FeatureKind.HUB && feature.kind() != FeatureKind.DEPOT
                    || feature.geometry().isEmpty()) {
                continue;
            }
            Geometry geometry = feature.geometry().get();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (geometry.getGeometryN(i) instanceof Point point && !point.isEmpty()
                        && Math.abs(point.getY() - at.latDegrees()) < latitudeWindow
                        && GeodesicDistance.metres(at, new GeoPosition(point.getX(), point.getY()))
                        < SamePositionCheck.NEAR_METRES) {
                    near.add(feature);
                    break;
                }
            }
        }
        return near;
    }

    /** The distance below which two sites count as one position, in metres. */
    public static double nearMetres() {
        return SamePositionCheck.NEAR_METRES;
    }
}

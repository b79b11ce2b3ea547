package org.hubmap.check;

import java.util.List;
import java.util.Optional;
import org.hubmap.model.FeatureKind;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;

/**
 * Depots closer than the minimum distance to the boundary of a monitoring zone, inside the zone or outside it:
 * a depot of weapons and equipment must not sit on the line the monitors watch. One violation per depot and
 * zone. Distances are geodesic on WGS84 (see {@link NearestBoundaryPoint}); only the zones whose envelope comes
 * within the distance of a depot are measured. Depots are Points; a depot of another geometry is not measured.
 */
final class DepotZoneDistanceCheck {
    private final double minimumMetres;

    DepotZoneDistanceCheck(double minimumMetres) {
        this.minimumMetres = minimumMetres;
    }

    void run(CheckedLayout layout, Violations violations) {
        if (minimumMetres <= 0) {
            return;
        }
        for (int index : layout.hubsAndDepots()) {
            Violations.stopIfInterrupted();
            if (violations.full(CheckKind.DEPOT_NEAR_ZONE_BOUNDARY)) {
                return;
            }
            if (layout.feature(index).kind() == FeatureKind.DEPOT
                    && layout.feature(index).geometry().orElse(null) instanceof Point depot && !depot.isEmpty()) {
                checkDepot(layout, index, depot, violations);
            }
        }
    }

    private void checkDepot(CheckedLayout layout, int index, Point depot, Violations violations) {
        double lon = depot.getX();
        double lat = depot.getY();
        for (Zone zone : layout.zonesNear(NearestBoundaryPoint.envelopeAround(lon, lat, minimumMetres))) {
            NearestBoundaryPoint nearest = new NearestBoundaryPoint(lon, lat);
            nearest.addBoundaryOf(zone.area());
            if (nearest.frameMetres() > NearestBoundaryPoint.FRAME_MARGIN * minimumMetres) {
                continue;
            }
            double metres = nearest.geodesicMetres();
            if (metres < minimumMetres) {
                boolean inside = SimplePointInAreaLocator.locate(new Coordinate(lon, lat), zone.area())
                        == Location.INTERIOR;
                violations.add(CheckKind.DEPOT_NEAR_ZONE_BOUNDARY,
                        message(layout.sentenceStart(index), zone, metres, inside),
                        List.of(layout.involved(index), zone.involved()), Optional.of(new LonLat(lon, lat)));
            }
        }
    }

    private String message(String depot, Zone zone, double metres, boolean inside) {
        String minimum = "(minimum " + Figures.exactDistance(minimumMetres) + ")";
        String zoneName = FeatureLabel.of(zone.feature(), zone.index());
        String distance = Figures.distanceBelow(metres, minimumMetres);
        if (distance.equals("0 m")) {
            return depot + " lies on the boundary of " + zoneName + " " + minimum + ".";
        }
        if (inside) {
            return depot + " is inside " + zoneName + ", " + distance + " from its boundary " + minimum + ".";
        }
        return depot + " is " + distance + " from the boundary of " + zoneName + " " + minimum + ".";
    }
}

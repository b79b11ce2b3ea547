package org.hubmap.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hubmap.geo.GeodesicArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Monitoring zones whose areas overlap (zones that only touch along a boundary or at a point do not), with the
 * geodesic area they share; and, since an overlap can only be measured between valid areas, zones without a valid
 * area: none at all, or a boundary that crosses itself. Candidate pairs come from an index of the zones'
 * envelopes, so that zones far apart are never compared.
 */
final class ZoneOverlapCheck {
    /**
     * Intersections smaller than this are the rounding noise of two zones drawn along one line, not overlaps: a
     * square metre.
     */
    private static final double SMALLEST_OVERLAP_SQUARE_METRES = 1;

    private final boolean reportOverlaps;
    private final boolean reportInvalid;

    ZoneOverlapCheck(boolean reportOverlaps, boolean reportInvalid) {
        this.reportOverlaps = reportOverlaps;
        this.reportInvalid = reportInvalid;
    }

    void run(CheckedLayout layout, Violations violations) {
        for (Zone zone : layout.zones()) {
            Violations.stopIfInterrupted();
            if (reportInvalid) {
                reportIfInvalid(zone, violations);
            }
            if (reportOverlaps && !violations.full(CheckKind.ZONE_OVERLAP) && usable(zone)) {
                for (Zone other : layout.zonesNear(zone.area().getEnvelopeInternal())) {
                    if (violations.full(CheckKind.ZONE_OVERLAP)) {
                        break;
                    }
                    if (other.index() > zone.index() && usable(other) && zone.prepared().intersects(other.area())) {
                        measureOverlap(zone, other, violations);
                    }
                }
            }
        }
    }

    private static boolean usable(Zone zone) {
        return zone.hasArea() && zone.validationError().isEmpty();
    }

    private static void reportIfInvalid(Zone zone, Violations violations) {
        String name = FeatureLabel.sentenceStart(zone.feature(), zone.index());
        if (!zone.hasArea()) {
            String what = zone.feature().geometry().map(g -> g.isEmpty() ? "an empty geometry"
                    : "a " + g.getGeometryType() + ", not a Polygon").orElse("no geometry");
            violations.add(CheckKind.INVALID_ZONE, name + " has " + what + ", so it covers no area.",
                    List.of(zone.involved()), Positions.of(zone.feature()));
            return;
        }
        zone.validationError().ifPresent(problem -> {
            Coordinate at = problem.where();
            String where = at == null ? "" : " at " + Figures.position(at.x, at.y);
            violations.add(CheckKind.INVALID_ZONE, name + " is not a valid area ("
                    + problem.reason().toLowerCase(Locale.ROOT) + where
                    + "), so its overlaps with other zones cannot be measured.", List.of(zone.involved()),
                    at == null ? Positions.of(zone.feature()) : Optional.of(Positions.of(at)));
        });
    }

    private void measureOverlap(Zone zone, Zone other, Violations violations) {
        List<InvolvedFeature> involved = List.of(zone.involved(), other.involved());
        String names = FeatureLabel.sentenceStart(zone.feature(), zone.index()) + " and "
                + FeatureLabel.of(other.feature(), other.index());
        Geometry shared;
        try {
            shared = OverlayNGRobust.overlay(zone.area(), other.area(), OverlayNG.INTERSECTION);
        } catch (TopologyException e) {
            if (!reportInvalid) {
                return;
            }
            // Robust overlay gives up only on boundaries too close to tell apart even after snapping them.
            violations.add(CheckKind.INVALID_ZONE, names + " cannot be compared (" + e.getMessage()
                    + "); check both boundaries.", involved, Positions.of(zone.feature()));
            return;
        }
        double squareMetres = GeodesicArea.squareMetres(shared);
        if (squareMetres >= SMALLEST_OVERLAP_SQUARE_METRES) {
            violations.add(CheckKind.ZONE_OVERLAP, names + " overlap by " + Figures.area(squareMetres) + ".",
                    involved, Positions.of(shared));
        }
    }
}

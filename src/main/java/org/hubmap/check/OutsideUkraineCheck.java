package org.hubmap.check;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Hubs and depots that do not lie in Ukraine (its border counts as inside). A point outside is reported with its
 * geodesic distance to the nearest point of the border, which tells a slip of the mouse at the border from a
 * feature placed in the wrong country; features without a geometry are not checked.
 */
final class OutsideUkraineCheck {
    private final CountryArea ukraine;

    OutsideUkraineCheck(CountryArea ukraine) {
        this.ukraine = ukraine;
    }

    void run(CheckedLayout layout, Violations violations) {
        for (int index : layout.hubsAndDepots()) {
            Violations.stopIfInterrupted();
            if (violations.full(CheckKind.OUTSIDE_UKRAINE)) {
                return;
            }
            Geometry geometry = layout.feature(index).geometry().orElse(null);
            if (geometry != null && !geometry.isEmpty() && !ukraine.covers(geometry)) {
                report(layout, index, geometry, violations);
            }
        }
    }

    private void report(CheckedLayout layout, int index, Geometry geometry, Violations violations) {
        String message;
        LonLat position;
        if (geometry instanceof Point point) {
            NearestBoundaryPoint border = ukraine.nearestBorderPoint(point.getX(), point.getY());
            message = layout.sentenceStart(index) + (border.found()
                    ? " is " + Figures.distance(border.geodesicMetres()) + " outside Ukraine."
                    : " lies outside Ukraine.");
            position = new LonLat(point.getX(), point.getY());
        } else {
            message = layout.sentenceStart(index) + " does not lie wholly in Ukraine.";
            position = firstOutside(geometry);
        }
        violations.add(CheckKind.OUTSIDE_UKRAINE, message, List.of(layout.involved(index)), Optional.of(position));
    }

    private LonLat firstOutside(Geometry geometry) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!ukraine.covers(geometry.getFactory().createPoint(c))) {
                return Positions.of(c);
            }
        }
        return Positions.of(geometry.getCoordinate());
    }
}

package org.hubmap.check;

import java.util.Optional;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.ZoneValidity;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A monitoring zone of the layout being checked, with what the checks work out about it once and share: its
 * prepared area and its validity. Not for use by several threads.
 */
final class Zone {
    private final int index;
    private final LayoutFeature feature;
    private final Geometry area;
    private PreparedGeometry prepared;
    private Optional<ZoneValidity.Problem> validationError;

    Zone(int index, LayoutFeature feature) {
        this.index = index;
        this.feature = feature;
        Geometry geometry = feature.geometry().orElse(null);
        this.area = geometry instanceof Polygonal && !geometry.isEmpty() ? geometry : null;
    }

    int index() {
        return index;
    }

    LayoutFeature feature() {
        return feature;
    }

    /** The zone's Polygon or MultiPolygon in longitude/latitude degrees, or null when it has none. */
    Geometry area() {
        return area;
    }

    boolean hasArea() {
        return area != null;
    }

    PreparedGeometry prepared() {
        if (prepared == null) {
            prepared = PreparedGeometryFactory.prepare(area);
        }
        return prepared;
    }

    /** What makes the zone's area invalid (a self-intersection, say); empty when it is valid or missing. */
    Optional<ZoneValidity.Problem> validationError() {
        if (validationError == null) {
            validationError = area == null ? Optional.empty() : ZoneValidity.problemOf(area);
        }
        return validationError;
    }

    InvolvedFeature involved() {
        return new InvolvedFeature(index, feature.id());
    }
}

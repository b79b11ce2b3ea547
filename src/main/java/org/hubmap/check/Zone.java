package org.hubmap.check;

import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * A monitoring zone of the layout being checked, with what the checks work out about it once and share: its
 * prepared area and its validity. Not for use by several threads.
 */
final class Zone {
    private final int index;
    private final LayoutFeature feature;
    private final Geometry area;
    private PreparedGeometry prepared;
    private TopologyValidationError validationError;
    private boolean validated;

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

    /** What makes the zone's area invalid (a self-intersection, say), or null when it is valid or missing. */
    TopologyValidationError validationError() {
        if (!validated && area != null) {
            validationError = new IsValidOp(area).getValidationError();
            validated = true;
        }
        return validationError;
    }

    InvolvedFeature involved() {
        return new InvolvedFeature(index, feature.id());
    }
}

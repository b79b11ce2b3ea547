package org.hubmap.compare;

import java.util.List;
import java.util.Optional;
import org.hubmap.geo.CircleZone;
import org.hubmap.geo.GeodesicDistance;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;

/**
 * How one feature differs between two versions of a layout (see {@link GeometryComparison} for what moved and
 * reshaped mean). A circle zone whose circle changed ({@code center} or {@code radius_m}, with its polygon made
 * again from them, as HubMap does) is judged by its circle: moved is the geodesic distance between the centres,
 * and it is reshaped when the radius changed, however many vertices the new polygon has. Invariant: when the
 * geometry did not change, it neither moved nor was reshaped; a geometry may change by so little (a vertex nudged
 * by centimetres) that it counts as neither.
 *
 * @param before the feature in the layout before
 * @param after the feature in the layout after
 * @param geometryChanged whether the geometries are not the same to within about a centimetre
 * @param movedMetres the geodesic distance the feature's position (a point's own, else its centroid) moved on
 *     WGS84, in metres; 0 when it moved less than a centimetre
 * @param reshaped whether the geometry changed other than by a translation
 * @param properties the properties added, removed or changed, those of {@code before} first in its order
 */
public record FeatureDifference(LayoutFeature before, LayoutFeature after, boolean geometryChanged,
        double movedMetres, boolean reshaped, List<PropertyChange> properties) {
    /** Radii closer than this, in metres, are the same: HubMap keeps a circle's radius to the millimetre. */
    private static final double RADIUS_RESOLUTION_METRES = 0.001;

    public FeatureDifference {
        properties = List.copyOf(properties);
    }

    /** How {@code after} differs from {@code before}; {@link #isEmpty()} when it does not. */
    public static FeatureDifference between(LayoutFeature before, LayoutFeature after) {
        List<PropertyChange> properties = PropertyChange.between(before.properties(), after.properties());
        Geometry from = before.geometry().orElse(null);
        Geometry to = after.geometry().orElse(null);
        if (GeometryComparison.same(from, to)) {
            return new FeatureDifference(before, after, false, 0, false, properties);
        }
        Optional<CircleZone.Circle> oldCircle = CircleZone.of(before);
        Optional<CircleZone.Circle> newCircle = CircleZone.of(after);
        if (oldCircle.isPresent() && newCircle.isPresent() && !oldCircle.equals(newCircle)) {
            return circleChange(before, after, oldCircle.get(), newCircle.get(), properties);
        }
        GeometryComparison.Motion motion = GeometryComparison.motion(from, to);
        return new FeatureDifference(before, after, true, motion.movedMetres(), motion.reshaped(), properties);
    }

    private static FeatureDifference circleChange(LayoutFeature before, LayoutFeature after, CircleZone.Circle from,
            CircleZone.Circle to, List<PropertyChange> properties) {
        double metres = GeodesicDistance.metres(from.centre(), to.centre());
        boolean resized = Math.abs(from.radiusMetres() - to.radiusMetres()) >= RADIUS_RESOLUTION_METRES;
        return new FeatureDifference(before, after, true,
                metres < GeometryComparison.MOVE_RESOLUTION_METRES ? 0 : metres, resized, properties);
    }

    /** Whether the feature's position moved by a centimetre or more. */
    public boolean moved() {
        return movedMetres > 0;
    }

    /** Whether nothing differs: the same geometry and properties that say the same things. */
    public boolean isEmpty() {
        return !geometryChanged && properties.isEmpty();
    }
}

package org.hubmap.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.LayoutFeature;

/**
 * A circle zone as the layout format stores it: {@code shape: circle}, its {@code center} and {@code radius_m}
 * properties, and the geodesic circle itself as the feature's polygon. Editing a circle changes its centre or its
 * radius and makes the polygon again from them, so the circle is never distorted.
 */
public final class CircleZone {
    private static final String SHAPE = FeatureSchema.SHAPE;
    private static final String CIRCLE = FeatureSchema.CIRCLE;
    private static final String CENTER = FeatureSchema.CENTER;
    private static final String RADIUS = FeatureSchema.RADIUS_M;

    private CircleZone() {
    }

    /** The centre and radius of a circle zone, when its properties hold usable ones. */
    public record Circle(GeoPosition centre, double radiusMetres) {
    }

    /** The circle {@code feature} stores, or empty when it is not a circle zone with a usable centre and radius. */
    public static Optional<Circle> of(LayoutFeature feature) {
        Map<String, Object> p = feature.properties();
        if (!CIRCLE.equals(p.get(SHAPE)) || !(p.get(RADIUS) instanceof Number radius)
                || !(p.get(CENTER) instanceof List<?> centre) || centre.size() < 2
                || !(centre.get(0) instanceof Number lon) || !(centre.get(1) instanceof Number lat)) {
            return Optional.empty();
        }
        double metres = radius.doubleValue();
        if (!(metres > 0 && metres <= GeodesicCircle.MAX_RADIUS_METRES) || Math.abs(lon.doubleValue()) > 180
                || Math.abs(lat.doubleValue()) > 90) {
            return Optional.empty();
        }
        return Optional.of(new Circle(new GeoPosition(lon.doubleValue(), lat.doubleValue()), metres));
    }

    /**
     * {@code feature} as the circle of {@code radiusMetres} round {@code centre}: shape, centre and radius set, other
     * properties kept in their order, and the polygon made again.
     *
     * @throws IllegalArgumentException for a radius out of range or a circle across a pole or the antimeridian
     */
    public static LayoutFeature withCircle(LayoutFeature feature, GeoPosition centre, double radiusMetres) {
        Map<String, Object> properties = new LinkedHashMap<>(feature.properties());
        properties.put(SHAPE, CIRCLE);
        properties.put(CENTER, List.of(number(centre.lonDegrees()), number(centre.latDegrees())));
        properties.put(RADIUS, number(Math.round(radiusMetres * 1000) / 1000.0));
        return feature.withProperties(properties)
                .withGeometry(GeodesicCircle.polygon(centre, radiusMetres, GeodesicCircle.DEFAULT_VERTEX_COUNT));
    }

    /**
     * {@code feature} with property {@code key} set to {@code value}; for a circle zone's radius the polygon is made
     * again from the new radius, so that the outline always agrees with what the properties say.
     *
     * @throws IllegalArgumentException for a circle's radius out of range
     */
    public static LayoutFeature withProperty(LayoutFeature feature, String key, Object value) {
        Optional<Circle> circle = of(feature);
        if (RADIUS.equals(key) && circle.isPresent() && value instanceof Number radius) {
            double metres = radius.doubleValue();
            if (!(metres > 0 && metres <= GeodesicCircle.MAX_RADIUS_METRES)) {
                throw new IllegalArgumentException("a circle's radius is above 0 and at most "
                        + (int) (GeodesicCircle.MAX_RADIUS_METRES / 1000) + " km");
            }
            return feature.withProperty(key, value).withGeometry(GeodesicCircle.polygon(circle.get().centre(),
                    metres, GeodesicCircle.DEFAULT_VERTEX_COUNT));
        }
        return feature.withProperty(key, value);
    }

    /** A number as the layout writes new ones: the shortest decimal, and no fraction for whole numbers. */
    private static JsonNumber number(double value) {
        return JsonNumber.of(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value));
    }
}

package org.hubmap.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;

/**
 * The properties HubMap gives meaning to, in one place for every layer: their keys in a layout file, what they
 * mean, and what a new feature starts with. Any other property is the user's own and is kept as it is.
 *
 * <ul>
 *   <li>{@code kind}: {@code hub}, {@code depot} or {@code monitoring-zone} ({@link FeatureKind}); other values are
 *       kept but drawn as other features.</li>
 *   <li>{@code name}: what the map, the lists and the checks call the feature.</li>
 *   <li>{@code nation}: the ISO 3166-1 alpha-3 code of the nation responsible, such as {@code POL}.</li>
 *   <li>{@code status}: {@code planned}, {@code active}, {@code suspended} or {@code closed} ({@link
 *       FeatureStatus}).</li>
 *   <li>{@code capacity}: a hub's or depot's capacity, a number of the planners' own unit.</li>
 *   <li>{@code notes}: free text.</li>
 *   <li>{@code protection_radius_m}: a hub's or depot's protection ring, a radius in metres.</li>
 *   <li>{@code shape}, {@code center}, {@code radius_m}: a circle zone: {@code shape} is {@code circle} (a zone drawn corner by corner says {@code polygon}),
 *       {@code center} is {@code [longitude, latitude]} and {@code radius_m} the radius in metres; the feature's
 *       polygon is the geodesic circle they give.</li>
 * </ul>
 */
public final class FeatureSchema {
    public static final String KIND = "kind";
    public static final String NAME = "name";
    public static final String NATION = "nation";
    public static final String STATUS = "status";
    public static final String CAPACITY = "capacity";
    public static final String NOTES = "notes";
    public static final String PROTECTION_RADIUS_M = "protection_radius_m";
    public static final String SHAPE = "shape";
    /** The {@link #SHAPE} of a circle zone. */
    public static final String CIRCLE = "circle";
    /** The {@link #SHAPE} of a zone drawn corner by corner. */
    public static final String POLYGON = "polygon";
    public static final String CENTER = "center";
    public static final String RADIUS_M = "radius_m";

    /** The properties that describe a circle zone; together they are one thing, its circle. */
    public static final Set<String> CIRCLE_KEYS = Set.of(SHAPE, CENTER, RADIUS_M);

    /** The properties a feature's details show in fields of their own, in this order. */
    public static final List<String> FIELD_KEYS = List.of(NAME, KIND, NATION, STATUS, CAPACITY, NOTES);

    /** What a new feature starts as: planned. */
    public static final FeatureStatus NEW_STATUS = FeatureStatus.PLANNED;

    private FeatureSchema() {
    }

    /** The properties of a new feature of {@code kind} named {@code name}: its kind, name and status, in that order. */
    public static Map<String, Object> newFeature(FeatureKind kind, String name) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (kind != FeatureKind.OTHER) {
            properties.put(KIND, kind.code());
        }
        properties.put(NAME, name);
        properties.put(STATUS, NEW_STATUS.code());
        return properties;
    }

    /** The name new features of {@code kind} are numbered after: "Hub" gives "Hub 1", "Hub 2", ... */
    public static String baseName(FeatureKind kind) {
        return switch (kind) {
            case HUB -> "Hub";
            case DEPOT -> "Depot";
            case MONITORING_ZONE -> "Zone";
            case OTHER -> "Feature";
        };
    }

    /** The radius of a hub's or depot's protection ring in metres, when it gives a number for one. */
    public static Optional<Double> protectionRadiusMetres(LayoutFeature feature) {
        if (feature.kind() != FeatureKind.HUB && feature.kind() != FeatureKind.DEPOT
                || !(feature.properties().get(PROTECTION_RADIUS_M) instanceof Number radius)) {
            return Optional.empty();
        }
        return Optional.of(radius.doubleValue());
    }

    /**
     * The {@code center} of a zone that says it is a circle, as longitude (x) and latitude (y) in degrees, when it
     * is a position at all; its radius may still be unusable.
     */
    public static Optional<Coordinate> circleCentre(LayoutFeature feature) {
        if (feature.kind() != FeatureKind.MONITORING_ZONE || !saysCircle(feature)) {
            return Optional.empty();
        }
        if (feature.properties().get(CENTER) instanceof List<?> centre && centre.size() >= 2
                && centre.get(0) instanceof Number lon && centre.get(1) instanceof Number lat
                && Math.abs(lon.doubleValue()) <= 180 && Math.abs(lat.doubleValue()) <= 90) {
            return Optional.of(new Coordinate(lon.doubleValue(), lat.doubleValue()));
        }
        return Optional.empty();
    }

    /** Whether the feature says it is a circle zone ({@code shape: circle}), usable circle or not. */
    public static boolean saysCircle(LayoutFeature feature) {
        return CIRCLE.equals(feature.properties().get(SHAPE));
    }
}

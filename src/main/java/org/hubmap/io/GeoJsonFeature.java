package org.hubmap.io;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON feature: its geometry in longitude/latitude degrees, its scalar properties, and where it starts in
 * its file so that later checks can point the user at it.
 *
 * @param geometry the geometry, x = longitude and y = latitude in degrees; empty when the file says {@code null}
 * @param properties scalar properties by name: {@link String}, {@link Number} or {@link Boolean};
 *     properties whose value is {@code null}, an object or an array are left out
 * @param line one-based line where the feature's object starts
 * @param column one-based column where the feature's object starts
 */
public record GeoJsonFeature(Geometry geometry, Map<String, Object> properties, long line, long column) {
    public GeoJsonFeature {
        properties = Map.copyOf(properties);
    }

    /** A text property, or empty when it is missing, null or not text. */
    public Optional<String> text(String name) {
        return properties.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** A numeric property, or empty when it is missing, null or not a number. */
    public OptionalDouble number(String name) {
        return properties.get(name) instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    /** Whether a property is the JSON literal {@code true}. */
    public boolean isTrue(String name) {
        return Boolean.TRUE.equals(properties.get(name));
    }
}

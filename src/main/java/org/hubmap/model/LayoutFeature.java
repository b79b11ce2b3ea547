package org.hubmap.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a layout. {@code id} is the GeoJSON Feature id as it was (a String, a Number, or null when the
 * file gave none); properties keep their file order; the geometry may be null (GeoJSON allows it).
 */
public final class LayoutFeature {
    private final Object id;
    private final Map<String, Object> properties;
    private final Geometry geometry;

    public LayoutFeature(Object id, Map<String, Object> properties, Geometry geometry) {
        this.id = id;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        this.geometry = geometry;
    }

    public Object id() {
        return id;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public Optional<Geometry> geometry() {
        return Optional.ofNullable(geometry);
    }

    public FeatureKind kind() {
        Object kind = properties.get("kind");
        return FeatureKind.fromCode(kind instanceof String s ? s : null);
    }

    /** The {@code name} property, or empty. */
    public String name() {
        Object name = properties.get("name");
        return name == null ? "" : name.toString();
    }

    /** The {@code nation} property (ISO 3166-1 alpha-3), or empty. */
    public String nation() {
        Object nation = properties.get("nation");
        return nation == null ? "" : nation.toString();
    }

    /** The {@code status} property, or empty. */
    public String status() {
        Object status = properties.get("status");
        return status == null ? "" : status.toString();
    }
}

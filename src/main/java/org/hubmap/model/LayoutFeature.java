package org.hubmap.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a layout, immutable. It keeps everything the file said of it: the {@code id} as it was (a String,
 * a {@link JsonNumber}, or null when the file gave none), properties and foreign members in file order with JSON
 * values as plain Java values (String, Boolean, null, {@link JsonNumber}, List, Map), the geometry as JTS in
 * longitude/latitude degrees, and, until it is edited, the feature's exact source text and geometry text, so an
 * unedited feature is written back byte for byte and an unedited geometry keeps its digits.
 */
public final class LayoutFeature {
    private final Object id;
    private final Map<String, Object> properties;
    private final boolean propertiesNull;
    private final Geometry geometry;
    private final String geometryText;
    private final int geometryStart;
    private final int geometryEnd;
    private final Map<String, Object> foreignMembers;
    private final List<String> memberOrder;
    private final String sourceText;

    private LayoutFeature(Builder b) {
        this.id = b.id;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
        this.propertiesNull = b.propertiesNull && b.properties.isEmpty();
        this.geometry = b.geometry;
        this.geometryText = b.geometryText;
        this.geometryStart = b.geometryStart;
        this.geometryEnd = b.geometryEnd;
        this.foreignMembers = Collections.unmodifiableMap(new LinkedHashMap<>(b.foreignMembers));
        this.memberOrder = List.copyOf(b.memberOrder);
        this.sourceText = b.sourceText;
    }

    /** A feature made in HubMap (not read from a file), identified by a new random UUID string. */
    public static LayoutFeature create(Map<String, Object> properties, Geometry geometry) {
        return new LayoutFeature(id(UUID.randomUUID().toString(), properties, geometry));
    }

    /** A feature with the given id, properties and geometry and nothing else. */
    public LayoutFeature(Object id, Map<String, Object> properties, Geometry geometry) {
        this(id(id, properties, geometry));
    }

    private static Builder id(Object id, Map<String, Object> properties, Geometry geometry) {
        Builder b = new Builder();
        b.id = id;
        b.properties = properties;
        b.geometry = geometry;
        return b;
    }

    /** Starts a feature as read from a file; see {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    public Object id() {
        return id;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** Whether the file wrote {@code "properties": null} and nothing has been added since. */
    public boolean propertiesNull() {
        return propertiesNull;
    }

    public Optional<Geometry> geometry() {
        return Optional.ofNullable(geometry);
    }

    /**
     * The geometry's exact text as read (foreign members and number digits included), kept through edits of the
     * properties; empty once the geometry is replaced or for features made in HubMap.
     */
    public Optional<String> geometryText() {
        if (geometryText != null) {
            return Optional.of(geometryText);
        }
        if (sourceText != null && geometryStart >= 0) {
            return Optional.of(sourceText.substring(geometryStart, geometryEnd));
        }
        return Optional.empty();
    }

    /** Members of the Feature object other than type, id, properties and geometry, in file order. */
    public Map<String, Object> foreignMembers() {
        return foreignMembers;
    }

    /** Names of the Feature object's members in file order (empty for features made in HubMap). */
    public List<String> memberOrder() {
        return memberOrder;
    }

    /** The feature's exact text in the file it was read from, or empty once edited or when made in HubMap. */
    public Optional<String> sourceText() {
        return Optional.ofNullable(sourceText);
    }

    /** This feature with other properties; its geometry and foreign members stay as they were. */
    public LayoutFeature withProperties(Map<String, Object> newProperties) {
        Builder b = toBuilder();
        b.properties = newProperties;
        b.propertiesNull = false;
        b.geometryText = geometryText().orElse(null);
        b.sourceText = null;
        return new LayoutFeature(b);
    }

    /** This feature with one property set (added at the end when new, in place otherwise). */
    public LayoutFeature withProperty(String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(properties);
        changed.put(key, value);
        return withProperties(changed);
    }

    /** This feature with another geometry, to be written from its coordinates. */
    public LayoutFeature withGeometry(Geometry newGeometry) {
        Builder b = toBuilder();
        b.geometry = newGeometry;
        b.geometryText = null;
        b.sourceText = null;
        return new LayoutFeature(b);
    }

    /** This feature under another id; everything else stays as it was. */
    public LayoutFeature withId(Object newId) {
        Builder b = toBuilder();
        b.id = newId;
        b.geometryText = geometryText().orElse(null);
        b.sourceText = null;
        return new LayoutFeature(b);
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.properties = properties;
        b.propertiesNull = propertiesNull;
        b.geometry = geometry;
        b.geometryText = geometryText;
        b.geometryStart = geometryStart;
        b.geometryEnd = geometryEnd;
        b.foreignMembers = foreignMembers;
        b.memberOrder = memberOrder;
        b.sourceText = sourceText;
        return b;
    }

    public FeatureKind kind() {
        Object kind = properties.get(FeatureSchema.KIND);
        return FeatureKind.fromCode(kind instanceof String s ? s : null);
    }

    /** The {@code name} property, or empty. */
    public String name() {
        return text(FeatureSchema.NAME);
    }

    /** The {@code nation} property (ISO 3166-1 alpha-3), or empty. */
    public String nation() {
        return text(FeatureSchema.NATION);
    }

    /** The {@code status} property, or empty. */
    public String status() {
        return text(FeatureSchema.STATUS);
    }

    /** The {@code status} property as one of the statuses HubMap knows. */
    public FeatureStatus featureStatus() {
        return FeatureStatus.fromCode(status());
    }

    private String text(String key) {
        Object value = properties.get(key);
        return value == null ? "" : value.toString();
    }

    /** Collects the parts of a feature as a reader finds them. */
    public static final class Builder {
        private Object id;
        private Map<String, Object> properties = Map.of();
        private boolean propertiesNull;
        private Geometry geometry;
        private String geometryText;
        private int geometryStart = -1;
        private int geometryEnd = -1;
        private Map<String, Object> foreignMembers = Map.of();
        private List<String> memberOrder = List.of();
        private String sourceText;

        private Builder() {
        }

        public Builder id(Object value) {
            this.id = value;
            return this;
        }

        /** Properties in file order; null for {@code "properties": null}. */
        public Builder properties(Map<String, Object> value) {
            this.propertiesNull = value == null;
            this.properties = value == null ? Map.of() : value;
            return this;
        }

        public Builder geometry(Geometry value) {
            this.geometry = value;
            return this;
        }

        /** Where the geometry's text lies in the source text, as character indexes {@code [start, end)}. */
        public Builder geometrySpan(int start, int end) {
            this.geometryStart = start;
            this.geometryEnd = end;
            return this;
        }

        public Builder foreignMembers(Map<String, Object> value) {
            this.foreignMembers = value;
            return this;
        }

        public Builder memberOrder(List<String> value) {
            this.memberOrder = value;
            return this;
        }

        public Builder sourceText(String value) {
            this.sourceText = value;
            return this;
        }

        public LayoutFeature build() {
            return new LayoutFeature(this);
        }
    }
}

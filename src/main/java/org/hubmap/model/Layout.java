package org.hubmap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A layout document: the features of one GeoJSON FeatureCollection in file order, the collection's other members
 * (foreign members such as {@code name} or {@code bbox}, in file order), and, for a layout read from a file, the
 * file's text around the features. Immutable: edits return a new layout.
 */
public final class Layout {
    private final String title;
    private final List<LayoutFeature> features;
    private final Map<String, Object> collectionMembers;
    private final DocumentText text;

    public Layout(String title, List<LayoutFeature> features) {
        this(title, features, Map.of(), null);
    }

    public Layout(String title, List<LayoutFeature> features, Map<String, Object> collectionMembers,
            DocumentText text) {
        this.title = title;
        this.features = List.copyOf(features);
        this.collectionMembers = Collections.unmodifiableMap(new LinkedHashMap<>(collectionMembers));
        this.text = text;
    }

    /** A short name for the layout, usually its file name. */
    public String title() {
        return title;
    }

    public List<LayoutFeature> features() {
        return features;
    }

    /**
     * Members of the FeatureCollection other than {@code type} and {@code features}, in file order, with JSON
     * values as plain Java values.
     */
    public Map<String, Object> collectionMembers() {
        return collectionMembers;
    }

    /** The file's text around the features, when the layout was read from a file. */
    public Optional<DocumentText> text() {
        return Optional.ofNullable(text);
    }

    /** How many features are of this kind. */
    public long count(FeatureKind kind) {
        return features.stream().filter(f -> f.kind() == kind).count();
    }

    /** This layout with feature {@code index} replaced. */
    public Layout withFeature(int index, LayoutFeature feature) {
        List<LayoutFeature> changed = new ArrayList<>(features);
        changed.set(index, feature);
        return new Layout(title, changed, collectionMembers, text);
    }

    /** This layout with a feature added at the end. */
    public Layout withFeatureAdded(LayoutFeature feature) {
        List<LayoutFeature> changed = new ArrayList<>(features);
        changed.add(feature);
        return new Layout(title, changed, collectionMembers, text);
    }

    /**
     * This layout with the collection member {@code key} set to {@code value} (in place when present, added at the
     * end otherwise), or removed when {@code value} is null. {@code value} is a JSON value as plain Java values
     * (see {@link #collectionMembers()}); {@code type} and {@code features} are not members here.
     */
    public Layout withCollectionMember(String key, Object value) {
        if (key.equals("type") || key.equals("features")) {
            throw new IllegalArgumentException("\"" + key + "\" is not a foreign member of a FeatureCollection");
        }
        Map<String, Object> changed = new LinkedHashMap<>(collectionMembers);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return new Layout(title, features, changed, text);
    }

    /** This layout without feature {@code index}. */
    public Layout withFeatureRemoved(int index) {
        List<LayoutFeature> changed = new ArrayList<>(features);
        changed.remove(index);
        return new Layout(title, changed, collectionMembers, text);
    }
}

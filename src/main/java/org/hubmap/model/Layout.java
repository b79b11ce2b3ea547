package org.hubmap.model;

import java.util.List;

/** A layout document: the features of one FeatureCollection, in file order. Immutable. */
public final class Layout {
    private final String title;
    private final List<LayoutFeature> features;

    public Layout(String title, List<LayoutFeature> features) {
        this.title = title;
        this.features = List.copyOf(features);
    }

    /** A short name for the layout, usually its file name. */
    public String title() {
        return title;
    }

    public List<LayoutFeature> features() {
        return features;
    }

    /** How many features are of this kind. */
    public long count(FeatureKind kind) {
        return features.stream().filter(f -> f.kind() == kind).count();
    }
}

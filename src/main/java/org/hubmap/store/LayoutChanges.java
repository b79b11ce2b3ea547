package org.hubmap.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/** What a save sends: the features changed and added since the base, and the keys of those removed. */
record LayoutChanges(List<LayoutFeature> changed, List<LayoutFeature> added, Set<String> removed) {
    /**
     * What {@code layout} changed since {@code base}. A feature is changed when the layout holds another object
     * for its key than the base did: features are immutable, so one not edited is the very same object.
     *
     * @throws IOException when a feature has no id, which a shared layout needs to tell its features apart
     */
    static LayoutChanges between(Layout base, Layout layout) throws IOException {
        Map<String, LayoutFeature> before = new HashMap<>();
        for (LayoutFeature feature : base.features()) {
            String key = FeatureRow.key(feature.id());
            if (key != null) {
                before.put(key, feature);
            }
        }
        List<LayoutFeature> changed = new ArrayList<>();
        List<LayoutFeature> added = new ArrayList<>();
        Set<String> kept = new java.util.HashSet<>();
        for (LayoutFeature feature : layout.features()) {
            String key = keyOf(feature);
            kept.add(key);
            LayoutFeature old = before.get(key);
            if (old == null) {
                added.add(feature);
            } else if (old != feature) {
                changed.add(feature);
            }
        }
        Set<String> removed = new LinkedHashSet<>(before.keySet());
        removed.removeAll(kept);
        return new LayoutChanges(changed, added, removed);
    }

    /** Everything in {@code layout}, against the features {@code stored} holds: to make the stored layout it. */
    static LayoutChanges all(Layout layout, Collection<String> stored) throws IOException {
        Set<String> storedKeys = new java.util.HashSet<>(stored);
        List<LayoutFeature> changed = new ArrayList<>();
        List<LayoutFeature> added = new ArrayList<>();
        Set<String> kept = new java.util.HashSet<>();
        for (LayoutFeature feature : layout.features()) {
            String key = keyOf(feature);
            kept.add(key);
            (storedKeys.contains(key) ? changed : added).add(feature);
        }
        Set<String> removed = new LinkedHashSet<>(stored);
        removed.removeAll(kept);
        return new LayoutChanges(changed, added, removed);
    }

    private static String keyOf(LayoutFeature feature) throws IOException {
        String key = FeatureRow.key(feature.id());
        if (key == null) {
            throw new IOException("A feature" + (feature.name().isBlank() ? "" : " (" + feature.name() + ")")
                    + " has no id, which a shared layout needs to tell its features apart; nothing was saved");
        }
        return key;
    }
}

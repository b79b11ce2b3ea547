package org.hubmap.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.FeatureChanges;

/**
 * The features selected in a layout, by identity: the very feature objects, in the order they were selected.
 * Features are immutable and an edit makes new ones, so a selection names exactly the features the user chose, and
 * survives edits to other features without being moved onto the wrong ones. Immutable.
 */
public final class Selection {
    private static final Selection NONE = new Selection(List.of());

    private final List<LayoutFeature> features;
    private final Set<LayoutFeature> members;

    private Selection(List<LayoutFeature> features) {
        this.features = List.copyOf(features);
        Set<LayoutFeature> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(this.features);
        this.members = Collections.unmodifiableSet(set);
    }

    public static Selection none() {
        return NONE;
    }

    /** The selection of {@code features}, repeats (by identity) left out. */
    public static Selection of(Collection<LayoutFeature> features) {
        Set<LayoutFeature> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<LayoutFeature> kept = new ArrayList<>(features.size());
        for (LayoutFeature feature : features) {
            if (seen.add(feature)) {
                kept.add(feature);
            }
        }
        return kept.isEmpty() ? NONE : new Selection(kept);
    }

    public static Selection of(LayoutFeature... features) {
        return of(List.of(features));
    }

    /** The features of {@code layout} at {@code indexes}, as a table selects rows. */
    public static Selection atIndexes(Layout layout, Collection<Integer> indexes) {
        List<LayoutFeature> chosen = new ArrayList<>(indexes.size());
        for (int index : indexes) {
            if (index >= 0 && index < layout.features().size()) {
                chosen.add(layout.features().get(index));
            }
        }
        return of(chosen);
    }

    /** The selected features, in the order they were selected. */
    public List<LayoutFeature> features() {
        return features;
    }

    /** The selected features as an identity set, as the renderer highlights them. */
    public Set<LayoutFeature> asSet() {
        return members;
    }

    public boolean contains(LayoutFeature feature) {
        return members.contains(feature);
    }

    public boolean isEmpty() {
        return features.isEmpty();
    }

    public int size() {
        return features.size();
    }

    /** This selection with {@code feature} added, or taken out when it was selected. */
    public Selection toggled(LayoutFeature feature) {
        List<LayoutFeature> next = new ArrayList<>(features);
        if (!next.removeIf(f -> f == feature)) {
            next.add(feature);
        }
        return of(next);
    }

    /** The features of both selections, these first. */
    public Selection union(Selection other) {
        List<LayoutFeature> all = new ArrayList<>(features);
        all.addAll(other.features);
        return of(all);
    }

    /**
     * This selection after {@code changes}: each replaced feature swapped for its replacement, removed ones dropped,
     * the rest kept; so that editing the selected features keeps them selected.
     */
    public Selection following(FeatureChanges changes) {
        if (features.isEmpty() || changes.isEmpty()) {
            return this;
        }
        Map<LayoutFeature, LayoutFeature> replacements = new IdentityHashMap<>();
        changes.replaced().forEach(r -> replacements.put(r.before(), r.after()));
        Set<LayoutFeature> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        removed.addAll(changes.removed());
        List<LayoutFeature> next = new ArrayList<>(features.size());
        for (LayoutFeature feature : features) {
            if (!removed.contains(feature)) {
                next.add(replacements.getOrDefault(feature, feature));
            }
        }
        return of(next);
    }

    /** Only the features {@code layout} holds, for a layout that has lost some. */
    public Selection within(Layout layout) {
        if (features.isEmpty()) {
            return this;
        }
        Set<LayoutFeature> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(layout.features());
        List<LayoutFeature> kept = features.stream().filter(present::contains).toList();
        return kept.size() == features.size() ? this : of(kept);
    }

    /** Where the selected features stand in {@code layout}, ascending; features it does not hold are left out. */
    public int[] indexesIn(Layout layout) {
        if (features.isEmpty()) {
            return new int[0];
        }
        List<Integer> indexes = new ArrayList<>(features.size());
        List<LayoutFeature> all = layout.features();
        for (int i = 0; i < all.size(); i++) {
            if (members.contains(all.get(i))) {
                indexes.add(i);
            }
        }
        return indexes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The selected features in {@code layout}'s order. */
    public List<LayoutFeature> inLayoutOrder(Layout layout) {
        int[] indexes = indexesIn(layout);
        List<LayoutFeature> ordered = new ArrayList<>(indexes.length);
        for (int index : indexes) {
            ordered.add(layout.features().get(index));
        }
        return ordered;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Selection s && s.members.size() == members.size() && members.containsAll(s.members);
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (LayoutFeature feature : features) {
            hash += System.identityHashCode(feature);
        }
        return hash;
    }

    @Override
    public String toString() {
        return features.stream().map(f -> f.name().isBlank() ? String.valueOf(f.id()) : f.name()).toList().toString();
    }
}

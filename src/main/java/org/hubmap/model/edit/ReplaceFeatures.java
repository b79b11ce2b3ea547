package org.hubmap.model.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * Replaces features of a layout by edited ones, keeping their indexes: moves, vertex edits, property edits, a
 * circle's new centre or radius. Holds the indexes, ascending, and the objects before and after; reverting puts
 * the objects that were there before back.
 */
public final class ReplaceFeatures implements EditCommand {
    private final int[] indexes;
    private final List<LayoutFeature> before;
    private final List<LayoutFeature> after;
    private final String description;

    private ReplaceFeatures(int[] indexes, List<LayoutFeature> before, List<LayoutFeature> after,
            String description) {
        this.indexes = indexes;
        this.before = before;
        this.after = after;
        this.description = description;
    }

    /**
     * A command that puts {@code after.get(i)} in place of feature {@code i} of {@code layout} for each key
     * {@code i}; described as {@code action} and the features replaced ({@link EditDescription}), for example
     * "Move 3 features" or "Change status of depot".
     *
     * @throws IllegalArgumentException if {@code after} is empty
     * @throws IndexOutOfBoundsException if a key is not an index of the layout
     * @throws NullPointerException if a value is null
     */
    public static ReplaceFeatures of(String action, Layout layout, Map<Integer, LayoutFeature> after) {
        int[] sorted = FeatureIndexes.sorted(after.keySet(), layout);
        List<LayoutFeature> old = new ArrayList<>(sorted.length);
        List<LayoutFeature> changed = new ArrayList<>(sorted.length);
        for (int index : sorted) {
            old.add(layout.features().get(index));
            changed.add(after.get(index));
        }
        List<LayoutFeature> keptBefore = Collections.unmodifiableList(old);
        return new ReplaceFeatures(sorted, keptBefore, List.copyOf(changed), EditDescription.of(action, keptBefore));
    }

    @Override
    public Layout apply(Layout layout) {
        LayoutState.requireFeatures(layout, indexes, before, "apply", this);
        return layout.withFeaturesReplaced(indexes, after);
    }

    @Override
    public Layout revert(Layout layout) {
        LayoutState.requireFeatures(layout, indexes, after, "revert", this);
        return layout.withFeaturesReplaced(indexes, before);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public FeatureChanges changes() {
        List<FeatureChanges.Replacement> replaced = new ArrayList<>(before.size());
        for (int i = 0; i < before.size(); i++) {
            replaced.add(new FeatureChanges.Replacement(before.get(i), after.get(i)));
        }
        return new FeatureChanges(List.of(), List.of(), replaced);
    }
}

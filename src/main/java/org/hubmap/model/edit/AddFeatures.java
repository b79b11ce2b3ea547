package org.hubmap.model.edit;

import java.util.List;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * Adds features after the last feature of a layout: drawing a new hub, pasting, duplicating. Holds the added
 * features and the index of the first; reverting removes exactly those objects again.
 */
public final class AddFeatures implements EditCommand {
    private final int firstIndex;
    private final List<LayoutFeature> added;
    private final String description;

    private AddFeatures(int firstIndex, List<LayoutFeature> added, String description) {
        this.firstIndex = firstIndex;
        this.added = added;
        this.description = description;
    }

    /**
     * A command that appends {@code added}, in their order, to {@code layout}; described as {@code action} and
     * the features ({@link EditDescription}), for example "Add hub" or "Paste 3 features".
     *
     * @throws IllegalArgumentException if {@code added} is empty
     */
    public static AddFeatures of(String action, Layout layout, List<LayoutFeature> added) {
        if (added.isEmpty()) {
            throw new IllegalArgumentException(FeatureIndexes.NONE);
        }
        List<LayoutFeature> copy = List.copyOf(added);
        return new AddFeatures(layout.features().size(), copy, EditDescription.of(action, copy));
    }

    @Override
    public Layout apply(Layout layout) {
        LayoutState.requireSize(layout, firstIndex, "apply", this);
        return layout.withFeaturesAdded(added);
    }

    @Override
    public Layout revert(Layout layout) {
        int[] indexes = new int[added.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = firstIndex + i;
        }
        LayoutState.requireSize(layout, firstIndex + added.size(), "revert", this);
        LayoutState.requireFeatures(layout, indexes, added, "revert", this);
        return layout.withFeaturesRemoved(indexes);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public FeatureChanges changes() {
        return new FeatureChanges(added, List.of(), List.of());
    }
}

package org.hubmap.model.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * Removes any set of features from a layout. Holds their indexes, ascending, and the removed objects; reverting
 * puts each object back at the index it had, so the layout's order is as before.
 */
public final class RemoveFeatures implements EditCommand {
    private final int sizeBefore;
    private final int[] indexes;
    private final List<LayoutFeature> removed;
    private final String description;

    private RemoveFeatures(int sizeBefore, int[] indexes, List<LayoutFeature> removed, String description) {
        this.sizeBefore = sizeBefore;
        this.indexes = indexes;
        this.removed = removed;
        this.description = description;
    }

    /**
     * A command that removes the features at {@code indexes} from {@code layout}; described as {@code action} and
     * the features ({@link EditDescription}), for example "Delete depot".
     *
     * @throws IllegalArgumentException if {@code indexes} is empty
     * @throws IndexOutOfBoundsException if an index is not one of the layout's
     */
    public static RemoveFeatures of(String action, Layout layout, Set<Integer> indexes) {
        int[] sorted = FeatureIndexes.sorted(indexes, layout);
        List<LayoutFeature> removed = new ArrayList<>(sorted.length);
        for (int index : sorted) {
            removed.add(layout.features().get(index));
        }
        List<LayoutFeature> kept = Collections.unmodifiableList(removed);
        return new RemoveFeatures(layout.features().size(), sorted, kept, EditDescription.of(action, kept));
    }

    @Override
    public Layout apply(Layout layout) {
        LayoutState.requireSize(layout, sizeBefore, "apply", this);
        LayoutState.requireFeatures(layout, indexes, removed, "apply", this);
        return layout.withFeaturesRemoved(indexes);
    }

    @Override
    public Layout revert(Layout layout) {
        LayoutState.requireSize(layout, sizeBefore - indexes.length, "revert", this);
        return layout.withFeaturesInserted(indexes, removed);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public FeatureChanges changes() {
        return new FeatureChanges(List.of(), removed, List.of());
    }
}

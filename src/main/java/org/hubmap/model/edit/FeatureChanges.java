package org.hubmap.model.edit;

import java.util.ArrayList;
import java.util.List;
import org.hubmap.model.LayoutFeature;

/**
 * What one change did to a layout's features: the features it added, those it removed, and those it replaced, each
 * with the feature it replaced. Features are the very objects of the layouts before and after (features are
 * immutable, so an edit makes new ones). Listeners that keep something per feature (the map's marks and names, a
 * table's rows, a database) update only these. Immutable.
 *
 * @param added features the layout after has and the layout before had not
 * @param removed features the layout before had and the layout after has not
 * @param replaced features put in place of others at the same place in the layout
 */
public record FeatureChanges(List<LayoutFeature> added, List<LayoutFeature> removed, List<Replacement> replaced) {
    /** No feature changed, as when only the selection or a collection member did. */
    public static final FeatureChanges NONE = new FeatureChanges(List.of(), List.of(), List.of());

    public FeatureChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        replaced = List.copyOf(replaced);
    }

    /** A feature put in place of another. */
    public record Replacement(LayoutFeature before, LayoutFeature after) {
    }

    /** The changes that undo these: what was added is removed, what was replaced is put back. */
    public FeatureChanges inverse() {
        List<Replacement> back = new ArrayList<>(replaced.size());
        for (Replacement replacement : replaced) {
            back.add(new Replacement(replacement.after(), replacement.before()));
        }
        return new FeatureChanges(removed, added, back);
    }

    /** These changes followed by {@code next}, as one: a feature added then replaced counts as added. */
    public FeatureChanges then(FeatureChanges next) {
        List<LayoutFeature> allAdded = new ArrayList<>(added);
        List<LayoutFeature> allRemoved = new ArrayList<>(removed);
        List<Replacement> allReplaced = new ArrayList<>(replaced);
        for (Replacement replacement : next.replaced) {
            int wasAdded = indexOf(allAdded, replacement.before());
            int wasReplaced = indexOfAfter(allReplaced, replacement.before());
            if (wasAdded >= 0) {
                allAdded.set(wasAdded, replacement.after());
            } else if (wasReplaced >= 0) {
                allReplaced.set(wasReplaced, new Replacement(allReplaced.get(wasReplaced).before(),
                        replacement.after()));
            } else {
                allReplaced.add(replacement);
            }
        }
        for (LayoutFeature gone : next.removed) {
            int wasAdded = indexOf(allAdded, gone);
            int wasReplaced = indexOfAfter(allReplaced, gone);
            if (wasAdded >= 0) {
                allAdded.remove(wasAdded);
            } else if (wasReplaced >= 0) {
                allRemoved.add(allReplaced.remove(wasReplaced).before());
            } else {
                allRemoved.add(gone);
            }
        }
        allAdded.addAll(next.added);
        return new FeatureChanges(allAdded, allRemoved, allReplaced);
    }

    /** Whether no feature changed. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && replaced.isEmpty();
    }

    /** How many features changed in all. */
    public int size() {
        return added.size() + removed.size() + replaced.size();
    }

    private static int indexOf(List<LayoutFeature> features, LayoutFeature feature) {
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i) == feature) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfAfter(List<Replacement> replacements, LayoutFeature feature) {
        for (int i = 0; i < replacements.size(); i++) {
            if (replacements.get(i).after() == feature) {
                return i;
            }
        }
        return -1;
    }
}

package org.hubmap.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubmap.model.FeatureIds;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * Which of someone else's changes to a shared layout can be taken into an open document, and what its layout and
 * base become with them. A change is taken when the feature it changes is as the document last read or saved it
 * and no edit here ever held it: the user's own edits are never overwritten. Any other change to a feature is a
 * conflict, left for the user to merge.
 */
final class OutsideChanges {
    private final Layout current;
    private final Layout base;
    private final Set<LayoutFeature> heldByEdits;

    OutsideChanges(Layout current, Layout base, Set<LayoutFeature> heldByEdits) {
        this.current = current;
        this.base = base;
        this.heldByEdits = heldByEdits;
    }

    /**
     * Plans taking {@code changed} (features as they are now elsewhere, added or changed) and the removal of the
     * features whose keys are {@code removed}.
     */
    Plan plan(Collection<LayoutFeature> changed, Collection<String> removed) {
        Map<String, Integer> currentIndex = indexByKey(current);
        Map<String, Integer> baseIndex = indexByKey(base);
        Map<Integer, LayoutFeature> replaceInCurrent = new HashMap<>();
        Map<Integer, LayoutFeature> replaceInBase = new HashMap<>();
        List<LayoutFeature> added = new ArrayList<>();
        Set<Integer> removeFromCurrent = new LinkedHashSet<>();
        Set<Integer> removeFromBase = new LinkedHashSet<>();
        List<String> taken = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (LayoutFeature feature : changed) {
            String key = FeatureIds.key(feature.id());
            Integer here = currentIndex.get(key);
            Integer before = baseIndex.get(key);
            if (here == null && before == null) {
                added.add(feature);
                taken.add(key);
            } else if (here != null && before != null && untouched(here, before)) {
                replaceInCurrent.put(here, feature);
                replaceInBase.put(before, feature);
                taken.add(key);
            } else {
                conflicts.add(key);
            }
        }
        for (String key : removed) {
            Integer here = currentIndex.get(key);
            Integer before = baseIndex.get(key);
            if (here != null && before != null && untouched(here, before)) {
                removeFromCurrent.add(here);
                removeFromBase.add(before);
                taken.add(key);
            } else if (here == null) {
                // Removed here too, or never here: nothing of the user's is lost.
                if (before != null) {
                    removeFromBase.add(before);
                }
                taken.add(key);
            } else {
                conflicts.add(key);
            }
        }
        return new Plan(apply(current, replaceInCurrent, removeFromCurrent, added),
                apply(base, replaceInBase, removeFromBase, added), replaceInCurrent, removeFromCurrent, added, taken,
                conflicts);
    }

    /** Whether the feature at {@code here} is the one the base has at {@code before}, and no edit held it. */
    private boolean untouched(int here, int before) {
        LayoutFeature mine = current.features().get(here);
        return mine == base.features().get(before) && !heldByEdits.contains(mine);
    }

    private static Map<String, Integer> indexByKey(Layout layout) {
        Map<String, Integer> index = new HashMap<>();
        List<LayoutFeature> features = layout.features();
        for (int i = 0; i < features.size(); i++) {
            String key = FeatureIds.key(features.get(i).id());
            if (key != null) {
                index.putIfAbsent(key, i);
            }
        }
        return index;
    }

    private static Layout apply(Layout layout, Map<Integer, LayoutFeature> replace, Set<Integer> remove,
            List<LayoutFeature> add) {
        Layout result = layout;
        if (!replace.isEmpty()) {
            int[] indexes = replace.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            List<LayoutFeature> replacements = new ArrayList<>();
            for (int index : indexes) {
                replacements.add(replace.get(index));
            }
            result = result.withFeaturesReplaced(indexes, replacements);
        }
        if (!remove.isEmpty()) {
            result = result.withFeaturesRemoved(remove.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        if (!add.isEmpty()) {
            result = result.withFeaturesAdded(add);
        }
        return result;
    }

    /**
     * What taking the changes gives: the document's layout and base with them, what changed where in the layout,
     * the keys of the changes taken, and the keys of those in conflict with the user's edits.
     */
    record Plan(Layout layout, Layout base, Map<Integer, LayoutFeature> replaced, Set<Integer> removed,
            List<LayoutFeature> added, List<String> taken, List<String> conflicts) {
        /** Whether features keep their places: only replacements, nothing added or removed. */
        boolean keepsPlaces() {
            return removed.isEmpty() && added.isEmpty();
        }

        /** The features replaced, before and after, by identity of the one before. */
        Map<LayoutFeature, LayoutFeature> replacements(Layout before) {
            Map<LayoutFeature, LayoutFeature> map = new IdentityHashMap<>();
            replaced.forEach((index, feature) -> map.put(before.features().get(index), feature));
            return map;
        }
    }
}

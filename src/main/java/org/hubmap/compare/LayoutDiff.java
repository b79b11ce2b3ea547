package org.hubmap.compare;

import java.util.ArrayList;
import java.util.List;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * What changed from one layout to another, feature by feature: the features only the layout after has (added),
 * those only the layout before has (removed), and for the features both have, how each differs ({@link
 * FeatureDifference}: moved, reshaped, properties). Features are paired by id, and without an id by kind, name
 * and position ({@link FeatureMatching}). Ids carried by several features of one layout are listed, not refused.
 * Only features are compared: the collection's own members (its name, the planning checks' thresholds) are not.
 *
 * @param added features of the layout after that the layout before has not, in the order of the layout after
 * @param removed features of the layout before that the layout after has not, in the order of the layout before
 * @param changed the features both have that differ, in the order of the layout before
 * @param unchanged how many features both have without a difference
 * @param duplicateIdsBefore ids carried by several features of the layout before
 * @param duplicateIdsAfter ids carried by several features of the layout after
 */
public record LayoutDiff(List<LayoutFeature> added, List<LayoutFeature> removed, List<FeatureDifference> changed,
        int unchanged, List<DuplicateId> duplicateIdsBefore, List<DuplicateId> duplicateIdsAfter) {
    public LayoutDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        duplicateIdsBefore = List.copyOf(duplicateIdsBefore);
        duplicateIdsAfter = List.copyOf(duplicateIdsAfter);
    }

    /** What changed from {@code before} to {@code after}. Takes time in proportion to their features. */
    public static LayoutDiff between(Layout before, Layout after) {
        List<LayoutFeature> old = before.features();
        List<LayoutFeature> now = after.features();
        FeatureMatching matching = FeatureMatching.of(old, now);
        List<LayoutFeature> removed = new ArrayList<>();
        List<FeatureDifference> changed = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < old.size(); i++) {
            int j = matching.partnerOfFirst(i);
            if (j < 0) {
                removed.add(old.get(i));
            } else {
                FeatureDifference difference = FeatureDifference.between(old.get(i), now.get(j));
                if (difference.isEmpty()) {
                    unchanged++;
                } else {
                    changed.add(difference);
                }
            }
        }
        List<LayoutFeature> added = new ArrayList<>();
        for (int j = 0; j < now.size(); j++) {
            if (matching.partnerOfSecond(j) < 0) {
                added.add(now.get(j));
            }
        }
        return new LayoutDiff(added, removed, changed, unchanged, matching.duplicatesInFirst(),
                matching.duplicatesInSecond());
    }

    /** Whether the two layouts hold the same features, each saying the same things. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}

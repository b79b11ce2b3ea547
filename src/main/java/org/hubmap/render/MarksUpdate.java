package org.hubmap.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.FeatureChanges;

/**
 * The marks of the open layouts after one announced edit, made from the marks before it: the marks of the features
 * the edit added, removed or replaced, and of those whose selection changed, are made again; every other mark is
 * kept, renumbered where features before it were added or removed. The result is the list {@link FeatureMarks#of}
 * would make, in the same order, at a fraction of the cost for a large layout: the marks kept are found from their
 * {@link MarkKeys}, without reading the marks themselves, and the new ones are merged in by binary search.
 */
final class MarksUpdate {
    /** Beyond this many changed features, making every mark again costs about as much, and is simpler. */
    private static final int MOST_CHANGED_FEATURES = 5_000;
    /** In a layout of marks: the selection first, then by label rank, then layout and file order. */
    static final Comparator<FeatureMark> ORDER = Comparator.comparing((FeatureMark m) -> !m.selected())
            .thenComparingInt(m -> m.labelRule().rank())
            .thenComparingInt(FeatureMark::layoutIndex)
            .thenComparingInt(FeatureMark::featureIndex);

    /**
     * The marks after the edit.
     *
     * @param marks every mark, in label order
     * @param keys whose each mark is
     * @param previousPositions for each mark, its position among the marks before, or -1 for a mark made anew
     * @param dropped the marks before that are gone or were made anew
     * @param fresh the marks made anew, in label order
     */
    record Result(List<FeatureMark> marks, MarkKeys keys, int[] previousPositions, List<FeatureMark> dropped,
            List<FeatureMark> fresh) {
    }

    private MarksUpdate() {
    }

    /**
     * The marks of {@code layouts} with {@code selected} highlighted, made from {@code before}, the marks of the
     * layouts before {@code edit} changed the one it names (or none). Empty when the layouts do not follow from
     * those of {@code before} by that edit, or when it changed so much that making every mark again is as quick.
     */
    static Optional<Result> of(FeatureMarks before, List<Layout> layouts, Set<LayoutFeature> selected,
            LayoutEdit edit) {
        List<Layout> earlier = before.layouts();
        if (earlier.size() != layouts.size() || edit.layoutIndex() >= layouts.size()) {
            return Optional.empty();
        }
        for (int l = 0; l < layouts.size(); l++) {
            boolean same = earlier.get(l) == layouts.get(l);
            if (l == edit.layoutIndex() ? same != edit.changes().isEmpty() : !same) {
                return Optional.empty();
            }
        }
        FeatureSet flipped = new FeatureSet(flipped(before.selected(), selected));
        if (flipped.size() + edit.changes().size() > MOST_CHANGED_FEATURES) {
            return Optional.empty();
        }
        List<Placed> placedAnew = new ArrayList<>();
        int[] newIndexOfOld = null;
        if (edit.layoutIndex() >= 0) {
            newIndexOfOld = renumbering(earlier.get(edit.layoutIndex()).features(),
                    layouts.get(edit.layoutIndex()).features(), edit.changes(), edit.layoutIndex(), placedAnew);
            if (newIndexOfOld == null) {
                return Optional.empty();
            }
        }
        MarkKeys keys = before.keys();
        int size = before.size();
        int[] keptFrom = new int[size];
        int[] keptIndexes = new int[size];
        int kept = 0;
        List<FeatureMark> dropped = new ArrayList<>();
        Set<Long> redone = new HashSet<>();
        for (int position = 0; position < size; position++) {
            int layout = keys.layoutIndexes()[position];
            int index = keys.featureIndexes()[position];
            if (layout == edit.layoutIndex()) {
                index = newIndexOfOld[index];
                if (index < 0) {
                    dropped.add(before.marks().get(position));
                    continue;
                }
            }
            if (flipped.size() > 0 && flipped.contains(keys.features()[position])) {
                dropped.add(before.marks().get(position));
                if (redone.add((long) layout << 32 | index)) {
                    placedAnew.add(new Placed(keys.features()[position], layout, index));
                }
                continue;
            }
            keptFrom[kept] = position;
            keptIndexes[kept++] = index;
        }
        List<FeatureMark> fresh = new ArrayList<>();
        for (Placed placed : placedAnew) {
            if (placed.feature().geometry().isPresent() && !placed.feature().geometry().get().isEmpty()) {
                fresh.addAll(FeatureMarks.marksOf(placed.feature(), placed.layoutIndex(), placed.featureIndex(),
                        selected.contains(placed.feature())));
            }
        }
        fresh.sort(ORDER);
        return Optional.of(merged(before, keptFrom, keptIndexes, kept, fresh, dropped));
    }

    /** The features selected before and not after, or after and not before. */
    private static Set<LayoutFeature> flipped(Set<LayoutFeature> before, Set<LayoutFeature> after) {
        Set<LayoutFeature> flipped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (LayoutFeature feature : before) {
            if (!after.contains(feature)) {
                flipped.add(feature);
            }
        }
        for (LayoutFeature feature : after) {
            if (!before.contains(feature)) {
                flipped.add(feature);
            }
        }
        return flipped;
    }

    /**
     * For each feature of the layout before, its index after, or -1 when the edit removed or replaced it; the
     * features it added or put in place of others go into {@code placedAnew}. Null when the two lists do not
     * follow from each other by {@code changes}, as after a change that reordered features.
     */
    private static int[] renumbering(List<LayoutFeature> featuresBefore, List<LayoutFeature> featuresAfter,
            FeatureChanges changes, int layoutIndex, List<Placed> placedAnew) {
        // Read from arrays: the lists' methods, called for each of 100 000 features, cost more than the work.
        LayoutFeature[] before = featuresBefore.toArray(new LayoutFeature[0]);
        LayoutFeature[] after = featuresAfter.toArray(new LayoutFeature[0]);
        FeatureSet removed = new FeatureSet(changes.removed());
        FeatureSet added = new FeatureSet(changes.added());
        Map<LayoutFeature, LayoutFeature> replacements = new IdentityHashMap<>();
        for (FeatureChanges.Replacement replacement : changes.replaced()) {
            replacements.put(replacement.before(), replacement.after());
        }
        int[] newIndexOfOld = new int[before.length];
        int i = 0;
        int j = 0;
        while (i < before.length || j < after.length) {
            LayoutFeature was = i < before.length ? before[i] : null;
            LayoutFeature is = j < after.length ? after[j] : null;
            if (was != null && removed.contains(was)) {
                newIndexOfOld[i++] = -1;
            } else if (is != null && added.contains(is)) {
                placedAnew.add(new Placed(is, layoutIndex, j++));
            } else if (was == null || is == null) {
                return null;
            } else if (was == is) {
                newIndexOfOld[i++] = j++;
            } else if (replacements.get(was) == is) {
                newIndexOfOld[i++] = -1;
                placedAnew.add(new Placed(is, layoutIndex, j++));
            } else {
                return null;
            }
        }
        return newIndexOfOld;
    }

    /**
     * The kept marks, still in label order and renumbered, with the fresh ones merged in: each fresh mark's place is
     * found by binary search among the kept ones, so only those few are compared.
     */
    private static Result merged(FeatureMarks before, int[] keptFrom, int[] keptIndexes, int kept,
            List<FeatureMark> fresh, List<FeatureMark> dropped) {
        int size = kept + fresh.size();
        FeatureMark[] earlierMarks = before.marks().toArray(new FeatureMark[0]);
        FeatureMark[] marks = new FeatureMark[size];
        MarkKeys keys = MarkKeys.sized(size);
        MarkKeys earlier = before.keys();
        int[] previousPositions = new int[size];
        int k = 0;
        int to = 0;
        for (FeatureMark next : fresh) {
            int insertAt = firstKeptAfter(earlierMarks, keptFrom, keptIndexes, k, kept, next);
            for (; k < insertAt; k++) {
                keep(earlierMarks, earlier, keptFrom[k], keptIndexes[k], marks, keys, previousPositions, to++);
            }
            previousPositions[to] = -1;
            keys.set(to, next);
            marks[to++] = next;
        }
        for (; k < kept; k++) {
            keep(earlierMarks, earlier, keptFrom[k], keptIndexes[k], marks, keys, previousPositions, to++);
        }
        return new Result(List.of(marks), keys, previousPositions, dropped, fresh);
    }

    private static void keep(FeatureMark[] earlierMarks, MarkKeys earlier, int from, int index, FeatureMark[] marks,
            MarkKeys keys, int[] previousPositions, int to) {
        FeatureMark mark = earlierMarks[from];
        marks[to] = index == earlier.featureIndexes()[from] ? mark : mark.atFeatureIndex(index);
        previousPositions[to] = from;
        keys.features()[to] = earlier.features()[from];
        keys.layoutIndexes()[to] = earlier.layoutIndexes()[from];
        keys.featureIndexes()[to] = index;
    }

    /** The first of the kept marks from {@code low} on that comes after {@code next}; {@code high} for none. */
    private static int firstKeptAfter(FeatureMark[] earlierMarks, int[] keptFrom, int[] keptIndexes, int low, int high,
            FeatureMark next) {
        int lo = low;
        int hi = high;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            FeatureMark mark = earlierMarks[keptFrom[mid]];
            if (comesBefore(mark, keptIndexes[mid], next)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether {@code mark}, renumbered to {@code index}, comes before {@code other} in label order. */
    private static boolean comesBefore(FeatureMark mark, int index, FeatureMark other) {
        if (mark.selected() != other.selected()) {
            return mark.selected();
        }
        int rank = Integer.compare(mark.labelRule().rank(), other.labelRule().rank());
        if (rank != 0) {
            return rank < 0;
        }
        if (mark.layoutIndex() != other.layoutIndex()) {
            return mark.layoutIndex() < other.layoutIndex();
        }
        return index < other.featureIndex();
    }

    /**
     * A few features, compared by identity: up to {@value #SCANNED} are looked through one by one, which reads no
     * more than the references, where hashing would read every feature asked about.
     */
    private static final class FeatureSet {
        private static final int SCANNED = 16;
        private final LayoutFeature[] few;
        private final Set<LayoutFeature> many;

        FeatureSet(Collection<LayoutFeature> features) {
            if (features.size() <= SCANNED) {
                few = features.toArray(new LayoutFeature[0]);
                many = null;
            } else {
                few = null;
                many = Collections.newSetFromMap(new IdentityHashMap<>());
                many.addAll(features);
            }
        }

        int size() {
            return few != null ? few.length : many.size();
        }

        boolean contains(LayoutFeature feature) {
            if (few == null) {
                return many.contains(feature);
            }
            for (LayoutFeature one : few) {
                if (one == feature) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A feature whose marks are made anew, and where it stands. */
    private record Placed(LayoutFeature feature, int layoutIndex, int featureIndex) {
    }
}

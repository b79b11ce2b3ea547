package org.hubmap.model.edit;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.hubmap.model.Layout;

/** Feature indexes as commands keep them: an ascending array, checked against the layout once. */
final class FeatureIndexes {
    /** Why a command of no features is refused: it would put a step that does nothing on the undo stack. */
    static final String NONE = "a command must change at least one feature";

    private FeatureIndexes() {
    }

    /** {@code indexes} ascending, each checked to be one of {@code layout}'s; there must be at least one. */
    static int[] sorted(Set<Integer> indexes, Layout layout) {
        if (indexes.isEmpty()) {
            throw new IllegalArgumentException(NONE);
        }
        int[] sorted = new int[indexes.size()];
        int i = 0;
        for (int index : indexes) {
            sorted[i++] = Objects.checkIndex(index, layout.features().size());
        }
        Arrays.sort(sorted);
        return sorted;
    }
}

package org.hubmap.model.edit;

import java.util.List;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/** The checks that commands make before they change a layout, so a stale command fails instead of doing harm. */
final class LayoutState {
    private LayoutState() {
    }

    /** Fails unless {@code layout} has {@code size} features. */
    static void requireSize(Layout layout, int size, String step, EditCommand command) {
        if (layout.features().size() != size) {
            throw new IllegalStateException(String.format("Cannot %s \"%s\": it was made for a layout of %d features, "
                    + "not %d", step, command.description(), size, layout.features().size()));
        }
    }

    /** Fails unless feature {@code indexes[i]} of {@code layout} is the very object {@code expected.get(i)}. */
    static void requireFeatures(Layout layout, int[] indexes, List<LayoutFeature> expected, String step,
            EditCommand command) {
        List<LayoutFeature> features = layout.features();
        for (int i = 0; i < indexes.length; i++) {
            int index = indexes[i];
            if (index >= features.size() || features.get(index) != expected.get(i)) {
                throw new IllegalStateException(String.format("Cannot %s \"%s\": feature %d is not the one it was "
                        + "made for", step, command.description(), index));
            }
        }
    }
}

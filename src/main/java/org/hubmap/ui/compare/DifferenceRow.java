package org.hubmap.ui.compare;

import org.hubmap.model.LayoutFeature;

/**
 * One line of the Differences tab.
 *
 * @param category whether the feature was added, removed or changed, or a merge could not pair it
 * @param feature the version to show: the one after for added and changed features, the one before for removed
 * @param what what changed, in words
 */
record DifferenceRow(Category category, LayoutFeature feature, String what) {
    /** What happened to a feature, as the tab's first column and its filter name it. */
    enum Category {
        ADDED("Added"), REMOVED("Removed"), CHANGED("Changed"), NOT_PAIRED("Not paired");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}

package org.hubmap.render;

import org.hubmap.model.edit.FeatureChanges;

/**
 * What one change did to one of the open layouts, as the edit announced it: which layout, counted among those the
 * map shows, and the features it added, removed and replaced. The map then updates the marks of those features
 * alone rather than making every mark again.
 *
 * @param layoutIndex the position of the changed layout among the open layouts
 * @param changes what the change did to that layout's features
 */
public record LayoutEdit(int layoutIndex, FeatureChanges changes) {
    /** No feature of any layout changed, as when only the selection did. */
    public static final LayoutEdit NONE = new LayoutEdit(-1, FeatureChanges.NONE);
}

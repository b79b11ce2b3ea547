package org.hubmap.document;

import org.hubmap.model.Layout;

/**
 * A document's layout and its selection, as one value: they change together, so nobody ever sees a selection of
 * features the layout no longer holds. Immutable.
 *
 * @param layout the layout as it is now, edits included
 * @param selection the selected features, all of them features of {@code layout}
 */
public record DocumentState(Layout layout, Selection selection) {
}

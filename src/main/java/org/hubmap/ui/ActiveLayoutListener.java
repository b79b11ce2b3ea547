package org.hubmap.ui;

import org.hubmap.ui.edit.FeatureSelection;
import org.hubmap.ui.edit.OpenedLayout;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.hubmap.model.Layout;

/**
 * Tells a view when what it shows of the active layout may have changed: when another layout becomes active or its
 * features change (an edit, an undo, a redo), and when its selection changes. Its listeners move to each layout
 * that becomes active, so a layout no longer active no longer reaches the view.
 */
final class ActiveLayoutListener {
    private final ChangeListener<Layout> contentListener;
    private final ChangeListener<FeatureSelection> selectionListener;

    private ActiveLayoutListener(ObservableValue<OpenedLayout> active, Runnable contentChanged,
            Runnable selectionChanged) {
        contentListener = (o, before, now) -> contentChanged.run();
        selectionListener = (o, before, now) -> selectionChanged.run();
        active.addListener((o, before, now) -> {
            if (before != null) {
                before.layoutProperty().removeListener(contentListener);
                before.selectionProperty().removeListener(selectionListener);
            }
            listenTo(now);
            contentChanged.run();
        });
        listenTo(active.getValue());
    }

    /**
     * Calls {@code contentChanged} from now on when the active layout or its features change, and
     * {@code selectionChanged} when its selection changes.
     */
    static void attach(ObservableValue<OpenedLayout> active, Runnable contentChanged, Runnable selectionChanged) {
        new ActiveLayoutListener(active, contentChanged, selectionChanged);
    }

    private void listenTo(OpenedLayout layout) {
        if (layout != null) {
            layout.layoutProperty().addListener(contentListener);
            layout.selectionProperty().addListener(selectionListener);
        }
    }
}

package org.hubmap.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.hubmap.document.DocumentState;
import org.hubmap.ui.edit.OpenedLayout;

/**
 * Tells a view when what it shows of the active layout may have changed: when another layout becomes active or its
 * features change (an edit, an undo, a redo), and when its selection changes. Its listeners move to each layout
 * that becomes active, so a layout no longer active no longer reaches the view.
 */
final class ActiveLayoutListener {
    private final ChangeListener<DocumentState> stateListener;

    private ActiveLayoutListener(ObservableValue<OpenedLayout> active, Runnable contentChanged,
            Runnable selectionChanged) {
        // One call per change of the document: its layout and selection change together.
        stateListener = (o, before, now) -> {
            if (before == null || before.layout() != now.layout()) {
                contentChanged.run();
            } else {
                selectionChanged.run();
            }
        };
        active.addListener((o, before, now) -> {
            if (before != null) {
                before.stateProperty().removeListener(stateListener);
            }
            listenTo(now);
            contentChanged.run();
        });
        listenTo(active.getValue());
    }

    /**
     * Calls {@code contentChanged} from now on when the active layout or its features change (the selection may
     * have changed with them), and {@code selectionChanged} when only its selection changes.
     */
    static void attach(ObservableValue<OpenedLayout> active, Runnable contentChanged, Runnable selectionChanged) {
        new ActiveLayoutListener(active, contentChanged, selectionChanged);
    }

    private void listenTo(OpenedLayout layout) {
        if (layout != null) {
            layout.stateProperty().addListener(stateListener);
        }
    }
}
